/**
 * The reader's progress in the triage exercise: what they answered per track, when they finished,
 * and the name for the printed result. Pure functions over plain data; the store in
 * `src/stores/triage.ts` keeps it in local storage and reads it back through `parseTriageProgress`,
 * which keeps what is valid in a damaged or edited value and drops the rest.
 */
import { TRACK_IDS, type MailboxItem, type TrackId } from './mailboxes.ts';
import { isTriageAction, type TriageAction } from './piles.ts';

/** One track's answers. */
export interface TrackProgress {
  /** Sample id → the pile the reader chose (the first answer counts). */
  readonly answers: Readonly<Record<string, TriageAction>>;
  /** The reader's local date (`YYYY-MM-DD`) when they sorted the last message. */
  readonly completedOn?: string | undefined;
  /** The name to print on the result, when the reader gave one. */
  readonly name?: string | undefined;
}

/** Progress per track. */
export type TriageProgress = Readonly<Partial<Record<TrackId, TrackProgress>>>;

/** The score of one track. */
export interface TriageScore {
  readonly total: number;
  readonly answered: number;
  readonly correct: number;
  /** Every message sorted. */
  readonly complete: boolean;
}

/** Longest name kept for the printed result. */
export const MAX_NAME = 80;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DAY.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The local calendar date of `date` as `YYYY-MM-DD`. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A date in words, day first, without depending on the browser's locale.
 *
 * @example formatDay('2026-12-07') // '7 December 2026'
 */
export function formatDay(day: string): string | undefined {
  if (!isDay(day)) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

/** A name as it may be printed: control characters removed, spaces collapsed, length capped. */
export function cleanName(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_NAME)
  );
}

function parseTrack(value: unknown): TrackProgress | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const answers: Record<string, TriageAction> = {};
  const stored = record['answers'];
  if (typeof stored === 'object' && stored !== null && !Array.isArray(stored)) {
    for (const [sample, action] of Object.entries(stored)) {
      if (isTriageAction(action)) answers[sample] = action;
    }
  }
  const name = typeof record['name'] === 'string' ? cleanName(record['name']) : '';
  return {
    answers,
    completedOn: isDay(record['completedOn']) ? record['completedOn'] : undefined,
    name: name || undefined,
  };
}

/**
 * Reads stored progress, keeping every valid part of a damaged or edited value: unknown tracks,
 * answers that are not one of the four piles, impossible dates and non-string names are dropped.
 *
 * @example parseTriageProgress({ core: { answers: { a: 'fix', b: 'panic' } } })
 * // { core: { answers: { a: 'fix' }, completedOn: undefined, name: undefined } }
 */
export function parseTriageProgress(value: unknown): TriageProgress {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const progress: Partial<Record<TrackId, TrackProgress>> = {};
  for (const track of TRACK_IDS) {
    const parsed = parseTrack((value as Record<string, unknown>)[track]);
    if (parsed) progress[track] = parsed;
  }
  return progress;
}

/**
 * The score of a track: only answers to messages of its mailbox count, and `complete` only once
 * every message is sorted.
 */
export function scoreTrack(
  items: readonly MailboxItem[],
  progress: TrackProgress | undefined,
): TriageScore {
  const answers = progress?.answers ?? {};
  let answered = 0;
  let correct = 0;
  for (const item of items) {
    const answer = answers[item.sample];
    if (answer === undefined) continue;
    answered += 1;
    if (answer === item.expected) correct += 1;
  }
  return { total: items.length, answered, correct, complete: answered === items.length };
}

/**
 * Records the reader's pile for one message. The first answer stands; answering the last
 * message dates the result with `day` (the reader's local date, `YYYY-MM-DD`).
 */
export function recordAnswer(
  progress: TriageProgress,
  track: TrackId,
  items: readonly MailboxItem[],
  sample: string,
  action: TriageAction,
  day: string,
): TriageProgress {
  const current = progress[track] ?? { answers: {} };
  if (!items.some((i) => i.sample === sample) || current.answers[sample] !== undefined) {
    return progress;
  }
  const next: TrackProgress = { ...current, answers: { ...current.answers, [sample]: action } };
  const complete = scoreTrack(items, next).complete;
  return {
    ...progress,
    [track]: { ...next, completedOn: complete ? (current.completedOn ?? day) : undefined },
  };
}

/** Sets (or clears, with an empty string) the name printed on a track's result. */
export function recordName(progress: TriageProgress, track: TrackId, name: string): TriageProgress {
  const current = progress[track] ?? { answers: {} };
  return { ...progress, [track]: { ...current, name: cleanName(name) || undefined } };
}

/** Forgets a track's answers and date, keeping the name for the next attempt. */
export function resetTrack(progress: TriageProgress, track: TrackId): TriageProgress {
  const name = progress[track]?.name;
  return { ...progress, [track]: { answers: {}, name } };
}

/**
 * The line printed on the result.
 *
 * @example resultLine('core track', { correct: 11, total: 12 }, '2026-12-07')
 * // 'Completed the core track triage exercise — 11/12 — 7 December 2026'
 */
export function resultLine(
  trackName: string,
  score: Pick<TriageScore, 'correct' | 'total'>,
  day: string | undefined,
): string {
  const date = day ? formatDay(day) : undefined;
  const parts = [
    `Completed the ${trackName} triage exercise`,
    `${score.correct}/${score.total}`,
    ...(date ? [date] : []),
  ];
  return parts.join(' — ');
}
