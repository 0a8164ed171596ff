/// <reference lib="webworker" />
// The inspector's heavy work, off the page's main thread so typing never waits: classifying (an
// mbox or a batch of files message by message, with progress), redacting, and cutting a bounce
// down to its relevant part for a share link. Nothing leaves the browser: the worker only talks to
// the page that started it.
import { classify, type ClassifyResult, type MessageVerdict } from '../lib/bounce/index.ts';
import { splitMbox } from '../lib/bounce/mbox/index.ts';
import { relevantPart } from '../lib/inspector/relevant-part.ts';
import { redactAll, type Replacement } from '../lib/redact/index.ts';

/** Where each file of a batch sits in the combined text. */
export interface Span {
  start: number;
  end: number;
}

export type WorkerRequest =
  /**
   * The text is `text` followed by `tail`; `tail: null` means the same tail as the last request,
   * so a long message whose start the reader edits is not copied to the worker on every change.
   */
  | { id: number; type: 'classify'; text: string; tail: string | null; files: Span[] }
  | { id: number; type: 'redact'; text: string; files: Span[] }
  | { id: number; type: 'part'; text: string };

export type WorkerReply =
  /** Some of the messages, in input order; `done` of `total` messages are read so far. */
  | { id: number; type: 'chunk'; messages: MessageVerdict[]; done: number; total: number }
  /** All messages are read: `ms` in the classifier, `skipped` blank messages or files. */
  | { id: number; type: 'done'; ms: number; skipped: number }
  | { id: number; type: 'failed'; error: Extract<ClassifyResult, { ok: false }>['error'] }
  | { id: number; type: 'redacted'; text: string; files: Span[]; replacements: Replacement[] }
  | { id: number; type: 'part'; text: string; same: boolean };

/** A chunk goes back to the page at least this often, so its progress bar moves. */
const CHUNK_MS = 40;

/** The newest classification asked for: an older one stops at its next chunk. */
let newest = 0;
/** The tail of the last text to classify, kept for the next request that reuses it. */
let lastTail = '';

const post = (reply: WorkerReply) => self.postMessage(reply);
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A verdict read from `text.slice(offset)`, with its offsets moved into the whole input. */
function shift(m: MessageVerdict, offset: number): MessageVerdict {
  if (offset === 0) return m;
  return {
    ...m,
    range: [m.range[0] + offset, m.range[1] + offset],
    recipients: m.recipients.map((r) => ({
      ...r,
      evidence: r.evidence.map((e) => ({ ...e, start: e.start + offset, end: e.end + offset })),
    })),
  };
}

/** The messages to read: each file's messages, or the messages of the one text. */
function units(text: string, files: Span[]): Span[] {
  const spans = files.length > 0 ? files : [{ start: 0, end: text.length }];
  return spans.flatMap((f) =>
    splitMbox(text.slice(f.start, f.end)).map((r) => ({
      start: r.start + f.start,
      end: r.end + f.start,
    })),
  );
}

async function classifyAll(id: number, text: string, files: Span[]): Promise<void> {
  newest = id;
  let ms = 0;
  const all = units(text, files);
  if (all.length === 1 && files.length === 0) {
    const started = performance.now();
    const result = classify(text);
    ms = performance.now() - started;
    if (!result.ok) return post({ id, type: 'failed', error: result.error });
    post({ id, type: 'chunk', messages: result.messages, done: 1, total: 1 });
    return post({ id, type: 'done', ms, skipped: 0 });
  }
  let skipped = 0;
  let batch: MessageVerdict[] = [];
  let sent = performance.now();
  for (let i = 0; i < all.length; i++) {
    const unit = all[i] as Span;
    const started = performance.now();
    const result = classify(text.slice(unit.start, unit.end));
    ms += performance.now() - started;
    if (result.ok) batch.push(...result.messages.map((m) => shift(m, unit.start)));
    else skipped++;
    if (performance.now() - sent > CHUNK_MS || i === all.length - 1) {
      post({ id, type: 'chunk', messages: batch, done: i + 1, total: all.length });
      batch = [];
      await pause();
      if (newest !== id) return;
      sent = performance.now();
    }
  }
  post({ id, type: 'done', ms, skipped });
}

/** Redacts each file of a batch with one set of placeholders, keeping what lies between files. */
function redactFiles(id: number, text: string, files: Span[]): void {
  const spans = files.length > 0 ? files : [{ start: 0, end: text.length }];
  const { texts, replacements } = redactAll(spans.map((f) => text.slice(f.start, f.end)));
  let out = '';
  let at = 0;
  const moved: Span[] = [];
  spans.forEach((f, i) => {
    out += text.slice(at, f.start);
    const redacted = texts[i] ?? '';
    moved.push({ start: out.length, end: out.length + redacted.length });
    out += redacted;
    at = f.end;
  });
  out += text.slice(at);
  post({ id, type: 'redacted', text: out, files: files.length > 0 ? moved : [], replacements });
}

/** What the share's verdict check compares: per message, kind and each recipient's verdict. */
function meaning(result: ClassifyResult): string {
  if (!result.ok) return result.error.code;
  return JSON.stringify(
    result.messages.map((m) => [
      m.kind,
      m.recipients.map((r) => [r.category, r.reason, r.status, r.replyCode]),
    ]),
  );
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'classify') {
    if (request.tail !== null) lastTail = request.tail;
    void classifyAll(request.id, request.text + lastTail, request.files);
  } else if (request.type === 'redact') redactFiles(request.id, request.text, request.files);
  else {
    const part = relevantPart(request.text);
    const same = meaning(classify(part)) === meaning(classify(request.text));
    post({ id: request.id, type: 'part', text: part, same });
  }
};
