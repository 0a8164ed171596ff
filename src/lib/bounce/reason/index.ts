export { REASON_IDS, categoryOf, isReasonId } from './ids.ts';
export type { Category, ReasonId } from './ids.ts';
