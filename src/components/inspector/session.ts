// Keeps the inspector's text in this tab's session storage, so it survives "Open the simulator"
// and Back. Session storage stays in the browser and is deleted when the tab is closed.
import type { FileSpan } from '../../lib/inspector/batch.ts';
import type { TextOrigin } from '../../stores/inspector.ts';

export interface Saved {
  text: string;
  origin: TextOrigin;
  files: FileSpan[];
}

const key = (prefix: string) => `bounce-lab:inspector:${prefix}`;

/** Saves the text; returns false when the browser refused (storage full or disabled). */
export function save(prefix: string, saved: Saved): boolean {
  try {
    if (!saved.text) sessionStorage.removeItem(key(prefix));
    else sessionStorage.setItem(key(prefix), JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

/** The text saved in this tab, if any. */
export function load(prefix: string): Saved | null {
  try {
    const raw = sessionStorage.getItem(key(prefix));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Saved>;
    if (typeof value.text !== 'string' || !value.text) return null;
    return {
      text: value.text,
      origin:
        value.origin && typeof value.origin.kind === 'string' ? value.origin : { kind: 'restored' },
      files: Array.isArray(value.files) ? value.files : [],
    };
  } catch {
    return null;
  }
}

/** True when the page was reached with Back or Forward, or reloaded: the reader expects their text. */
export function isReturnVisit(): boolean {
  const entry = performance.getEntriesByType('navigation')[0] as
    PerformanceNavigationTiming | undefined;
  return entry?.type === 'back_forward' || entry?.type === 'reload';
}
