/**
 * Same bounce, every service: how each email service in `content/policies` treats one classified
 * bounce, and the known disagreements between vendors, standards and tools
 * (`content/disagreements.yaml`). Islands import `verdicts.ts` directly, never this barrel,
 * because the schema pulls in zod.
 */
export {
  BounceDisagreementSchema,
  DisagreementsFileSchema,
  MatcherSchema,
  SourcedVerdictSchema,
  parseDisagreements,
  type BounceDisagreement,
  type Matcher,
  type SourcedVerdict,
} from './disagreement-schema.ts';
export {
  espVerdicts,
  matchDisagreements,
  type EspVerdictRow,
  type VerdictInput,
} from './verdicts.ts';
export { RETRY_SOURCES, espDelayRows, type DelayRow } from './delays.ts';
