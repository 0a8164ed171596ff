// What the inspector's controls do: classify the text in the worker (with progress and an honest
// status line), load samples and files, redact, and prepare share links. Components call these;
// the state they change lives in src/stores/inspector.ts.
import type { MessageVerdict } from '../../lib/bounce/index.ts';
import type { FileSpan } from '../../lib/inspector/batch.ts';
import { decodeFile } from '../../lib/inspector/decode-file.ts';
import { capitalise, count, formatDuration, formatSize } from '../../lib/inspector/words.ts';
import {
  $classifiedFiles,
  $classifiedText,
  $files,
  $inspectorError,
  $inspectorResult,
  $inspectorStatus,
  $inspectorText,
  $progress,
  $textOrigin,
  applyRedaction,
  replaceText,
  type TextOrigin,
} from '../../stores/inspector.ts';
import { pack } from './share.ts';
import { ask, forget, workerStarted } from './worker-client.ts';

/** A sample the pickers offer; its text is fetched from the site itself when chosen. */
export interface InspectorSample {
  id: string;
  title: string;
  system: string;
  systemLabel: string;
  /** What kind of message it is (failure, delay, auto-reply...). */
  kind: string;
  /** Reason ids of its expected verdict, for grouping by reason. */
  reasons: string[];
  url: string;
}

/** Largest input the inspector reads: the classifier's own limit (10 MB). */
export const MAX_CHARS = 10 * 1024 * 1024;

/** When the text last changed, for the status line's "on screen after" figure. */
let changedAt = 0;
let running: number | null = null;
/** The last error a reading gave: a later good reading clears it, and only it. */
let readingError: string | null = null;

function readingFailed(message: string): void {
  readingError = message;
  $inspectorError.set(message);
}

/** A long text as the box holds it: the start the reader edits, and the rest, kept as it is. */
let longParts: { head: string; tail: string } | null = null;
/** The tail the worker already holds. */
let sentTail: string | null = null;

/** Tells the reader of the text that it is `head` + `tail` (null: not a long text). */
export function noteLongText(parts: { head: string; tail: string } | null): void {
  longParts = parts;
}

/** Records the moment the text changed (the status line measures from there). */
export function markChanged(): void {
  changedAt = performance.now();
}

function originWords(origin: TextOrigin): string {
  switch (origin.kind) {
    case 'sample':
      return `Loaded the sample “${origin.title}”: `;
    case 'file':
      return `Opened “${origin.name}”: `;
    case 'files':
      return `Opened ${count(origin.count, 'file')}: `;
    case 'link':
      return 'Opened the message from the link: ';
    case 'restored':
      return 'Your text from before is back: ';
    case 'redacted':
      return 'Read the redacted text: ';
    default:
      return '';
  }
}

/** Tells the reader what was found and how long it really took, once it is on screen. */
function reportTimes(messages: MessageVerdict[], ms: number, skipped: number, origin: TextOrigin) {
  const recipients = messages.reduce((n, m) => n + m.recipients.length, 0);
  const found =
    messages.length === 1 && messages[0]?.kind === 'unrecognised'
      ? 'not recognised as a bounce'
      : `${count(messages.length, 'message')}, ${count(recipients, 'recipient')}`;
  const skip = skipped > 0 ? ` (${count(skipped, 'empty file')} skipped)` : '';
  const lead = originWords(origin);
  const first = `${lead}${lead ? found : capitalise(found)}${skip}. The classifier took ${formatDuration(ms)} in the background`;
  $inspectorStatus.set(`${first}.`);
  // Once the result is drawn, add how long the reader really waited (unless something else has
  // been said in the meantime).
  requestAnimationFrame(() =>
    setTimeout(() => {
      if ($inspectorStatus.get() !== `${first}.`) return;
      const shown = formatDuration(performance.now() - changedAt);
      $inspectorStatus.set(`${first}; the result was on screen ${shown} after the text changed.`);
    }),
  );
}

/** Classifies the text now, in the worker; a newer call replaces an older one still running. */
export async function classifyNow(text: string, files: FileSpan[]): Promise<void> {
  if (running !== null) forget(running);
  running = null;
  if (readingError !== null && $inspectorError.get() === readingError) $inspectorError.set(null);
  readingError = null;
  if (!text.trim()) {
    $inspectorResult.set(null);
    $progress.set(null);
    $inspectorStatus.set('');
    return;
  }
  if (text.length > MAX_CHARS) {
    readingFailed(
      `This text is ${formatSize(text.length)}; the inspector reads up to 10 MB. Your text is still in the box: remove attachments or quoted originals, or use the command-line tool (npx bounce-lab classify) for larger jobs.`,
    );
    return;
  }
  const origin = $textOrigin.get();
  const messages: MessageVerdict[] = [];
  $progress.set({ done: 0, total: 0 });
  // For a long text whose start was edited, the worker reuses the rest it already holds (a new
  // worker holds nothing yet).
  if (!workerStarted()) sentTail = null;
  const parts =
    longParts && files.length === 0 && longParts.head.length + longParts.tail.length === text.length
      ? longParts
      : null;
  const request = parts
    ? { text: parts.head, tail: parts.tail === sentTail ? null : parts.tail }
    : { text, tail: '' };
  sentTail = parts ? parts.tail : '';
  const { id, reply } = ask({ type: 'classify', ...request, files }, (chunk) => {
    messages.push(...chunk.messages);
    $progress.set({ done: chunk.done, total: chunk.total });
  });
  running = id;
  try {
    const answer = await reply;
    if (running !== id) return;
    running = null;
    $progress.set(null);
    if (answer.type === 'failed') {
      $inspectorResult.set(null);
      readingFailed(`${answer.error.message} Your text is still in the box.`);
      return;
    }
    if (answer.type !== 'done') return;
    $classifiedText.set(text);
    $classifiedFiles.set(files);
    $inspectorResult.set({ ok: true, messages });
    reportTimes(messages, answer.ms, answer.skipped, origin);
  } catch {
    if (running !== id) return;
    running = null;
    $progress.set(null);
    readingFailed('The classifier stopped unexpectedly. Your text is still in the box; try again.');
  }
}

/** Loads a project sample into the box (the reader's own text stays one Undo away). */
export async function loadSample(sample: InspectorSample): Promise<boolean> {
  try {
    const response = await fetch(sample.url);
    if (!response.ok) throw new Error(String(response.status));
    const { text } = decodeFile(new Uint8Array(await response.arrayBuffer()));
    replaceText(text, { kind: 'sample', id: sample.id, title: sample.title }, 'loading the sample');
    return true;
  } catch {
    $inspectorError.set(
      `The sample “${sample.title}” could not be loaded. Check your connection and try again; your text is unchanged.`,
    );
    return false;
  }
}

/** A From line that starts each file in a batch, so the text reads as an mbox. */
const separator = (name: string) => `From - ${name.replace(/[\r\n]/g, ' ')}\n`;

/**
 * Opens files: one file replaces the text; several become one batch, each file's messages read on
 * their own. Files over the limit leave the text as it is.
 */
export async function openFiles(list: File[]): Promise<void> {
  const total = list.reduce((n, f) => n + f.size, 0);
  if (total > MAX_CHARS) {
    const what = list.length === 1 ? `“${list[0]?.name}” is` : `These ${list.length} files are`;
    $inspectorError.set(
      `${what} ${formatSize(total)}; the inspector reads up to 10 MB. Your current text is unchanged. For larger jobs use the command-line tool: npx bounce-lab classify FILE...`,
    );
    return;
  }
  const decoded = await Promise.all(
    list.map(async (f) => ({ name: f.name, ...decodeFile(new Uint8Array(await f.arrayBuffer())) })),
  );
  const first = decoded[0];
  if (!first) return;
  if (decoded.length === 1) {
    replaceText(first.text, { kind: 'file', name: first.name }, 'opening the file');
    if (first.encoding.startsWith('utf-16')) {
      $inspectorStatus.set(`Read “${first.name}” as ${first.encoding.toUpperCase()} text.`);
    }
    return;
  }
  let text = '';
  const files: FileSpan[] = [];
  for (const f of decoded) {
    text += separator(f.name);
    files.push({ name: f.name, start: text.length, end: text.length + f.text.length });
    text += f.text.endsWith('\n') ? `${f.text}\n` : `${f.text}\n\n`;
  }
  replaceText(text, { kind: 'files', count: decoded.length }, 'opening the files', files);
}

/** Redacts the text in the worker. */
export async function redactText(): Promise<void> {
  const text = $inspectorText.get();
  const files = $files.get();
  const answer = await ask({ type: 'redact', text, files }).reply;
  if (answer.type !== 'redacted') return;
  if ($inspectorText.get() !== text) return;
  if (answer.replacements.length === 0) {
    $inspectorStatus.set(
      'Nothing more to redact: no address, name, message id or sender IP address left to replace.',
    );
    return;
  }
  applyRedaction(
    answer.text,
    answer.files.map((span, i) => ({ ...span, name: files[i]?.name ?? '' })),
    answer.replacements,
  );
  $inspectorStatus.set(
    `Redacted ${count(answer.replacements.length, 'value')}. “Undo redaction” puts back the text as it was before you first redacted it.`,
  );
}

/** A share link, or why there is none. */
export type ShareOutcome =
  | { kind: 'link'; url: string; part: boolean; same: boolean }
  | { kind: 'too-big'; bytes: number; part: boolean };

function linkTo(fragment: string): string {
  const path = location.pathname.startsWith('/inspector') ? location.pathname : '/inspector/';
  return `${location.origin}${path}#m=${fragment}`;
}

/**
 * A share link for the redacted text, or for its relevant part (`part`: each message's header,
 * notice and report, without attachments). Says so when even that is too big for a link.
 */
export async function shareLink(part: boolean): Promise<ShareOutcome> {
  const text = $inspectorText.get();
  const redacted = await ask({ type: 'redact', text, files: [] }).reply;
  if (redacted.type !== 'redacted') throw new Error('no redaction');
  let shared = redacted.text;
  let same = true;
  if (part) {
    const cut = await ask({ type: 'part', text: shared }).reply;
    if (cut.type !== 'part') throw new Error('no part');
    shared = cut.text;
    same = cut.same;
  }
  const packed = await pack(shared);
  if (!packed.ok) return { kind: 'too-big', bytes: packed.bytes, part };
  return { kind: 'link', url: linkTo(packed.fragment), part, same };
}
