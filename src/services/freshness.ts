// Evidence freshness: a control's expected evidence windows and which have evidence (the control
// page's timeline), the reminders of controls whose next evidence is overdue or due soon, and the
// Type II "has operated" input to readiness. Loads controls and evidence periods, asks the pure core.
import type { ControlFrequency, PersonRef } from '../contract/program.ts';
import {
  DEFAULT_DUE_WITHIN_DAYS, FRESHNESS_MAX_PERIOD_DAYS, REMINDER_LOOKBACK_MONTHS,
  type ControlFreshness, type EvidenceReminder, type EvidenceReminderList, type FreshnessControlRef, type FreshnessQuery, type ReminderQuery,
} from '../contract/freshness.ts';
import { addDays, addMonths, daysBetween, isoDate } from '../domain/calendar/dates.ts';
import { assessFreshness, isWindowed, missedWindows, reminderOf, windowContaining, type EvidencePeriod, type Freshness, type Period } from '../domain/freshness/index.ts';
import type { MissingEvidence } from '../domain/readiness/readiness.ts';
import type { Db } from '../db/client.ts';
import type { PersonRow } from '../db/people.ts';
import { getControl, listControls, type ControlRow } from '../db/controls.ts';
import { anyEvidenceForControls, currentEvidencePeriods, personOfUser, type ControlEvidencePeriod } from '../db/evidence-coverage.ts';
import { getSystem, listSystems } from '../db/systems.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { AppError, notFound } from './errors.ts';
import { authorize } from './gate.ts';
import { decodeCursor, pageOf } from './paging.ts';
import { isPerson, peopleById, personRef } from './people-refs.ts';

/** The default period of a timeline (and the reminders' look-back): the 12 months up to today. */
export function defaultPeriod(today: string): Period {
  return { from: addDays(addMonths(today, -REMINDER_LOOKBACK_MONTHS), 1), to: today };
}

function checkPeriod(query: FreshnessQuery, today: string): Period {
  const fallback = defaultPeriod(today);
  const period = { from: query.from ?? (query.to ? defaultPeriod(query.to).from : fallback.from), to: query.to ?? fallback.to };
  if (period.from > period.to) throw new AppError('validation_failed', 'to: the period ends before it starts', { fields: [{ path: 'to', message: 'must be on or after from' }] });
  if (daysBetween(period.from, period.to) > FRESHNESS_MAX_PERIOD_DAYS) {
    throw new AppError('validation_failed', `to: the period is longer than ${FRESHNESS_MAX_PERIOD_DAYS} days`, { fields: [{ path: 'to', message: `at most ${FRESHNESS_MAX_PERIOD_DAYS} days after from` }] });
  }
  return period;
}

/** The calendar range whose evidence can cover some window of the period (whole windows at both ends). */
function evidenceRange(frequency: ControlFrequency, period: Period, lookAheadTo?: string): Period {
  if (!isWindowed(frequency)) return period;
  const to = windowContaining(frequency, period.to).end;
  return { from: windowContaining(frequency, period.from).start, to: lookAheadTo && lookAheadTo > to ? lookAheadTo : to };
}

const asPeriods = (rows: readonly ControlEvidencePeriod[]): EvidencePeriod[] => rows.map((r) => ({ id: r.id, periodStart: r.periodStart, periodEnd: r.periodEnd, status: 'current' }));

function byControl(rows: readonly ControlEvidencePeriod[]): Map<string, ControlEvidencePeriod[]> {
  const map = new Map<string, ControlEvidencePeriod[]>();
  for (const r of rows) map.set(r.controlId, [...(map.get(r.controlId) ?? []), r]);
  return map;
}

function controlRef(row: ControlRow, people: ReadonlyMap<string, PersonRow>): FreshnessControlRef {
  const ref = (id: string | null): PersonRef | null => (id ? personRef(people.get(id)) : null);
  return { id: row.id, code: row.code, title: row.title, systemId: row.systemId, frequency: row.frequency as ControlFrequency, owner: ref(row.ownerId), backupOwner: ref(row.backupOwnerId) };
}

/** GET /controls/:id/freshness: the control's windows over the period, each with its status and evidence. */
export async function controlFreshness(deps: Deps, ctx: Ctx, controlId: string, query: FreshnessQuery): Promise<ControlFreshness> {
  const scope = authorize(ctx, 'evidence.read');
  const control = await getControl(deps.db, scope, controlId);
  if (!control) throw notFound('No such control.');
  const today = isoDate(deps.now());
  const period = checkPeriod(query, today);
  const frequency = control.frequency as ControlFrequency;
  // Look a little past the period so the next due date knows about evidence already filed for later windows.
  const rows = await currentEvidencePeriods(deps.db, scope, [control.id], evidenceRange(frequency, period, addMonths(today, 13)));
  const people = await peopleById(deps.db, scope, [control.ownerId, control.backupOwnerId]);
  const f = assessFreshness({ frequency, period, evidence: asPeriods(rows), today });
  const base = { control: controlRef(control, people), period, today };
  if (f.kind === 'population') return { ...base, kind: 'population', windows: [], summary: null, nextDue: null };
  const items = new Map(rows.map((r) => [r.id, { id: r.id, title: r.title, periodStart: r.periodStart, periodEnd: r.periodEnd }]));
  return {
    ...base,
    kind: 'windows',
    windows: f.windows.map(({ evidenceIds, ...w }) => ({ ...w, evidence: evidenceIds.map((id) => items.get(id)!) })),
    summary: f.summary,
    nextDue: f.nextDue,
  };
}

interface Assessed {
  control: ControlRow;
  freshness: Freshness;
}

/**
 * Each windowed, active control assessed over its own period, from one evidence query.
 * `periodOf` gives a control's period (or null to skip it).
 */
async function assessControls(db: Db, scope: Scope, controls: readonly ControlRow[], today: string, periodOf: (c: ControlRow) => Period | null, lookAheadTo?: string): Promise<Assessed[]> {
  const wanted = controls.flatMap((c) => {
    const frequency = c.frequency as ControlFrequency;
    const period = isWindowed(frequency) ? periodOf(c) : null;
    return period ? [{ control: c, frequency, period }] : [];
  });
  if (wanted.length === 0) return [];
  const ranges = wanted.map((w) => evidenceRange(w.frequency, w.period, lookAheadTo));
  const range = { from: ranges.reduce((m, r) => (r.from < m ? r.from : m), ranges[0]!.from), to: ranges.reduce((m, r) => (r.to > m ? r.to : m), ranges[0]!.to) };
  const evidence = byControl(await currentEvidencePeriods(db, scope, wanted.map((w) => w.control.id), range));
  return wanted.map((w) => ({ control: w.control, freshness: assessFreshness({ frequency: w.frequency, period: w.period, evidence: asPeriods(evidence.get(w.control.id) ?? []), today }) }));
}

const REMINDERS = 'evidence-reminders';

/**
 * GET /freshness/reminders: active windowed controls whose next evidence is overdue or due within
 * `withinDays`. Reminders look back 12 months, but never before the control was adopted (windows
 * before it existed in attest are shown on its timeline, not nagged about). Ordered by due date.
 */
export async function evidenceReminders(deps: Deps, ctx: Ctx, query: ReminderQuery): Promise<EvidenceReminderList> {
  const scope = authorize(ctx, 'evidence.read');
  const after = decodeCursor(REMINDERS, query.cursor, (key) => /^\d{4}-\d{2}-\d{2} /.test(key));
  const withinDays = query.withinDays ?? DEFAULT_DUE_WITHIN_DAYS;
  let owner: PersonRef | null = null;
  let ownerId: string | undefined;
  if (query.ownerId === 'me') {
    const me = ctx.actor.type === 'user' ? await personOfUser(deps.db, scope, ctx.actor.userId) : undefined;
    if (!me) return { reminders: [], nextCursor: null, withinDays, owner: null };
    owner = me;
    ownerId = me.id;
  } else if (query.ownerId) {
    if (!(await isPerson(deps.db, scope, query.ownerId))) throw notFound('No such person.');
    owner = personRef((await peopleById(deps.db, scope, [query.ownerId])).get(query.ownerId));
    ownerId = query.ownerId;
  }
  let systems: { id: string; name: string }[];
  if (query.systemId) {
    const system = await getSystem(deps.db, scope, query.systemId);
    if (!system) throw notFound('No such system.');
    systems = [{ id: system.id, name: system.name }];
  } else {
    systems = await listSystems(deps.db, scope);
  }
  const systemNames = new Map(systems.map((s) => [s.id, s.name]));
  const controls = (await Promise.all(systems.map((s) => listControls(deps.db, scope, s.id, { status: 'active', ownerId })))).flat();

  const today = isoDate(deps.now());
  const lookback = defaultPeriod(today).from;
  const assessed = await assessControls(deps.db, scope, controls, today, (c) => {
    const adopted = isoDate(c.createdAt);
    return { from: adopted > lookback ? (adopted > today ? today : adopted) : lookback, to: today };
  }, addMonths(today, 13));

  const people = await peopleById(deps.db, scope, controls.flatMap((c) => [c.ownerId, c.backupOwnerId]));
  const due = assessed.flatMap(({ control, freshness }): EvidenceReminder[] => {
    if (freshness.kind !== 'windows' || !freshness.nextDue) return [];
    const state = reminderOf(freshness.nextDue, withinDays);
    if (!state) return [];
    return [{ control: { ...controlRef(control, people), systemName: systemNames.get(control.systemId) ?? '' }, state, nextDue: freshness.nextDue, missingWindows: freshness.summary.missing }];
  });
  const keyOf = (r: EvidenceReminder) => `${r.nextDue.dueDate} ${r.control.code}`;
  due.sort((a, b) => keyOf(a).localeCompare(keyOf(b)) || a.control.id.localeCompare(b.control.id));
  const rest = after ? due.filter((r) => keyOf(r) > after.key || (keyOf(r) === after.key && r.control.id > after.id)) : due;
  const { page, nextCursor } = pageOf(rest, query.limit, REMINDERS, (r) => ({ key: keyOf(r), id: r.control.id }));
  return { reminders: page, nextCursor, withinDays, owner };
}

/** How far back Type II readiness looks for evidence: the minimum observation period. */
export const OPERATING_LOOKBACK_MONTHS = 6;

/**
 * Type II "has operated", per criterion. The minimum: over the last 6 months (a Type II observation
 * period is rarely shorter), every active control that maps to the criterion, has an owner and a
 * periodic frequency must have evidence for each of its windows that has already ended; the window
 * containing today is still open and not required. Continuous and per-occurrence controls are judged on
 * populations later and are not counted here; unowned controls are already a coverage gap. A criterion
 * none of whose controls is judged is left out (not assessed). Undefined (not assessed at all) while
 * none of the controls has any evidence.
 */
export async function operatingByCriterion(db: Db, scope: Scope, controls: readonly ControlRow[], today: Date): Promise<{ operating: Map<string, boolean>; missing: Map<string, MissingEvidence[]> } | undefined> {
  // Like the roster for the people check: until the system's controls have any evidence at all, the
  // vault is not in use yet and "has operated" is reported as not assessed rather than as a gap everywhere.
  if (!(await anyEvidenceForControls(db, scope, controls.map((c) => c.id)))) return undefined;
  const day = isoDate(today);
  const period = { from: addDays(addMonths(day, -OPERATING_LOOKBACK_MONTHS), 1), to: day };
  const assessed = await assessControls(db, scope, controls.filter((c) => c.status === 'active' && c.ownerId !== null), day, () => period);
  const operating = new Map<string, boolean>();
  const missing = new Map<string, MissingEvidence[]>();
  for (const { control, freshness } of assessed) {
    const windows = missedWindows(freshness, day) ?? [];
    for (const criterion of control.criteria) {
      operating.set(criterion, (operating.get(criterion) ?? true) && windows.length === 0);
      if (windows.length) missing.set(criterion, [...(missing.get(criterion) ?? []), { controlId: control.id, code: control.code, windows }]);
    }
  }
  return { operating, missing };
}
