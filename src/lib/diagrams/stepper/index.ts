/**
 * Moving through the steps of a walk-through diagram: which step comes after a button press or a
 * key press. Kept apart from the diagram data so that the browser script that uses it ships only
 * these few lines.
 */

/** A request to move: one step either way, or to either end. */
export type Move = 'next' | 'previous' | 'first' | 'last';

/**
 * The key that asks for a move, or null for keys the stepper leaves alone. Left and right arrows
 * step (the drawing runs forward and back); Home and End jump to the ends.
 *
 * @example moveForKey('ArrowRight') // 'next'
 */
export function moveForKey(key: string): Move | null {
  switch (key) {
    case 'ArrowRight':
      return 'next';
    case 'ArrowLeft':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/**
 * The step index after `move` from `index` among `count` steps; stays within `[0, count - 1]`
 * (no wrapping: the path has a beginning and an end).
 *
 * @example stepAfter(5, 6, 'next') // 5
 */
export function stepAfter(index: number, count: number, move: Move): number {
  if (count <= 0) return 0;
  const last = count - 1;
  const from = Math.min(Math.max(Math.trunc(index), 0), last);
  switch (move) {
    case 'next':
      return Math.min(from + 1, last);
    case 'previous':
      return Math.max(from - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}

/**
 * The position shown and announced with each step.
 *
 * @example stepLabel(2, 6) // 'Step 3 of 6'
 */
export function stepLabel(index: number, count: number): string {
  return `Step ${index + 1} of ${count}`;
}
