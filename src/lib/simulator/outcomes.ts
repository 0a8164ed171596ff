import { campaignDays, type Schedule } from './day.ts';

/**
 * One campaign's outcome for one address:
 * - `delivered`: accepted by the receiving server, not opened or clicked;
 * - `activity`: delivered and opened or clicked;
 * - `soft`: a soft bounce (one per campaign, after the vendor's retries ran out);
 * - `hard`: a hard bounce.
 */
export type Outcome = 'delivered' | 'activity' | 'soft' | 'hard';

/** Every outcome, in the order the letters are listed. */
export const OUTCOMES: readonly Outcome[] = ['delivered', 'activity', 'soft', 'hard'];

const LETTER_TO_OUTCOME: Readonly<Record<string, Outcome>> = {
  D: 'delivered',
  A: 'activity',
  S: 'soft',
  H: 'hard',
};

const OUTCOME_TO_LETTER: Readonly<Record<Outcome, string>> = {
  delivered: 'D',
  activity: 'A',
  soft: 'S',
  hard: 'H',
};

/** The longest outcome code accepted (the site puts it in a URL). */
export const MAX_OUTCOME_CODE_LENGTH = 520;

/** Thrown by `parseOutcomes` for a code it cannot read; `position` is 0-based. */
export class OutcomeCodeError extends Error {
  readonly position: number;

  constructor(message: string, position: number) {
    super(message);
    this.name = 'OutcomeCodeError';
    this.position = position;
  }
}

/**
 * Reads a URL outcome code, one letter per campaign: `D` delivered, `A` delivered with activity
 * (open or click), `S` soft bounce, `H` hard bounce. Lowercase letters are accepted; spaces are not.
 * @example parseOutcomes('ASS') // ['activity', 'soft', 'soft']
 */
export function parseOutcomes(code: string): Outcome[] {
  if (code.length > MAX_OUTCOME_CODE_LENGTH) {
    throw new OutcomeCodeError(
      `An outcome code holds at most ${String(MAX_OUTCOME_CODE_LENGTH)} campaigns; this one has ${String(code.length)}.`,
      MAX_OUTCOME_CODE_LENGTH,
    );
  }
  const outcomes: Outcome[] = [];
  for (let i = 0; i < code.length; i++) {
    const letter = code.charAt(i);
    const outcome = LETTER_TO_OUTCOME[letter.toUpperCase()];
    if (outcome === undefined) {
      throw new OutcomeCodeError(
        `Unknown letter "${letter}" at position ${String(i + 1)} of "${code}": use D (delivered), A (delivered with an open or click), S (soft bounce) or H (hard bounce).`,
        i,
      );
    }
    outcomes.push(outcome);
  }
  return outcomes;
}

/**
 * Writes outcomes back as a URL code.
 * @example formatOutcomes(['activity', 'soft', 'soft']) // 'ASS'
 */
export function formatOutcomes(outcomes: readonly Outcome[]): string {
  return outcomes.map((outcome) => OUTCOME_TO_LETTER[outcome]).join('');
}

/** One campaign outcome for one address, as the reducer consumes it. */
export interface CampaignEvent {
  /** What happened to this campaign's message. */
  readonly outcome: Outcome;
  /** When the campaign went out: `YYYY-MM-DD` or a day number. */
  readonly date: string | number;
  /** Optional words shown in the timeline, e.g. "552 5.2.2 mailbox full". */
  readonly reason?: string;
}

/**
 * Pairs outcomes with the dates of a campaign schedule.
 * @example eventsFromOutcomes(parseOutcomes('SSS'), { start: 0, cadenceDays: 7 })
 */
export function eventsFromOutcomes(
  outcomes: readonly Outcome[],
  schedule: Schedule,
): CampaignEvent[] {
  const days = campaignDays(schedule, outcomes.length);
  return outcomes.map((outcome, i) => ({ outcome, date: days[i] ?? 0 }));
}
