/**
 * The sources of facts, in the order they are asked. Each reads one kind of evidence; the first
 * that recognises the message gives the verdict. Reports that only look like bounces come first
 * (they share the report envelope), then structured events, the standard report part, a bounce
 * attached to a wrapper, and last the bounce's text layout, which also says when a message is an
 * auto-reply or no bounce at all. Input that is not a message at all is read by `readBare`.
 */
import { attachedSource } from './attached/index.ts';
import { lookalikeSource } from './lookalike/index.ts';
import { notificationSource } from './notification/index.ts';
import { reportPartSource } from './report-part/index.ts';
import { textLayoutSource } from './text-layout/index.ts';
import type { FactSource } from './types.ts';

export { readEvents } from './notification/index.ts';
export { readBare } from './transcript/index.ts';
export type { FactSource, Pipeline } from './types.ts';

/** The sources, in the order they are asked. */
export const SOURCE_ORDER: readonly FactSource[] = [
  lookalikeSource,
  notificationSource,
  reportPartSource,
  attachedSource,
  textLayoutSource,
];
