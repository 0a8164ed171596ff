/**
 * Many bounces at once: one row per recipient, counts per category and reason, filters, and CSV or
 * JSON Lines text for export. The JSON Lines rows carry the fields `npx bounce-lab classify --format
 * jsonl` prints, with the same values, plus `message` and `system`; unlike the CLI, which keeps a
 * file's `bounce: false` marker only when the file holds no bounce, every message gets its row.
 */
import type { Category, ReasonId } from '../bounce/reason/ids.ts';
import type { Confidence, MessageKind, MessageVerdict } from '../bounce/classify/types.ts';

/** A file of a batch: its name and where its text sits in the combined input. */
export interface FileSpan {
  name: string;
  start: number;
  end: number;
}

/** One row of the batch table: a recipient of a message, or a message that is not a bounce. */
export interface BatchRow {
  /** Message number in the input, from 1. */
  message: number;
  /** The file the message came from, or "pasted text". */
  file: string;
  /** As the CLI counts: recipients numbered from 1 within a file; 0 for a non-bounce row. */
  index: number;
  /** False for a message that is not a bounce at all (the CLI's `bounce: false` row). */
  bounce: boolean;
  recipient: string;
  kind: MessageKind;
  category: Category;
  reason: ReasonId | '';
  confidence: Confidence | '';
  status: string;
  replyCode: string;
  action: string;
  remoteMta: string;
  diagnostic: string;
  /** The human name of the recognised layout or system, '' when it was not recognised. */
  system: string;
  feedbackType: string;
  service: string;
  serviceLabel: string;
}

/** The name of a pasted batch in exports. */
export const PASTED = 'pasted text';

/** The file a message starts in. */
function fileOf(files: readonly FileSpan[], start: number): string {
  return files.find((f) => start >= f.start && start < f.end)?.name ?? PASTED;
}

/**
 * The rows of a batch, in input order. Mirrors the CLI: auto-replies and complaints are rows with
 * their reason; a message with no recipient, a non-bounce or a read receipt is one row with
 * `bounce: false`.
 */
export function batchRows(
  messages: readonly MessageVerdict[],
  files: readonly FileSpan[] = [],
): BatchRow[] {
  const rows: BatchRow[] = [];
  const counters = new Map<string, number>();
  messages.forEach((m, i) => {
    const file = fileOf(files, m.range[0]);
    const base = { message: i + 1, file, kind: m.kind, system: m.systemLabel ?? '' };
    if (m.recipients.length === 0 || m.kind === 'not-bounce' || m.kind === 'read-receipt') {
      rows.push({
        ...base,
        index: 0,
        bounce: false,
        recipient: '',
        category: 'none',
        reason: '',
        confidence: '',
        status: '',
        replyCode: '',
        action: '',
        remoteMta: '',
        diagnostic: '',
        feedbackType: '',
        service: '',
        serviceLabel: '',
      });
      return;
    }
    for (const r of m.recipients) {
      const index = (counters.get(file) ?? 0) + 1;
      counters.set(file, index);
      rows.push({
        ...base,
        index,
        bounce: true,
        recipient: r.recipient,
        category: r.category,
        reason: r.reason,
        confidence: r.confidence,
        status: r.status ?? '',
        replyCode: r.replyCode ?? '',
        action: r.action,
        remoteMta: r.remoteMta ?? '',
        diagnostic: r.diagnostic,
        feedbackType: r.feedbackType ?? '',
        service: r.service?.service ?? '',
        serviceLabel: r.service?.label ?? '',
      });
    }
  });
  return rows;
}

/** Counts for the batch summary. */
export interface BatchSummary {
  messages: number;
  /** Rows that name a recipient of a bounce-like message. */
  recipients: number;
  byCategory: Record<Category, number>;
  /** Reason ids with their counts, most frequent first (ties by id). */
  byReason: [ReasonId, number][];
  /** Message kinds with their counts (a message counts once), most frequent first. */
  byKind: [MessageKind, number][];
}

const sorted = <K extends string>(counts: Map<K, number>): [K, number][] =>
  [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/** Counts rows per category and reason, and messages per kind. */
export function summarise(rows: readonly BatchRow[]): BatchSummary {
  const byCategory: Record<Category, number> = { hard: 0, soft: 0, none: 0 };
  const reasons = new Map<ReasonId, number>();
  const kinds = new Map<MessageKind, number>();
  const seen = new Set<number>();
  let recipients = 0;
  for (const row of rows) {
    if (!seen.has(row.message)) {
      seen.add(row.message);
      kinds.set(row.kind, (kinds.get(row.kind) ?? 0) + 1);
    }
    if (!row.bounce) continue;
    recipients++;
    byCategory[row.category]++;
    if (row.reason) reasons.set(row.reason, (reasons.get(row.reason) ?? 0) + 1);
  }
  return {
    messages: seen.size,
    recipients,
    byCategory,
    byReason: sorted(reasons),
    byKind: sorted(kinds),
  };
}

/** What the reader filters by; an empty value lets every row through. */
export interface BatchFilter {
  category?: Category | '' | undefined;
  reason?: string | undefined;
  kind?: MessageKind | '' | undefined;
  /** Words looked for in the address, the diagnostic and the system's name. */
  query?: string | undefined;
}

/** The rows that pass the filter, in input order. */
export function filterRows(rows: readonly BatchRow[], filter: BatchFilter): BatchRow[] {
  const query = filter.query?.trim().toLowerCase() ?? '';
  return rows.filter(
    (r) =>
      (!filter.category || (r.bounce && r.category === filter.category)) &&
      (!filter.reason || r.reason === filter.reason) &&
      (!filter.kind || r.kind === filter.kind) &&
      (!query ||
        r.recipient.toLowerCase().includes(query) ||
        r.diagnostic.toLowerCase().includes(query) ||
        r.system.toLowerCase().includes(query)),
  );
}

/** One JSON Lines record: the CLI's fields first, then the message number and the system. */
function record(row: BatchRow): Record<string, unknown> {
  const extra = { message: row.message, system: row.system };
  if (!row.bounce) return { file: row.file, index: 0, bounce: false, kind: row.kind, ...extra };
  return {
    file: row.file,
    index: row.index,
    recipient: row.recipient,
    category: row.category,
    hardbounce: row.category === 'hard',
    reason: row.reason,
    confidence: row.confidence,
    status: row.status,
    replycode: row.replyCode,
    action: row.action,
    remotemta: row.remoteMta,
    diagnostic: row.diagnostic,
    kind: row.kind,
    ...(row.feedbackType ? { feedbacktype: row.feedbackType } : {}),
    ...(row.service ? { service: row.service, servicelabel: row.serviceLabel } : {}),
    ...extra,
  };
}

/** The rows as JSON Lines: one JSON object per line, ending with a line break. */
export function toJsonLines(rows: readonly BatchRow[]): string {
  return rows.map((r) => `${JSON.stringify(record(r))}\n`).join('');
}

const CSV_COLUMNS = [
  ['file', (r: BatchRow) => r.file],
  ['message', (r: BatchRow) => String(r.message)],
  ['index', (r: BatchRow) => String(r.index)],
  ['recipient', (r: BatchRow) => r.recipient],
  ['kind', (r: BatchRow) => r.kind],
  ['category', (r: BatchRow) => (r.bounce ? r.category : '')],
  ['hardbounce', (r: BatchRow) => (r.bounce ? String(r.category === 'hard') : '')],
  ['reason', (r: BatchRow) => r.reason],
  ['confidence', (r: BatchRow) => r.confidence],
  ['status', (r: BatchRow) => r.status],
  ['replycode', (r: BatchRow) => r.replyCode],
  ['action', (r: BatchRow) => r.action],
  ['remotemta', (r: BatchRow) => r.remoteMta],
  ['system', (r: BatchRow) => r.system],
  ['service', (r: BatchRow) => r.service],
  ['servicelabel', (r: BatchRow) => r.serviceLabel],
  ['feedbacktype', (r: BatchRow) => r.feedbackType],
  ['diagnostic', (r: BatchRow) => r.diagnostic],
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. A cell that a
 * spreadsheet would run as a formula (starting with = + - @ or a tab) gets a leading apostrophe.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The rows as CSV with a header line, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly BatchRow[]): string {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map(([, get]) => cell(get(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
