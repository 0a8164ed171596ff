export {
  SAMPLE_KINDS,
  expectedMessages,
  expectedRecipientSchema,
  sampleSchema,
  sampleVerdictSchema,
  samplesFileSchema,
} from './schema.ts';
export type { ExpectedRecipient, Sample, SampleKind, SampleVerdict } from './schema.ts';
