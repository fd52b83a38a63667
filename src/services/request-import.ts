// Importing a request list from a spreadsheet (CSV, or XLSX as auditors usually send): a preview of
// every row with all its errors, then an all-or-nothing apply that re-checks the file in its transaction.
import crypto from 'node:crypto';
import type ExcelJS from 'exceljs';
import type { ImportRequestsRequest, RequestControlRef, RequestImportPreview, RequestImportResult } from '../contract/requests.ts';
import { previewRequestImport, tableFromCsv, type ImportRefs, type Table } from '../domain/requests/import.ts';
import type { Db } from '../db/client.ts';
import { listMembers } from '../db/memberships.ts';
import { insertRequestControls, insertRequests, listActiveControlRefs } from '../db/requests.ts';
import { getSystemsByIds } from '../db/vendors.ts';
import { REQUEST_IMPORT_MAX_BYTES } from '../contract/requests.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { AppError, type FieldError } from './errors.ts';
import { authorize } from './gate.ts';
import { actorOf, recordAudits, type AuditRecord } from './audit.ts';
import { sendMails } from './mailer.ts';
import { notify, type NewNotification } from './notifications.ts';

const tooLarge = () => new AppError('validation_failed', `The file is larger than ${REQUEST_IMPORT_MAX_BYTES / 1024 / 1024} MB.`, { fields: [{ path: 'content', message: 'at most 2 MB' }] });

/** A cell as text: dates as YYYY-MM-DD (UTC, as spreadsheets store them), rich text and formulas by their shown value. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/** The first worksheet of an XLSX file as a table; a file that is not XLSX is a file error. */
export async function tableFromXlsx(base64: string): Promise<Table> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > REQUEST_IMPORT_MAX_BYTES) throw tooLarge();
  const { default: Excel } = await import('exceljs'); // loaded on first import, not at every start
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { records: [], errors: [{ line: 1, message: 'the file is not a readable XLSX workbook' }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { records: [], errors: [{ line: 1, message: 'the workbook has no worksheet' }] };
  const records: Table['records'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    records.push({ line, cells });
  });
  return { records, errors: [] };
}

async function readTable(input: ImportRequestsRequest): Promise<Table> {
  if (input.format === 'xlsx') return tableFromXlsx(input.content);
  if (Buffer.byteLength(input.content, 'utf8') > REQUEST_IMPORT_MAX_BYTES) throw tooLarge();
  return tableFromCsv(input.content);
}

async function refsOf(db: Db, scope: Scope, systemId: string | null): Promise<ImportRefs> {
  if (systemId && (await getSystemsByIds(db, scope, [systemId])).length === 0) {
    throw new AppError('validation_failed', 'systemId: no such system in this organization', { fields: [{ path: 'systemId', message: 'no such system in this organization' }] });
  }
  const controlsByCode = new Map<string, RequestControlRef[]>();
  for (const c of await listActiveControlRefs(db, scope, systemId)) {
    const key = c.code.toLowerCase();
    controlsByCode.set(key, [...(controlsByCode.get(key) ?? []), c]);
  }
  const membersByEmail = new Map((await listMembers(db, scope)).map((m) => [m.email.toLowerCase(), { id: m.userId, label: m.name, email: m.email }]));
  return { controlsByCode, membersByEmail };
}

export async function previewRequestsImport(deps: Deps, ctx: Ctx, input: ImportRequestsRequest): Promise<RequestImportPreview> {
  const scope = authorize(ctx, 'request.write');
  const table = await readTable(input);
  return previewRequestImport(table, await refsOf(deps.db, scope, input.systemId));
}

/** The preview's problems as field errors: `line.N` for the file, `lines.N.column` for a row. */
function importFieldErrors(preview: RequestImportPreview): FieldError[] {
  return [
    ...preview.fileErrors.map((e) => ({ path: `line.${e.line}`, message: e.message })),
    ...preview.rows.flatMap((r) => r.errors.map((e) => ({ path: ['lines', r.line, e.field].filter((x) => x !== '').join('.'), message: e.message }))),
  ];
}

export async function applyRequestsImport(deps: Deps, ctx: Ctx, input: ImportRequestsRequest): Promise<RequestImportResult> {
  const scope = authorize(ctx, 'request.write');
  const table = await readTable(input);
  const { result, mails } = await deps.db.transaction(async (tx) => {
    const preview = previewRequestImport(table, await refsOf(tx, scope, input.systemId));
    if (!preview.valid) {
      const bad = preview.counts.error + (preview.fileErrors.length ? 1 : 0);
      throw new AppError('validation_failed', `${bad} problem row(s) or file error(s); nothing was imported.`, { fields: importFieldErrors(preview) });
    }
    const at = deps.now();
    const userId = ctx.actor.type === 'user' ? ctx.actor.userId : null;
    const created = await insertRequests(tx, scope, preview.rows.map((r) => ({
      title: r.title, description: r.description, dueOn: r.dueOn, assigneeId: r.assignee?.id ?? null, systemId: input.systemId,
      createdById: userId, createdByLabel: ctx.actor.label, createdAt: at, updatedAt: at,
    })));
    await insertRequestControls(tx, scope, preview.rows.flatMap((r, i) => r.controls.map((c) => ({ requestId: created[i]!.id, controlId: c.id }))));
    const importId = crypto.randomUUID();
    const base = { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, at };
    const audits: AuditRecord<'request.created'>[] = created.map((row, i) => ({
      ...base, kind: 'request.created', objectType: 'request', objectId: row.id,
      data: { title: row.title, dueOn: row.dueOn, assigneeId: row.assigneeId, controlIds: preview.rows[i]!.controls.map((c) => c.id), importId },
    }));
    await recordAudits(tx, audits);
    await recordAudits(tx, [{ ...base, kind: 'requests.imported', objectType: 'request_import', objectId: importId, data: { created: created.length, format: input.format } }]);
    const notices: NewNotification[] = created.flatMap((row) => (row.assigneeId && row.assigneeId !== userId
      ? [{ userId: row.assigneeId, kind: 'request_assigned' as const, title: `Request assigned to you: ${row.title}`, body: `${ctx.actor.label} assigned you the request "${row.title}" (imported).${row.dueOn ? ` It is due on ${row.dueOn}.` : ''}`, link: `/requests/${row.id}` }]
      : []));
    const mails = await notify(tx, deps.config, scope, notices, at);
    return { result: { created: created.length, rows: preview.rows.map((r, i) => ({ ...r, requestId: created[i]!.id })) }, mails };
  });
  sendMails(deps.config, mails);
  return result;
}
