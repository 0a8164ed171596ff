import { persistentAtom } from '@nanostores/persistent';
import { atom, computed } from 'nanostores';
import type { ClassifyResult } from '../lib/bounce/index.ts';
import type { FileSpan } from '../lib/inspector/batch.ts';
import type { Replacement } from '../lib/redact/index.ts';

/**
 * The inspector's state. The text never leaves the page; the islands keep a copy in this tab's
 * session storage (see `components/inspector/session.ts`) so it survives a visit to the simulator.
 */

/** Where the text in the box came from. Only the reader's own text needs an undo to be safe. */
export type TextOrigin =
  | { kind: 'empty' }
  | { kind: 'typed' }
  | { kind: 'sample'; id: string; title: string }
  | { kind: 'file'; name: string }
  | { kind: 'files'; count: number }
  | { kind: 'link' }
  | { kind: 'redacted' }
  | { kind: 'restored' };

/** A text put aside when something replaced it, with what replaced it ("the sample", ...). */
export interface UndoEntry {
  text: string;
  origin: TextOrigin;
  files: FileSpan[];
  /** What the undo takes back, e.g. "redaction", "loading the sample". */
  label: string;
}

/** The message in the inspector's text area. */
export const $inspectorText = atom('');
/**
 * True when the box holds any text (changes far less often than the text). Only the length is
 * read: looking at the characters of a text of several megabytes on every keystroke costs time.
 */
export const $hasText = computed($inspectorText, (text) => text.length > 0);
/** Where that text came from. */
export const $textOrigin = atom<TextOrigin>({ kind: 'empty' });
/** The files of a batch and where each sits in the text; empty for a pasted text. */
export const $files = atom<FileSpan[]>([]);

/** The latest result, and the text (and files) its offsets point into. */
export const $inspectorResult = atom<ClassifyResult | null>(null);
export const $classifiedText = atom('');
export const $classifiedFiles = atom<FileSpan[]>([]);

/** Progress of a classification in the worker: messages read so far, of how many. */
export const $progress = atom<{ done: number; total: number } | null>(null);
/** True while the worker is reading (changes twice per reading, not at every step). */
export const $busy = computed($progress, (progress) => progress !== null);
/** The status line (announced politely) and an error (announced at once). */
export const $inspectorStatus = atom('');
export const $inspectorError = atom<string | null>(null);

/** The one step Undo takes back. */
export const $undo = atom<UndoEntry | null>(null);
/** What the redaction replaced, since the first redaction; null when the text is not redacted. */
export const $redaction = atom<Replacement[] | null>(null);

/** The email service the reader wants to compare with, remembered across pages. */
export const $chosenEsp = persistentAtom<string>('bounce-lab:esp', 'mailchimp');

/** Texts that are the reader's own work: replacing one keeps it for Undo. */
function isOwnWork(origin: TextOrigin): boolean {
  return !['empty', 'sample', 'redacted'].includes(origin.kind);
}

/**
 * The reader typed or pasted: the text is theirs now (a batch's file list no longer applies). An
 * edit ends a redaction: the next Redact starts afresh, and its Undo returns the edited text.
 */
export function typeText(text: string): void {
  $inspectorText.set(text);
  if ($inspectorError.get() !== null) $inspectorError.set(null);
  if ($redaction.get() !== null) $redaction.set(null);
  if ($textOrigin.get().kind !== 'typed') $textOrigin.set({ kind: 'typed' });
  if ($files.get().length > 0) $files.set([]);
}

/**
 * Replaces the whole text (a sample, a file, a link, Clear). The reader's own text is kept for
 * Undo; a text that only came from a sample is not, so stepping through samples keeps the text the
 * reader had before the first one. After a redaction, Undo keeps the text from before it.
 */
export function replaceText(
  text: string,
  origin: TextOrigin,
  label: string,
  files: FileSpan[] = [],
): void {
  const current = $inspectorText.get();
  const from = $textOrigin.get();
  if (current.trim() && current !== text && isOwnWork(from)) {
    $undo.set({ text: current, origin: from, files: $files.get(), label });
  }
  $redaction.set(null);
  $inspectorError.set(null);
  $inspectorText.set(text);
  $textOrigin.set(origin);
  $files.set(files);
}

/** Puts a redacted text in place; Undo always returns the text from before the first redaction. */
export function applyRedaction(text: string, files: FileSpan[], replaced: Replacement[]): void {
  const previous = $redaction.get();
  if (previous === null) {
    $undo.set({
      text: $inspectorText.get(),
      origin: $textOrigin.get(),
      files: $files.get(),
      label: 'redaction',
    });
  }
  $redaction.set([...(previous ?? []), ...replaced]);
  $inspectorText.set(text);
  $textOrigin.set({ kind: 'redacted' });
  $files.set(files);
}

/** Keeps a text from an earlier visit one Undo away when the page opens with something else. */
export function keepForUndo(entry: UndoEntry): void {
  if (entry.text.trim() && isOwnWork(entry.origin)) $undo.set(entry);
}

/** Takes back the last replacement; returns what was undone, or null when there was nothing. */
export function undo(): UndoEntry | null {
  const entry = $undo.get();
  if (!entry) return null;
  $undo.set(null);
  $redaction.set(null);
  $inspectorText.set(entry.text);
  $textOrigin.set(entry.origin);
  $files.set(entry.files);
  return entry;
}
