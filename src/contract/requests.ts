// Requests in the API: the PBC ("provided by client") list — what is asked, of whom, by when, and the
// answer (comments, attached evidence) with its status. Also the spreadsheet import and export.
import { z } from 'zod';
import { Uuid } from './api.ts';

export const REQUEST_STATUSES = ['open', 'submitted', 'accepted', 'returned'] as const;
export const RequestStatus = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatus>;

/** Where a request stands against its due date: answered (submitted or accepted) requests are never late. */
export const DUE_STATES = ['no_due_date', 'on_track', 'due_soon', 'overdue', 'answered'] as const;
export const DueState = z.enum(DUE_STATES);
export type DueState = z.infer<typeof DueState>;

const IsoDate = z.string().date();
const Line = (max = 300) => z.string().trim().min(1).max(max);
const Text = (max = 10_000) => z.string().trim().max(max);

/** The fields of a request as sent in a change: each optional, none defaulted (absent means unchanged). */
const RequestShape = {
  title: Line(300),
  description: Text(),
  controlIds: z.array(Uuid).max(100),
  dueOn: IsoDate.nullable(),
  assigneeId: Uuid.nullable(),
  systemId: Uuid.nullable(),
};

export const CreateRequestRequest = z.strictObject({
  ...RequestShape,
  description: RequestShape.description.default(''),
  controlIds: RequestShape.controlIds.default([]),
  dueOn: RequestShape.dueOn.default(null),
  assigneeId: RequestShape.assigneeId.default(null),
  systemId: RequestShape.systemId.default(null),
});
export type CreateRequestRequest = z.infer<typeof CreateRequestRequest>;
export const UpdateRequestRequest = z.strictObject(RequestShape).partial();
export type UpdateRequestRequest = z.infer<typeof UpdateRequestRequest>;

/** Submitting or accepting may carry a comment; returning must say why. */
export const SubmitRequestRequest = z.strictObject({ comment: Text(10_000).optional() });
export type SubmitRequestRequest = z.infer<typeof SubmitRequestRequest>;
export const ReturnRequestRequest = z.strictObject({ comment: Line(10_000) });
export type ReturnRequestRequest = z.infer<typeof ReturnRequestRequest>;
export const AddCommentRequest = z.strictObject({ body: Line(10_000) });
export type AddCommentRequest = z.infer<typeof AddCommentRequest>;
export const AttachEvidenceRequest = z.strictObject({ evidenceId: Uuid });
export type AttachEvidenceRequest = z.infer<typeof AttachEvidenceRequest>;

export const UserRef = z.object({ id: Uuid, label: z.string() });
export type UserRef = z.infer<typeof UserRef>;
export const RequestControlRef = z.object({ id: Uuid, code: z.string(), title: z.string(), systemId: Uuid });
export type RequestControlRef = z.infer<typeof RequestControlRef>;

export const RequestComment = z.object({
  id: Uuid,
  author: UserRef.nullable(),
  /** Markdown. */
  body: z.string(),
  /** The status change this comment came with, if any (e.g. the reason for a return). */
  transition: RequestStatus.nullable(),
  at: z.string(),
});
export type RequestComment = z.infer<typeof RequestComment>;

export const RequestAttachment = z.object({
  evidenceId: Uuid,
  title: z.string(),
  fileName: z.string(),
  status: z.string(),
  attachedAt: z.string(),
  attachedBy: UserRef.nullable(),
});
export type RequestAttachment = z.infer<typeof RequestAttachment>;

export const PbcRequest = z.object({
  id: Uuid,
  title: z.string(),
  description: z.string(),
  status: RequestStatus,
  dueOn: z.string().nullable(),
  dueState: DueState,
  assignee: UserRef.nullable(),
  controls: z.array(RequestControlRef),
  systemId: Uuid.nullable(),
  /** Set when the request came from an audit engagement (its auditor accepts or returns it); null for the organization's own. */
  engagementId: Uuid.nullable(),
  createdBy: UserRef.nullable(),
  commentCount: z.number().int(),
  attachmentCount: z.number().int(),
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PbcRequest = z.infer<typeof PbcRequest>;
/** One request with its comment thread (oldest first, the latest 500) and attached evidence. */
export const RequestDetail = PbcRequest.extend({ comments: z.array(RequestComment), attachments: z.array(RequestAttachment) });
export type RequestDetail = z.infer<typeof RequestDetail>;

export const RequestQuery = z.strictObject({
  status: RequestStatus.optional(),
  /** A user id, or `me`. */
  assignee: z.union([Uuid, z.literal('me')]).optional(),
  due: z.enum(['overdue', 'due_soon', 'no_due_date']).optional(),
  controlId: Uuid.optional(),
  /** Only the requests an audit engagement made (`none`: only the organization's own). */
  engagementId: z.union([Uuid, z.literal('none')]).optional(),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type RequestQuery = z.infer<typeof RequestQuery>;
export const RequestList = z.object({ requests: z.array(PbcRequest), nextCursor: z.string().nullable() });
export type RequestList = z.infer<typeof RequestList>;

export const ExportFormat = z.enum(['csv', 'xlsx']);
export type ExportFormat = z.infer<typeof ExportFormat>;
export const RequestExportQuery = RequestQuery.omit({ cursor: true, limit: true });

// Import: a spreadsheet (CSV text, or XLSX as base64) with the columns title, description, controls, due_date, assignee_email.
export const IMPORT_COLUMNS = ['title', 'description', 'controls', 'due_date', 'assignee_email'] as const;
export const REQUEST_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const ImportRequestsRequest = z.strictObject({
  format: ExportFormat,
  /** The CSV text, or the XLSX file in base64. */
  content: z.string().min(1).max(Math.ceil((REQUEST_IMPORT_MAX_BYTES * 4) / 3) + 4),
  /** Resolve control codes within this system only (and set it on every request). */
  systemId: Uuid.nullable().default(null),
});
export type ImportRequestsRequest = z.infer<typeof ImportRequestsRequest>;

/** field is an import column, or '' for the whole row. */
export const RequestImportError = z.object({ field: z.string(), message: z.string() });
export const RequestImportRow = z.object({
  line: z.number().int(),
  valid: z.boolean(),
  errors: z.array(RequestImportError),
  title: z.string(),
  description: z.string(),
  controls: z.array(RequestControlRef),
  dueOn: z.string().nullable(),
  assignee: UserRef.extend({ email: z.string() }).nullable(),
  /** The created request's id, after an import. */
  requestId: Uuid.nullable(),
});
export type RequestImportRow = z.infer<typeof RequestImportRow>;
export const RequestImportPreview = z.object({
  valid: z.boolean(),
  counts: z.object({ valid: z.number().int(), error: z.number().int() }),
  /** Problems with the file as a whole (unreadable, header). */
  fileErrors: z.array(z.object({ line: z.number().int(), message: z.string() })),
  rows: z.array(RequestImportRow),
});
export type RequestImportPreview = z.infer<typeof RequestImportPreview>;
export const RequestImportResult = z.object({ created: z.number().int(), rows: z.array(RequestImportRow) });
export type RequestImportResult = z.infer<typeof RequestImportResult>;
