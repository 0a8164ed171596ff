import { persistentAtom } from '@nanostores/persistent';
import type { MailboxItem, TrackId } from '../lib/triage/mailboxes.ts';
import type { TriageAction } from '../lib/triage/piles.ts';
import {
  dayOf,
  parseTriageProgress,
  recordAnswer,
  recordName,
  resetTrack,
  type TriageProgress,
} from '../lib/triage/progress.ts';

function decode(raw: string): TriageProgress {
  try {
    return parseTriageProgress(JSON.parse(raw));
  } catch {
    return {};
  }
}

/** The triage exercise's answers per track, kept in this browser only. */
export const $triage = persistentAtom<TriageProgress>(
  'bounce-lab:triage',
  {},
  {
    encode: JSON.stringify,
    decode,
  },
);

/** Sorts one message into a pile; the first answer stands. Finishing dates the result today. */
export function answerTriage(
  track: TrackId,
  items: readonly MailboxItem[],
  sample: string,
  action: TriageAction,
): void {
  $triage.set(recordAnswer($triage.get(), track, items, sample, action, dayOf(new Date())));
}

/** Sets the name printed on a track's result. */
export function nameTriage(track: TrackId, name: string): void {
  $triage.set(recordName($triage.get(), track, name));
}

/** Clears a track's answers so the exercise can be done again. */
export function restartTriage(track: TrackId): void {
  $triage.set(resetTrack($triage.get(), track));
}
