import type { Category } from '../../lib/bounce/reason/ids.ts';

/** Words for each answer; colour and icon only repeat them. */
export const CATEGORY_LABEL: Record<Category, string> = {
  hard: 'Hard bounce',
  soft: 'Soft bounce',
  none: 'Not a bounce',
};

/** Small inline icons that take the text colour: a stop bar, a retry arrow, an envelope. */
export function CategoryIcon({ category }: { category: Category }) {
  return (
    <svg class="practice-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      {category === 'hard' && (
        <>
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.6" />
          <path d="M4.5 8h7" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </>
      )}
      {category === 'soft' && (
        <path
          d="M13 8a5 5 0 1 1-1.5-3.6M13 2.5v3h-3"
          fill="none"
          stroke="currentColor"
          stroke-width="1.6"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      )}
      {category === 'none' && (
        <>
          <rect
            x="2"
            y="3.5"
            width="12"
            height="9"
            rx="1.2"
            fill="none"
            stroke="currentColor"
            stroke-width="1.5"
          />
          <path d="M2.5 4.5 8 9l5.5-4.5" fill="none" stroke="currentColor" stroke-width="1.5" />
        </>
      )}
    </svg>
  );
}

/** The hard / soft / not-a-bounce badge, in the site's badge style. */
export function CategoryBadge({ category }: { category: Category }) {
  return (
    <span class={`badge badge--${category}`}>
      <CategoryIcon category={category} /> {CATEGORY_LABEL[category]}
    </span>
  );
}

/** A tick or a cross that takes the text colour, with the word beside it for everyone. */
export function ResultIcon({ right }: { right: boolean }) {
  return (
    <svg class="practice-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path
        d={right ? 'M3 8.5 6.5 12 13 4.5' : 'M4 4l8 8M12 4l-8 8'}
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
