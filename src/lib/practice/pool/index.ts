/**
 * Builds the practice pool from the project's samples, at build time, with the real classifier:
 * every sample message whose verdict agrees with samples.yaml, variants of it that the classifier
 * reads exactly the same way, and its SMTP reply line alone when that line alone means the same.
 */
import { REASONS } from '../../bounce/catalog/reasons/index.ts';
import { classify } from '../../bounce/index.ts';
import type { MessageVerdict, RecipientVerdict } from '../../bounce/classify/types.ts';
import type { Category } from '../../bounce/reason/ids.ts';
import { expectedMessages, type Sample, type SampleVerdict } from '../../samples/index.ts';
import { excerpt } from '../excerpt/index.ts';
import { locate, type Mark } from '../marks/index.ts';
import { askable, reasonOptions } from '../options/index.ts';
import { mulberry32, seedNumber } from '../random/index.ts';
import { applyEdits, planVariant } from '../variants/index.ts';
import type {
  EventCell,
  ItemFormat,
  ItemOrigin,
  PracticeIndex,
  PracticeItem,
  PracticePool,
  SampleChunk,
  Topic,
  TopicInfo,
} from './types.ts';

export { itemText } from './text.ts';
export type * from './types.ts';

/** A sample entry with its file's text (decoded, line ends normalised to LF). */
export interface SampleInput {
  sample: Sample;
  text: string;
}

/** A sample message left out of the pool, and why. */
export interface Skipped {
  sample: string;
  message: number;
  why: string;
}

export interface PoolStats {
  messages: number;
  variantsTried: number;
  variantsKept: number;
  replyLinesTried: number;
  replyLinesKept: number;
  byFormat: Record<ItemFormat, number>;
}

export interface PoolBuild {
  pool: PracticePool;
  skipped: Skipped[];
  stats: PoolStats;
}

export interface PoolOptions {
  /** Variants kept per sample message (default 2). */
  variants?: number;
  /** Attempts per sample message to find them (default 6). */
  attempts?: number;
}

/** Topic words for a message that names no recipient. */
const NOT_BOUNCE_TOPIC: TopicInfo = {
  label: 'Not a bounce (an ordinary message)',
  summary: 'A person or a program wrote it, not a mail server reporting a failure.',
};

const trimStop = (s: string) => s.replace(/[.\s]+$/, '');

/** One sentence of why, in the reader's terms. */
function whySentence(kind: MessageVerdict['kind'], category: Category, topic: Topic): string {
  const info = topic === 'not-bounce' ? NOT_BOUNCE_TOPIC : REASONS[topic];
  switch (kind) {
    case 'delay':
      return `It is a delay notice: the sending server is still retrying${
        topic !== 'not-bounce' && askable(topic) ? ` (the cause it names: ${info.label})` : ''
      }, so nothing has bounced yet.`;
    case 'auto-reply':
      return 'An automatic answer such as an out-of-office reply comes from a mailbox that received the message, so it is not a bounce.';
    case 'feedback':
      return 'A complaint report says the recipient marked the message as spam: not a bounce, but stop mailing the address.';
    case 'read-receipt':
      return 'A read receipt says the message was delivered and displayed, so it is never a bounce.';
    case 'delivery':
      return 'A delivery report says the message arrived, so it is not a bounce.';
    case 'not-bounce':
    case 'unrecognised':
      return 'A person wrote this, not a mail server: it carries no delivery report and no server reply, so it is not a bounce, whatever words it uses.';
    default:
      return category === 'hard'
        ? `${trimStop(info.summary)}, so it is a hard bounce (the address will not work).`
        : `${trimStop(info.summary)}, so it is a soft bounce (the address itself may work later).`;
  }
}

const SERVICE_SAYS: Record<string, string> = {
  hard: 'a permanent (hard) failure',
  soft: 'a temporary (soft) failure',
  delay: 'a delay',
  suppressed: 'a suppressed address',
  complaint: 'a complaint',
};

/** What an email service's own event says, and whether it sees the message differently. */
function serviceNote(r: RecipientVerdict): string | undefined {
  const s = r.service;
  if (!s) return undefined;
  const own = `${s.serviceName}'s own words: “${s.label}”.`;
  const differs =
    (s.says === 'hard' && r.category !== 'hard') ||
    (s.says === 'soft' && r.category !== 'soft') ||
    (s.says === 'delay' && r.category !== 'none');
  return differs && s.says
    ? `${own} It files this as ${SERVICE_SAYS[s.says]}; the classifier goes by the receiving server's words.`
    : own;
}

/** Does the classifier's reading agree with what samples.yaml says of this message? */
function disagreement(v: MessageVerdict, want: SampleVerdict | undefined): string | undefined {
  if (!want) return 'samples.yaml has no verdict for this message';
  if (v.kind !== want.kind) return `kind ${v.kind}, samples.yaml says ${want.kind}`;
  if (v.recipients.length !== want.recipients.length) {
    return `${v.recipients.length} recipients, samples.yaml lists ${want.recipients.length}`;
  }
  const got = v.recipients[0];
  const expected = want.recipients[0];
  if (!got || !expected) return undefined;
  if (got.category !== expected.category || got.reason !== expected.reason) {
    return `${got.category}/${got.reason}, samples.yaml says ${expected.category}/${expected.reason}`;
  }
  return undefined;
}

/**
 * Same verdict: kind, recipients, category, reason and codes; and, when `recipient` is given, the
 * first recipient is that address (a variant must name the address it was planned with).
 */
export function sameVerdict(a: MessageVerdict, b: MessageVerdict, recipient?: string): boolean {
  if (a.kind !== b.kind || a.recipients.length !== b.recipients.length) return false;
  return a.recipients.every((ra, i) => {
    const rb = b.recipients[i];
    return (
      rb !== undefined &&
      ra.category === rb.category &&
      ra.reason === rb.reason &&
      ra.status === rb.status &&
      ra.replyCode === rb.replyCode &&
      (i > 0 || recipient === undefined || rb.recipient.toLowerCase() === recipient.toLowerCase())
    );
  });
}

/** The single message of a classification, or undefined. */
function only(text: string): MessageVerdict | undefined {
  const result = classify(text);
  return result.ok && result.messages.length === 1 ? result.messages[0] : undefined;
}

/**
 * Evidence a reader can be shown: non-empty, inside the text, not a whole encoded part. For a JSON
 * event the marked text must also be part of what the verdict quotes (the address, the codes or
 * the diagnostic), so a range that points at the wrong characters is never shown.
 */
function marksOf(text: string, v: MessageVerdict, r: RecipientVerdict | undefined): Mark[] {
  if (!r) return [];
  const quoted = [r.recipient, r.status ?? '', r.replyCode ?? '', r.diagnostic]
    .join('\n')
    .toLowerCase();
  return r.evidence
    .filter((e) => !e.encoded && e.start >= 0 && e.end > e.start && e.end <= text.length)
    .filter((e) => {
      const slice = text.slice(e.start, e.end);
      if (slice.trim().length === 0) return false;
      return v.source !== 'notification' || quoted.includes(slice.toLowerCase());
    })
    .map((e) => ({ start: e.start, end: e.end, rule: e.rule, note: e.note }));
}

/** `smtp; 550 5.1.1 …` → `550 5.1.1 …`, when the diagnostic is an SMTP reply. */
function replyLine(diagnostic: string): string | undefined {
  const line = diagnostic
    .replace(/^[A-Za-z0-9-]{1,20};[ \t]*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return /^[245]\d\d[ -]/.test(line) && line.length <= 500 ? line : undefined;
}

const ISO_UTC = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d{1,9})?)?Z$/;
const EPOCH_TEXT = /^\d{10}(?:\d{3})?(?:\.\d{1,9})?$/;

/** A time as a dashboard shows it: `2026-11-30 11:14 UTC`; other formats as written. */
function formatTime(value: string | number): string | undefined {
  const text = String(value);
  if (EPOCH_TEXT.test(text)) {
    const n = Number(text);
    const ms = n > 1e12 ? n : n * 1000;
    return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }
  if (typeof value === 'number' || text.length > 40) return undefined;
  const iso = ISO_UTC.exec(text);
  return iso ? `${iso[1]} ${iso[2]} UTC` : text;
}

/** The value of a time-like field in a JSON event (breadth first), for the row's Time cell. */
function eventTime(value: unknown, depth = 0): string | undefined {
  if (depth > 4 || typeof value !== 'object' || value === null) return undefined;
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : Object.entries(value);
  for (const [key, v] of entries) {
    if (/^(?:timestamp|time|date|ts|ts_event|event_time|@timestamp)$|At$/i.test(key)) {
      const time = typeof v === 'string' || typeof v === 'number' ? formatTime(v) : undefined;
      if (time) return time;
    }
  }
  for (const [, v] of entries) {
    const nested =
      typeof v === 'string' && v.startsWith('{')
        ? parseJson(v)
        : typeof v === 'object'
          ? v
          : undefined;
    const found = eventTime(nested, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Marks of `marks` that can be found in `value`, re-based on it. */
function cellMarks(value: string, text: string, marks: readonly Mark[]): Mark[] {
  const out: Mark[] = [];
  for (const m of marks) {
    const at = locate(value, text.slice(m.start, m.end));
    if (at && !out.some((o) => at[0] < o.end && o.start < at[1])) {
      out.push({ start: at[0], end: at[1], rule: m.rule, note: m.note });
    }
  }
  return out;
}

/**
 * The cells of an event row. A JSON event shows the service's own fields; a bounce message shown
 * as a bounce-log row shows what the classifier read from it. Undefined when the evidence cannot
 * be shown in the row (it lies outside the recipient and the diagnostic).
 */
function eventCells(
  text: string,
  v: MessageVerdict,
  r: RecipientVerdict | undefined,
  marks: readonly Mark[],
): EventCell[] | undefined {
  if (!r) return undefined;
  const recipientMarks = marks.filter((m) => m.rule === 'recipient');
  const otherMarks = marks.filter((m) => m.rule !== 'recipient');
  const response = cellMarks(r.diagnostic, text, otherMarks);
  if (
    v.source !== 'notification' &&
    (r.diagnostic === '' || otherMarks.length === 0 || response.length < otherMarks.length)
  ) {
    return undefined;
  }
  const recipient: EventCell = {
    name: 'Recipient',
    value: r.recipient,
    marks:
      recipientMarks.length > 0 && r.recipient
        ? [{ start: 0, end: r.recipient.length, rule: 'recipient', note: 'the failed address' }]
        : [],
  };
  const cells: EventCell[] = [];
  const cell = (name: string, value: string | undefined) => {
    if (value) cells.push({ name, value, marks: [] });
  };
  if (r.service) {
    cell('Service', r.service.serviceName);
    cell('Event', r.service.label);
    cell('Time', eventTime(parseJson(text)));
  } else {
    cell('Time', /^Date:[ \t]*(.+)$/m.exec(text.slice(0, Math.max(0, text.indexOf('\n\n'))))?.[1]);
    cell('Action', r.action);
    cell('Remote server', r.remoteMta);
  }
  cells.push(recipient);
  cells.push({
    name: 'Response',
    value: r.diagnostic || '(none)',
    marks: r.diagnostic ? response : [],
  });
  return cells;
}

/** What a reader is looking at, before they answer. Never gives the answer away. */
function captionFor(format: ItemFormat, sample: Sample, json: boolean): string {
  if (format === 'line')
    return 'One reply line from the receiving server, as a bounce log shows it';
  if (format === 'event') {
    return json
      ? 'An event your sending service posted to your webhook'
      : "A row of your sending service's bounce log";
  }
  return sample.file.endsWith('.txt')
    ? 'A log of the conversation between two mail servers'
    : 'A message that arrived in the bounce mailbox';
}

/**
 * Builds the pool. Deterministic: the same samples give the same pool, byte for byte.
 *
 * @example const { pool, skipped } = buildPool(samples.map((sample) => ({ sample, text })));
 */
export function buildPool(inputs: readonly SampleInput[], options: PoolOptions = {}): PoolBuild {
  const wantVariants = options.variants ?? 2;
  const attempts = options.attempts ?? 6;
  const texts: Record<string, string> = {};
  const items: PracticeItem[] = [];
  const skipped: Skipped[] = [];
  const seenLines = new Set<string>();
  const stats: PoolStats = {
    messages: 0,
    variantsTried: 0,
    variantsKept: 0,
    replyLinesTried: 0,
    replyLinesKept: 0,
    byFormat: { message: 0, line: 0, event: 0 },
  };

  for (const { sample, text: fileText } of inputs) {
    const result = classify(fileText);
    if (!result.ok) {
      skipped.push({ sample: sample.id, message: 0, why: result.error.message });
      continue;
    }
    const expected = expectedMessages(sample);
    const json = /^\s*[[{]/.test(fileText);
    result.messages.forEach((whole, index) => {
      // Each message of an mbox is practised on its own, so it must mean the same on its own.
      const several = result.messages.length > 1;
      const text = several ? fileText.slice(whole.range[0], whole.range[1]) : fileText;
      const verdict = several ? only(text) : whole;
      const why =
        verdict === undefined || !sameVerdict(verdict, whole)
          ? 'it does not mean the same outside its mbox'
          : disagreement(verdict, expected[index]);
      if (verdict === undefined || why !== undefined) {
        skipped.push({ sample: sample.id, message: index, why: why ?? 'not classified' });
        return;
      }
      stats.messages++;
      const r = verdict.recipients[0];
      const topic: Topic = r ? r.reason : 'not-bounce';
      const category: Category = r ? r.category : 'none';
      const baseId = several ? `${sample.id}.${index + 1}` : sample.id;
      const random = mulberry32(seedNumber(baseId));
      const options = r ? reasonOptions(r.reason, random) : [];
      const lineSample =
        verdict.system === 'smtp-line' ||
        (sample.file.endsWith('.txt') && !text.trim().includes('\n'));
      const baseFormat: ItemFormat =
        verdict.source === 'notification' ? 'event' : lineSample ? 'line' : 'message';
      texts[baseId] = text;

      const add = (
        id: string,
        origin: ItemOrigin,
        format: ItemFormat,
        itemText: string,
        v: MessageVerdict,
        extra: Partial<PracticeItem> = {},
      ): boolean => {
        const rv = v.recipients[0];
        const marks = marksOf(itemText, v, rv);
        const cells = format === 'event' ? eventCells(itemText, v, rv, marks) : undefined;
        if (format === 'event' && !cells) return false;
        items.push({
          id,
          sample: sample.id,
          message: index,
          origin,
          format,
          caption: captionFor(format, sample, json),
          text: baseId,
          excerpt: format === 'message' ? excerpt(itemText, marks) : [[0, itemText.length]],
          marks,
          cells,
          kind: v.kind,
          category,
          topic,
          recipient: rv?.recipient ?? '',
          status: rv?.status,
          replyCode: rv?.replyCode,
          options,
          title: sample.title,
          system: v.systemLabel ?? sample.systemLabel,
          why: whySentence(v.kind, category, topic),
          service: rv ? serviceNote(rv) : undefined,
          ...extra,
        });
        stats.byFormat[format]++;
        return true;
      };

      add(baseId, 'sample', baseFormat, text, verdict);

      // Variants: new addresses, hosts, dates and ids; kept only when the classifier agrees.
      let kept = 0;
      for (let attempt = 0; attempt < attempts && kept < wantVariants; attempt++) {
        const plan = planVariant(
          text,
          r?.recipient ?? '',
          mulberry32(seedNumber(`${baseId}~${attempt}`)),
        );
        if (plan.edits.length === 0) break;
        stats.variantsTried++;
        const variantText = applyEdits(text, plan.edits);
        const v = only(variantText);
        if (!v || !sameVerdict(verdict, v, r ? plan.recipient : undefined)) continue;
        // The second variant of a bounce message is shown as a bounce-log row, when it can be.
        const format: ItemFormat = kept === 1 && baseFormat === 'message' ? 'event' : baseFormat;
        const id = `${baseId}~v${kept + 1}`;
        const added =
          add(id, 'variant', format, variantText, v, { edits: plan.edits }) ||
          add(id, 'variant', baseFormat, variantText, v, { edits: plan.edits });
        if (added) {
          kept++;
          stats.variantsKept++;
        }
      }

      // The reply line alone, as an email service's bounce log shows it.
      const line =
        r && baseFormat !== 'line' && verdict.kind === 'failure'
          ? replyLine(r.diagnostic)
          : undefined;
      if (line && !seenLines.has(line)) {
        seenLines.add(line);
        stats.replyLinesTried++;
        const v = only(line);
        const rv = v?.recipients[0];
        if (
          v &&
          rv &&
          v.kind === 'failure' &&
          rv.category === category &&
          rv.reason === r?.reason
        ) {
          const id = `${baseId}~line`;
          texts[id] = line;
          add(id, 'reply-line', 'line', line, v, { text: id, system: 'SMTP reply' });
          stats.replyLinesKept++;
        }
      }
    });
  }

  items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const topics: Record<string, TopicInfo> = {};
  for (const item of items) {
    for (const t of [item.topic, ...item.options]) {
      topics[t] =
        t === 'not-bounce'
          ? NOT_BOUNCE_TOPIC
          : { label: REASONS[t].label, summary: REASONS[t].summary };
    }
  }
  return { pool: { version: 1, texts, items, topics }, skipped, stats };
}

/**
 * Splits a pool into the index the page carries and one chunk per sample.
 *
 * @example const { index, chunks } = splitPool(pool); chunks['gmail-mailbox-full'].items.length // 4
 */
export function splitPool(pool: PracticePool): {
  index: PracticeIndex;
  chunks: Map<string, SampleChunk>;
} {
  const chunks = new Map<string, SampleChunk>();
  for (const item of pool.items) {
    let chunk = chunks.get(item.sample);
    if (!chunk) {
      chunk = { version: 1, sample: item.sample, texts: {}, items: [] };
      chunks.set(item.sample, chunk);
    }
    chunk.items.push(item);
    const text = pool.texts[item.text];
    if (text !== undefined) chunk.texts[item.text] = text;
  }
  return {
    index: {
      version: 1,
      items: pool.items.map(({ id, sample, category, topic }) => ({ id, sample, category, topic })),
      topics: pool.topics,
    },
    chunks,
  };
}
