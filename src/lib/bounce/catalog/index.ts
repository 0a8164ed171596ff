/** Reference data for the reader: reasons, enhanced status codes and SMTP reply codes. */
export { REASONS, describeReason, listReasons } from './reasons/index.ts';
export type { Fault, ReasonDescription, ReasonInfo } from './reasons/index.ts';
export {
  PROVIDER_STATUS_CODES,
  STATUS_CLASSES,
  STATUS_DETAILS,
  STATUS_SUBJECTS,
  describeStatus,
  isStatusCode,
  statusAnchor,
} from './status-codes/index.ts';
export type {
  ProviderStatusCode,
  StatusClassInfo,
  StatusDescription,
  StatusDetailInfo,
  StatusSubjectInfo,
} from './status-codes/index.ts';
export {
  REPLY_CODES,
  REPLY_FIRST_DIGITS,
  REPLY_SECOND_DIGITS,
  describeReplyCode,
} from './reply-codes/index.ts';
export type { ReplyCodeDescription, ReplyCodeInfo, ReplyDigitInfo } from './reply-codes/index.ts';
export { SYSTEM_LABELS, systemLabel } from './systems/index.ts';
