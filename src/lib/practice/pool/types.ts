/**
 * The practice pool: what the page ships to the browser. Built once at build time by `buildPool`
 * with the real classifier; the browser only draws from it, so it never loads the classifier.
 */
import type { MessageKind } from '../../bounce/classify/types.ts';
import type { Category, ReasonId } from '../../bounce/reason/ids.ts';
import type { Window } from '../excerpt/index.ts';
import type { Mark } from '../marks/index.ts';
import type { Edit } from '../variants/edits.ts';

/** What an item practises: its reason, or `not-bounce` for a message that names no recipient. */
export type Topic = ReasonId | 'not-bounce';

/**
 * How the reader meets the item: a raw message (or log), one SMTP reply line, or a row of an
 * email service's event log.
 */
export type ItemFormat = 'message' | 'line' | 'event';

/** Where an item comes from: a sample as written, a variant of it, or its reply line alone. */
export type ItemOrigin = 'sample' | 'variant' | 'reply-line';

/** One cell of an event row; `marks` index into `value`. */
export interface EventCell {
  name: string;
  value: string;
  marks: Mark[];
}

/** One message to practise on, with the verdict the classifier gave it at build time. */
export interface PracticeItem {
  /** e.g. `gmail-mailbox-full`, `gmail-mailbox-full~v1`, `three-bounces.2~line`. */
  id: string;
  /** The sample id in content/samples/samples.yaml. */
  sample: string;
  /** Index of the message inside the sample file (an mbox holds several), from 0. */
  message: number;
  origin: ItemOrigin;
  format: ItemFormat;
  /** What the reader is looking at, said before they answer, e.g. "A row of a bounce log". */
  caption: string;
  /** Key of the original text in `PracticePool.texts`. */
  text: string;
  /** Edits that turn the original text into this variant's text. */
  edits?: Edit[] | undefined;
  /** The part that matters, shown by default (windows of the item's text). */
  excerpt: Window[];
  /** Evidence in the item's text. */
  marks: Mark[];
  /** For `event` items: the row's cells. */
  cells?: EventCell[] | undefined;
  kind: MessageKind;
  /** The classifier's verdict: what a right answer is. */
  category: Category;
  topic: Topic;
  /** The failed address ('' when the message names none). */
  recipient: string;
  status?: string | undefined;
  replyCode?: string | undefined;
  /** The reason question's options (the right one among them), or [] when it is not asked. */
  options: ReasonId[];
  /** The sample's title, shown after the answer. */
  title: string;
  /** The system that wrote the message, shown after the answer. */
  system: string;
  /** One sentence of why. */
  why: string;
  /** For an email service's event: what the service itself calls it. */
  service?: string | undefined;
}

/** Words for a topic: a short label and one line of what it means. */
export interface TopicInfo {
  label: string;
  summary: string;
}

/** Every item with its texts: what `buildPool` makes. */
export interface PracticePool {
  version: 1;
  /** Original texts by key, line ends normalised to LF. */
  texts: Record<string, string>;
  /** Every item, sorted by id. */
  items: PracticeItem[];
  /** Labels for every topic an item practises or a question offers. */
  topics: Record<string, TopicInfo>;
}

/** What the browser needs to draw a round: every item's id, sample, category and topic. */
export interface PracticeIndexItem {
  id: string;
  sample: string;
  category: Category;
  topic: Topic;
}

/**
 * The pool as the page ships it: a small index inline in the page, and one chunk per sample
 * fetched when a round needs it, so a round loads its ten messages, not every sample.
 */
export interface PracticeIndex {
  version: 1;
  items: PracticeIndexItem[];
  topics: Record<string, TopicInfo>;
}

/** One sample's items and the texts they need. */
export interface SampleChunk {
  version: 1;
  sample: string;
  texts: Record<string, string>;
  items: PracticeItem[];
}
