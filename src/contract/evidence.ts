// Evidence in the API: immutable files with what they cover (controls, criteria, period), superseded
// or tombstoned but never edited. Uploads are multipart/form-data: a `metadata` field (JSON text,
// validated by EvidenceMetadata) followed by exactly one `file` part.
import { z } from 'zod';
import { CriterionCategory, Uuid } from './api.ts';
import { CriterionId } from './program.ts';

export const EVIDENCE_SOURCES = ['upload', 'import', 'connector'] as const;
export const EvidenceSource = z.enum(EVIDENCE_SOURCES);
export type EvidenceSource = z.infer<typeof EvidenceSource>;
export const EVIDENCE_STATUSES = ['current', 'superseded', 'removed'] as const;
export const EvidenceStatus = z.enum(EVIDENCE_STATUSES);
export type EvidenceStatus = z.infer<typeof EvidenceStatus>;

export const EVIDENCE_SOURCE_LABELS: Readonly<Record<EvidenceSource, string>> = { upload: 'Upload', import: 'Import', connector: 'Connector' };
export const EVIDENCE_STATUS_LABELS: Readonly<Record<EvidenceStatus, string>> = { current: 'Current', superseded: 'Superseded', removed: 'Removed' };

/** Multipart field names, in the order the server requires them. */
export const EVIDENCE_METADATA_FIELD = 'metadata';
export const EVIDENCE_FILE_FIELD = 'file';
/** The largest `metadata` field accepted, in bytes. */
export const EVIDENCE_METADATA_MAX_BYTES = 64 * 1024;

const IsoDate = z.string().date();

/** The `metadata` field of an upload or a supersede (parsed from its JSON text). */
export const EvidenceMetadata = z.strictObject({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).default(''),
  /** When the evidence was collected; defaults to the upload time. */
  collectedAt: z.string().datetime({ offset: true }).optional(),
  /** The period the evidence is about (inclusive dates), not the upload date. */
  periodStart: IsoDate,
  periodEnd: IsoDate,
  controlIds: z.array(Uuid).max(50).default([]),
  criterionIds: z.array(CriterionId).max(50).default([]),
  source: EvidenceSource.default('upload'),
});
export type EvidenceMetadata = z.infer<typeof EvidenceMetadata>;
/** What a client sends (before defaults). */
export type EvidenceMetadataInput = z.input<typeof EvidenceMetadata>;

export const TombstoneEvidenceRequest = z.strictObject({ reason: z.string().trim().min(1).max(1000) });
export type TombstoneEvidenceRequest = z.infer<typeof TombstoneEvidenceRequest>;

export const EvidenceControlRef = z.object({ id: Uuid, code: z.string(), title: z.string(), systemId: Uuid });
export type EvidenceControlRef = z.infer<typeof EvidenceControlRef>;

export const EvidenceItem = z.object({
  id: Uuid,
  title: z.string(),
  description: z.string(),
  source: EvidenceSource,
  /** The original file name, sanitized (base name only); metadata, never a storage path. */
  fileName: z.string(),
  /** Sniffed from the bytes, not taken from the client. */
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  collectedAt: z.string(),
  collectedBy: z.object({ id: Uuid.nullable(), label: z.string() }),
  periodStart: z.string(),
  periodEnd: z.string(),
  controls: z.array(EvidenceControlRef),
  criteria: z.array(z.string()),
  status: EvidenceStatus,
  supersedesId: Uuid.nullable(),
  supersededById: Uuid.nullable(),
  removedAt: z.string().nullable(),
  removedReason: z.string().nullable(),
  /** The ledger entry that recorded this item's bytes (its add or supersede). */
  ledgerSeq: z.number().int(),
  createdAt: z.string(),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

/** A short reference to a neighbouring version. */
export const EvidenceSummary = z.object({
  id: Uuid,
  title: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  status: EvidenceStatus,
  collectedAt: z.string(),
  createdAt: z.string(),
});
export type EvidenceSummary = z.infer<typeof EvidenceSummary>;

export const EvidenceDetail = EvidenceItem.extend({ supersedes: EvidenceSummary.nullable(), supersededBy: EvidenceSummary.nullable() });
export type EvidenceDetail = z.infer<typeof EvidenceDetail>;

const BoolText = z.enum(['true', 'false']).transform((v) => v === 'true');
export const EvidenceQuery = z.strictObject({
  systemId: Uuid.optional(),
  controlId: Uuid.optional(),
  /** Items linked to the criterion directly or through a linked control. */
  criterionId: CriterionId.optional(),
  /** Items linked (directly or through a control) to a criterion of this category. */
  category: CriterionCategory.optional(),
  /** Period overlap: items whose period ends on or after `from` and starts on or before `to`. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  source: EvidenceSource.optional(),
  /** A user id. */
  collectedBy: Uuid.optional(),
  /** Text in the title (case-insensitive). */
  q: z.string().trim().max(200).optional(),
  includeRemoved: BoolText.default(false),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type EvidenceQuery = z.infer<typeof EvidenceQuery>;
export const EvidenceList = z.object({ items: z.array(EvidenceItem), nextCursor: z.string().nullable() });
export type EvidenceList = z.infer<typeof EvidenceList>;

export const EvidenceContentQuery = z.strictObject({ disposition: z.enum(['inline', 'attachment']).default('attachment') });

/** The receipt of one item: the item, then the ledger receipt (entry, checkpoint, signature, public key). */
export const EvidenceReceipt = z.looseObject({ item: EvidenceSummary });
export type EvidenceReceipt = z.infer<typeof EvidenceReceipt>;
