// Public API of the opinion proposal.
export {
  proposeOpinion,
  REASON_KINDS,
  type DescriptionFinding,
  type DesignFinding,
  type OperatingFinding,
  type OpinionInput,
  type OpinionProposal,
  type OpinionReason,
  type ReasonKind,
  type ScopeLimitation,
} from './propose.ts';
export {
  assessPervasiveness,
  ENTITY_LEVEL_SERIES,
  isEntityLevel,
  joinList,
  PERVASIVE_SECTION_COUNT,
  PERVASIVE_SHARE,
  seriesOf,
  shareGround,
  SYSTEM_WIDE_SECTIONS,
  type PervasivenessAssessment,
} from './pervasiveness.ts';
export { OPINION_LABELS, OPINIONS, type Opinion } from '../examination/vocabulary.ts';
