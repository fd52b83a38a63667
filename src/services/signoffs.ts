// Workpaper sign-off and notes. A preparer signs a concluded test, then a different member of the team reviews it;
// each sign-off records the digest of what it covers (src/services/workpapers.ts, signedContent), so any later change
// shows as "changed since review". Review notes thread on a test; internal notes are shared with the organization only
// when the firm says so.
import type { AddNoteRequest, TestPlan, WorkpaperNote, WorkpaperNoteList } from '../contract/test-plans.ts';
import { currentSignoffs, getNote, getPlan, insertNote, insertSignoff, listNotes, updateNote } from '../db/test-plans.ts';
import type { Ctx, Deps } from './context.ts';
import { loadEngagement } from './engagements.ts';
import { AppError, notFound } from './errors.ts';
import { authorizeEngagement } from './gate.ts';
import { readTestPlan } from './test-plans.ts';
import { failFields, loadPlan, noteOf, planState, recordFirm, requireOpen } from './workpapers.ts';

export async function signTestPlan(deps: Deps, ctx: Ctx, engagementId: string, planId: string, role: 'preparer' | 'reviewer'): Promise<TestPlan> {
  await deps.db.transaction(async (tx) => {
    const loaded = await loadPlan(tx, ctx, engagementId, planId, role === 'preparer' ? 'workpaper.write' : 'workpaper.review', true);
    const { engagement: e, plan, control } = loaded;
    requireOpen(e);
    if (!plan.conclusion) throw new AppError('test_plan_incomplete', `Conclude ${control.code}'s test before signing it.`);
    const { digest } = await planState(tx, e, loaded);
    const current = await currentSignoffs(tx, [plan.id]);
    const other = current.find((s) => s.role !== role);
    const me = ctx.actor.userId;
    if (other && other.userId === me) {
      throw new AppError('signoff_not_allowed', role === 'reviewer' ? 'You prepared this test: a different member of the team reviews it.' : 'You reviewed this test: a different member of the team prepares it.');
    }
    if (role === 'reviewer') {
      if (!other) throw new AppError('signoff_not_allowed', 'The preparer signs first; the reviewer then signs what was prepared.');
      if (other.digest !== digest) throw new AppError('signoff_not_allowed', 'The test changed since the preparer signed: the preparer signs it again before review.');
    }
    const at = deps.now();
    const row = await insertSignoff(tx, { engagementId: e.id, testPlanId: plan.id, role, userId: ctx.actor.type === 'user' ? me : null, label: ctx.actor.label, digest, signedAt: at });
    await recordFirm(tx, ctx, loaded, 'workpaper.signed', 'signoff', row.id, { engagementId: e.id, code: control.code, role, digest }, at);
  });
  return readTestPlan(deps, ctx, engagementId, planId);
}

// ---- notes

/** The firm's team sees every note; the organization sees the internal notes the firm shared, nothing else. */
export async function listWorkpaperNotes(deps: Deps, ctx: Ctx, engagementId: string, testPlanId?: string): Promise<WorkpaperNoteList> {
  const { engagement, access } = await loadEngagement(deps.db, ctx, engagementId, 'engagement.read');
  if (access.side === 'firm') authorizeEngagement(ctx, engagement, 'workpaper.read');
  const rows = await listNotes(deps.db, engagement.id, { testPlanId, onlyShared: access.side !== 'firm' });
  return { notes: rows.filter((n) => access.side === 'firm' || n.kind === 'internal').map(noteOf) };
}

export async function addWorkpaperNote(deps: Deps, ctx: Ctx, engagementId: string, input: AddNoteRequest): Promise<WorkpaperNote> {
  return deps.db.transaction(async (tx) => {
    const loaded = await loadEngagement(tx, ctx, engagementId, input.kind === 'review_note' ? 'workpaper.review' : 'workpaper.write');
    const e = loaded.engagement;
    if (input.kind === 'review_note' && !input.testPlanId) failFields([{ path: 'testPlanId', message: 'a review note is on a test plan' }]);
    if (input.kind === 'review_note' && input.shared) failFields([{ path: 'shared', message: 'review notes stay within the firm; share an internal note instead' }]);
    if (input.testPlanId && !(await getPlan(tx, e.id, input.testPlanId))) throw notFound('No such test plan.');
    const at = deps.now();
    const row = await insertNote(tx, {
      engagementId: e.id, testPlanId: input.testPlanId ?? null, kind: input.kind, body: input.body, shared: input.shared,
      authorId: ctx.actor.type === 'user' ? ctx.actor.userId : null, authorLabel: ctx.actor.label, createdAt: at,
    });
    await recordFirm(tx, ctx, loaded, 'workpaper.note_added', 'workpaper_note', row.id, { engagementId: e.id, testPlanId: row.testPlanId, kind: row.kind, shared: row.shared }, at);
    return noteOf(row);
  });
}

export async function changeWorkpaperNote(deps: Deps, ctx: Ctx, engagementId: string, noteId: string, change: { resolved: true } | { shared: boolean }): Promise<WorkpaperNote> {
  return deps.db.transaction(async (tx) => {
    const loaded = await loadEngagement(tx, ctx, engagementId, 'workpaper.write');
    const e = loaded.engagement;
    const note = await getNote(tx, e.id, noteId);
    if (!note) throw notFound('No such note.');
    const at = deps.now();
    let row;
    let what: 'resolved' | 'shared' | 'unshared';
    if ('resolved' in change) {
      if (note.resolvedAt) return noteOf(note);
      row = await updateNote(tx, e.id, note.id, { resolvedAt: at });
      what = 'resolved';
    } else {
      if (note.kind !== 'internal') failFields([{ path: 'shared', message: 'review notes stay within the firm' }]);
      if (note.shared === change.shared) return noteOf(note);
      row = await updateNote(tx, e.id, note.id, { shared: change.shared });
      what = change.shared ? 'shared' : 'unshared';
    }
    await recordFirm(tx, ctx, loaded, 'workpaper.note_changed', 'workpaper_note', note.id, { engagementId: e.id, change: what }, at);
    return noteOf(row);
  });
}
