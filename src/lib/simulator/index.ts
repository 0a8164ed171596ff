/** The soft-bounce escalation engine: policies as data, a pure reducer, and a seeded list mode. */
export {
  PolicySchema,
  RuleSchema,
  SoftRuleSchema,
  HardRuleSchema,
  SourceSchema,
  DisagreementSchema,
  CategorySchema,
  TermsSchema,
  OverrideSchema,
  ResetOnSchema,
  parsePolicy,
  type Policy,
  type PolicyInput,
  type Rule,
  type SoftRule,
  type HardRule,
  type ResetOn,
  type Source,
  type Terms,
  type Override,
  type PolicyCategory,
} from './policy-schema.ts';
export {
  toDay,
  fromDay,
  campaignDates,
  campaignDays,
  type DayInput,
  type Schedule,
} from './day.ts';
export {
  parseOutcomes,
  formatOutcomes,
  eventsFromOutcomes,
  OutcomeCodeError,
  OUTCOMES,
  MAX_OUTCOME_CODE_LENGTH,
  type Outcome,
  type CampaignEvent,
} from './outcomes.ts';
export { softLimit, type Phase, type Transition } from './core.ts';
export {
  step,
  simulate,
  initialState,
  isFinal,
  ordinal,
  type AddressState,
  type Status,
  type Totals,
} from './step.ts';
export {
  simulateList,
  MAX_CONTACTS,
  MAX_CAMPAIGNS,
  type ListOptions,
  type ListRates,
  type ListResult,
  type CampaignFigures,
} from './list.ts';
export { customPolicy, type CustomRuleOptions } from './custom.ts';
export { mulberry32, type Random } from './random/index.ts';
export { PRESETS, findPreset, presetOutcomes, type Preset } from './presets.ts';
export { runScenario, type ScenarioCampaign, type ScenarioRun } from './scenario.ts';
export { treat, type Treatment } from './treatment.ts';
export { plural, formatCount } from './plural.ts';
export {
  readNumber,
  readDate,
  describeRange,
  CADENCE_DAYS,
  CUSTOM_LIMIT,
  CONTACTS,
  LIST_CAMPAIGNS,
  PERCENT,
  SEED,
  START_RANGE,
  type NumberField,
  type FieldResult,
} from './fields.ts';
export { niceTicks, spreadLabels, stripLayout, type StripLayout } from './chart.ts';
export {
  readLink,
  writeLink,
  MAX_TIMELINE_CAMPAIGNS,
  type LinkScenario,
  type LinkInput,
  type LinkResult,
} from './link.ts';
