// Escape hides an explanation shown on hover or focus without moving the pointer or the focus
// (WCAG 1.4.13); it shows again when the reader leaves the field and comes back. Everything else
// about the explanations is CSS.
const FIELD = '.dsn-field--explained';

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const open = document.querySelectorAll<HTMLElement>(`${FIELD}:hover, ${FIELD}:focus`);
  for (const field of open) field.dataset.dismissed = 'true';
});

for (const field of document.querySelectorAll<HTMLElement>(FIELD)) {
  const reset = () => delete field.dataset.dismissed;
  field.addEventListener('blur', reset);
  field.addEventListener('mouseleave', reset);
}
