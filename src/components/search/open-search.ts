/**
 * Opens the search dialog from the header's search button or the "/" key, loading the dialog's
 * code on first use. Part of the small script every page loads (see BaseLayout.astro).
 */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

function open(trigger: Element | null): void {
  import('./search-dialog.ts')
    .then(({ openSearch }) => openSearch(trigger))
    .catch(() => {
      location.href = '/search/';
    });
}

document.addEventListener('click', (event) => {
  const trigger = (event.target as Element | null)?.closest?.('[data-search-open]');
  if (!trigger || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  open(trigger);
});

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.defaultPrevented || typing(event.target)) return;
  event.preventDefault();
  // The search page has its own field; elsewhere the dialog opens over the page.
  const field = document.querySelector<HTMLInputElement>('#search-input');
  if (field) field.focus();
  else open(null);
});

for (const trigger of document.querySelectorAll('[data-search-open]')) {
  trigger.setAttribute('aria-haspopup', 'dialog');
}
