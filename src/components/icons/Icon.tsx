/**
 * Small inline SVG icons drawn in the text colour (`currentColor`), in place of emoji that some
 * systems (headless browsers, desktops without an emoji font) show as empty boxes. Icons are
 * decoration: `aria-hidden`, always next to a text label that says the same.
 * Renders the same in islands and, without hydration, in Astro components. Its stylesheet,
 * icons.css, is loaded by BaseLayout on every page.
 */
import type { JSX } from 'preact';

const SHAPES = {
  /** Reading time. */
  clock: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3.5 2" />
    </>
  ),
  /** Hard bounce: no entry. */
  stop: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M7.5 12h9" />
    </>
  ),
  /** Soft bounce: try again later. */
  retry: (
    <>
      <path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3" />
      <path d="M19.5 4.5v4.5H15" />
    </>
  ),
  /** Not a bounce: an ordinary message. */
  mail: (
    <>
      <rect x="3" y="5.5" width="18" height="13" rx="2" />
      <path d="M3.5 7l8.5 6 8.5-6" />
    </>
  ),
  /** Delivered. */
  check: <path d="M5 12.5l4.5 4.5L19 7.5" />,
  /** Wrong, or removed from the list. */
  cross: <path d="M6.5 6.5l11 11M17.5 6.5l-11 11" />,
  /** Not done yet. */
  circle: <circle cx="12" cy="12" r="7" />,
  /** Still on the list. */
  dot: <circle cx="12" cy="12" r="5" fill="currentColor" />,
  /** Counts towards the limit. */
  up: <path d="M12 5l7.5 13h-15z" fill="currentColor" />,
  /** Delivered and opened or clicked. */
  star: <path d="M12 3.5l2.6 5.3 5.8.8-4.2 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.2-4.1 5.8-.8z" />,
  /** Course complete. */
  graduate: (
    <>
      <path d="M2.5 9.5L12 5l9.5 4.5L12 14z" />
      <path d="M6.5 11.5v4.5c3 2.2 8 2.2 11 0v-4.5M21.5 9.5v5" />
    </>
  ),
} satisfies Record<string, JSX.Element>;

/** The icons there are. */
export type IconName = keyof typeof SHAPES;

/** An icon the size of the text around it, e.g. `<Icon name="clock" />`. */
export default function Icon({ name, class: className }: { name: IconName; class?: string }) {
  return (
    <svg
      class={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
      data-icon={name}
    >
      {SHAPES[name]}
    </svg>
  );
}
