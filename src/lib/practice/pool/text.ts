import { applyEdits } from '../variants/edits.ts';
import type { PracticeItem } from './types.ts';

/**
 * The text of an item: its original, with the variant's edits applied. Undefined when `texts` does
 * not hold the original or the edits do not fit it (damaged data): the caller says so instead of
 * showing marks in the wrong places.
 */
export function itemText(
  texts: Readonly<Record<string, string>>,
  item: PracticeItem,
): string | undefined {
  const original = texts[item.text];
  if (original === undefined) return undefined;
  try {
    return item.edits ? applyEdits(original, item.edits) : original;
  } catch {
    return undefined;
  }
}
