/**
 * The "Hard or soft?" drill's engine: the pool built from the samples at build time, variants,
 * the seeded draw, spaced repetition, the stored progress and the result card. Islands import the
 * single modules they need (never this barrel), so the page does not ship the pool builder.
 */
export {
  resultCard,
  roundScore,
  type CardInput,
  type RoundAnswer,
  type RoundScore,
} from './card/index.ts';
export { drawRound, ROUND_SIZE, type Drawable, type DrawOptions } from './draw/index.ts';
export { excerpt, type Window } from './excerpt/index.ts';
export { locate, segments, type Mark, type Segment } from './marks/index.ts';
export { askable, OPTION_COUNT, reasonOptions } from './options/index.ts';
export * from './pool/index.ts';
export * from './progress/index.ts';
export { checkSeed, makeSeed, seedNumber, shuffle, type SeedCheck } from './random/index.ts';
export * from './schedule/index.ts';
export {
  applyEdits,
  planVariant,
  type Edit,
  type Variant,
  type VariantChange,
} from './variants/index.ts';
