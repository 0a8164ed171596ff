/**
 * The end-of-track triage exercise: which pile a message belongs in (`triageAction`), the
 * mailboxes of each track, the explanation shown after answering, and the reader's progress.
 * Islands import `piles.ts` and `progress.ts` directly, which do not pull in the reason catalogue.
 */
export { TRIAGE_CASES, triageAction, triageCase, type TriageCase } from './action.ts';
export { evidenceLine, triageFeedback, type EvidenceLine, type TriageFeedback } from './item.ts';
export {
  MAILBOXES,
  TRACK_IDS,
  isTrackId,
  type Mailbox,
  type MailboxItem,
  type TrackId,
} from './mailboxes.ts';
export {
  ACTION_HINTS,
  ACTION_LABELS,
  TRIAGE_ACTIONS,
  isTriageAction,
  type TriageAction,
} from './piles.ts';
export {
  MAX_NAME,
  cleanName,
  dayOf,
  formatDay,
  isDay,
  parseTriageProgress,
  recordAnswer,
  recordName,
  resetTrack,
  resultLine,
  scoreTrack,
  type TrackProgress,
  type TriageProgress,
  type TriageScore,
} from './progress.ts';
