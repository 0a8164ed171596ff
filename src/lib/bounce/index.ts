/**
 * Bounce Lab's classifier: pure TypeScript, the same in browser widgets, at build time, in the CLI
 * and in tests. Start with `classify`.
 */
export { classify, DEFAULT_MAX_BYTES } from './classify/index.ts';
export { decodeBytes } from './text/index.ts';
export type {
  ClassifyErrorCode,
  ClassifyOptions,
  ClassifyResult,
  Evidence,
  MessageKind,
  MessageVerdict,
  RecipientVerdict,
  TraceStep,
} from './classify/index.ts';
export { DECISION_ORDER, type DecisionStep } from './decide/index.ts';
export { PHRASE_RULES, REPLY_RULES, STATUS_RULES } from './rules/index.ts';
export type { PhraseRule, ReplyRule, StatusRule } from './rules/index.ts';
export {
  REASON_IDS,
  categoryOf,
  isReasonId,
  type Category,
  type ReasonId,
} from './reason/index.ts';
