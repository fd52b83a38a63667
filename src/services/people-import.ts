// Importing the roster from CSV: a preview of every row (create / update / unchanged / error), then an
// all-or-nothing apply in one transaction that re-checks the file against the roster as it is then.
import crypto from 'node:crypto';
import type { ImportPreview, ImportResult, ImportRow } from '../contract/people.ts';
import { previewImport, type RosterEntry } from '../domain/people/import.ts';
import type { Db } from '../db/client.ts';
import { insertPeople, listRoster, updatePerson, type PersonRow, type PersonValues } from '../db/people.ts';
import { listMembers } from '../db/memberships.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { AppError, type FieldError } from './errors.ts';
import { authorize } from './gate.ts';
import { actorOf, recordAudits, type AuditRecord } from './audit.ts';
import { personDiff } from './people.ts';

function rosterEntries(rows: readonly PersonRow[]): RosterEntry[] {
  const emailOf = new Map(rows.map((r) => [r.id, r.email]));
  return rows.map((r) => ({
    id: r.id, name: r.name, email: r.email, title: r.title, department: r.department,
    managerEmail: r.managerId ? (emailOf.get(r.managerId) ?? null) : null,
    employmentType: r.employmentType, startDate: r.startDate, endDate: r.endDate,
  }));
}

async function previewAgainstRoster(db: Db, scope: Scope, csv: string) {
  const roster = await listRoster(db, scope);
  return { roster, preview: previewImport(csv, rosterEntries(roster)) };
}

export async function previewPeopleImport(deps: Deps, ctx: Ctx, csv: string): Promise<ImportPreview> {
  const scope = authorize(ctx, 'person.write');
  return (await previewAgainstRoster(deps.db, scope, csv)).preview;
}

/** The preview's problems as field errors: `line.N` for the file, `lines.N.column` for a row. */
export function importFieldErrors(preview: ImportPreview): FieldError[] {
  return [
    ...preview.fileErrors.map((e) => ({ path: `line.${e.line}`, message: e.message })),
    ...preview.rows.flatMap((r) => r.errors.map((e) => ({ path: ['lines', r.line, e.field].filter((x) => x !== '').join('.'), message: e.message }))),
  ];
}

type Values = Omit<PersonValues, 'managerId'>;
const valuesOf = (r: ImportRow, userId: string | null): Values => {
  const p = r.person!;
  return { name: p.name, email: p.email, title: p.title, department: p.department, employmentType: p.employmentType, startDate: p.startDate, endDate: p.endDate, userId };
};

export async function applyPeopleImport(deps: Deps, ctx: Ctx, csv: string): Promise<ImportResult> {
  const scope = authorize(ctx, 'person.write');
  return deps.db.transaction(async (tx) => {
    const { roster, preview } = await previewAgainstRoster(tx, scope, csv);
    if (!preview.valid) {
      const bad = preview.counts.error + (preview.fileErrors.length ? 1 : 0);
      throw new AppError('validation_failed', `${bad} problem row(s) or file error(s); nothing was imported.`, { fields: importFieldErrors(preview) });
    }
    const memberIds = new Map((await listMembers(tx, scope)).map((m) => [m.email, m.userId]));
    const link = (email: string) => memberIds.get(email) ?? null;
    const creates = preview.rows.filter((r) => r.action === 'create');
    const updates = preview.rows.filter((r) => r.action === 'update');
    const created = await insertPeople(tx, scope, creates.map((r) => ({ ...valuesOf(r, link(r.person!.email)), managerId: null })));
    const idOf = new Map([...roster, ...created].map((p) => [p.email, p.id]));
    const managerId = (r: ImportRow) => (r.person!.managerEmail ? idOf.get(r.person!.managerEmail)! : null);
    const at = deps.now();
    for (const r of creates) if (managerId(r)) await updatePerson(tx, scope, idOf.get(r.person!.email)!, { managerId: managerId(r) }, at);
    const importId = crypto.randomUUID();
    const base = { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, objectType: 'person' as const, at };
    const createdAudits: AuditRecord<'person.created'>[] = created.map((p) => ({ ...base, kind: 'person.created', objectId: p.id, data: { name: p.name, email: p.email, importId } }));
    const updatedAudits: AuditRecord<'person.updated'>[] = [];
    const byEmail = new Map(roster.map((p) => [p.email, p]));
    for (const r of updates) {
      const current = byEmail.get(r.person!.email)!;
      const values = { ...valuesOf(r, link(current.email)), managerId: managerId(r) };
      await updatePerson(tx, scope, current.id, values, at);
      updatedAudits.push({ ...base, kind: 'person.updated', objectId: current.id, data: { email: current.email, changes: personDiff(current, values), importId } });
    }
    await recordAudits(tx, createdAudits);
    await recordAudits(tx, updatedAudits);
    const counts = { created: creates.length, updated: updates.length, unchanged: preview.counts.unchanged };
    await recordAudits(tx, [{ ...base, kind: 'people.imported', objectType: 'person_import', objectId: importId, data: counts }]);
    const createdId = new Map(created.map((p) => [p.email, p.id]));
    return { counts: preview.counts, rows: preview.rows.map((r) => (r.action === 'create' ? { ...r, person: { ...r.person!, id: createdId.get(r.person!.email) ?? null } } : r)) };
  });
}
