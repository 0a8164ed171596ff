import { parseOutcomes, type Outcome } from './outcomes.ts';

/** A ready-made timeline for one address, shown as a starting point in the simulator. */
export interface Preset {
  /** Kebab-case id, used in URLs and by lessons: `<EscalationSimulator preset="typo-address" />`. */
  readonly id: string;
  readonly title: string;
  /** What the story is, in one or two sentences. */
  readonly description: string;
  /** One letter per campaign: D delivered, A delivered and opened/clicked, S soft bounce, H hard bounce. */
  readonly outcomes: string;
  /** The bounce reason (a reason id) the soft bounces in this story have. */
  readonly softReason: string;
  /** Days between campaigns. */
  readonly cadenceDays: number;
}

/** The stories the simulator offers; each one shows a different way vendors disagree. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'mailbox-full-two-months',
    title: 'Mailbox full for two months',
    description:
      'A reader who used to open your weekly newsletter lets their mailbox fill up; for nine weeks every send soft bounces, then they clear it out and mail gets through again.',
    outcomes: 'AADSSSSSSSSSDD',
    softReason: 'mailboxfull',
    cadenceDays: 7,
  },
  {
    id: 'abandoned-mailbox',
    title: 'Abandoned mailbox',
    description:
      'Nobody reads this address any more. It fills up and soft bounces every week until, months later, the provider closes the account and it hard bounces.',
    outcomes: 'DDSSSSSSSSSSSSSSSSH',
    softReason: 'mailboxfull',
    cadenceDays: 7,
  },
  {
    id: 'engaged-reader-flaky-server',
    title: 'Engaged reader with a flaky server',
    description:
      'A loyal reader whose company mail server is often overloaded: soft bounces come and go between opens and clicks.',
    outcomes: 'ASASSDASSSASSDSSSASS',
    softReason: 'systemerror',
    cadenceDays: 7,
  },
  {
    id: 'typo-address',
    title: 'Typo address',
    description:
      'Someone signed up as jane@exmaple.com. The very first campaign hard bounces: the domain does not exist.',
    outcomes: 'HDDD',
    softReason: 'mailboxfull',
    cadenceDays: 7,
  },
];

/** The preset with this id, or undefined. */
export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** A preset's outcomes as a list. */
export function presetOutcomes(preset: Preset): Outcome[] {
  return parseOutcomes(preset.outcomes);
}
