/** Data and geometry for the course's teaching diagrams; rendering lives in src/components/diagrams. */
export {
  EDGES,
  NODES,
  VARIANTS,
  VIEW,
  edgeOf,
  edgesOf,
  headPoints,
  nodeById,
  shaftPath,
  variantById,
} from './bounce-path/index.ts';
export type {
  EdgeId,
  NodeId,
  PathEdge,
  PathNode,
  PathStep,
  PathVariant,
  Point,
  VariantId,
} from './bounce-path/index.ts';
export { moveForKey, stepAfter, stepLabel } from './stepper/index.ts';
export type { Move } from './stepper/index.ts';
export { CONTEXT_LABELS, dsnAnatomy } from './dsn-anatomy/index.ts';
export type {
  AnatomyField,
  AnatomyNote,
  AnatomyRegion,
  DsnAnatomy,
  NoteContext,
  RegionKind,
} from './dsn-anatomy/index.ts';
export { PROVIDER_CODES_ANCHOR, statusMap } from './status-map/index.ts';
export type { MapCode, MapColumn, MapRow, StatusMap } from './status-map/index.ts';
