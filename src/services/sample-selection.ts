// A test plan's population, sample size and re-performable selection. The population is a file: the client's evidence
// item (CSV/XLSX, its key column named) or a list entered by hand, stored as a CSV blob with the header `key`. Either
// way its SHA-256 is recorded, so the selection (HMAC-SHA256 ranking with a recorded seed, DESIGN.md) can be re-performed
// from the file alone. A selection is never replaced silently: changing the population or the size of a plan that
// has one needs `discardSelection` with a reason, which is recorded.
import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import { SELECTION_ALGORITHM, type SelectSampleRequest, type SetPopulationRequest, type SetSampleSizeRequest, type TestPlan } from '../contract/test-plans.ts';
import {
  SamplingInputError, frequencyTableFromFlat, attributeSampleSize, checkPopulationKeys, frequencySampleSize, populationFromCsv, selectSample,
  type FrequencyTable,
} from '../domain/sampling/index.ts';
import type { ControlNature } from '../contract/program.ts';
import type { Db } from '../db/client.ts';
import type { EngagementView } from '../db/engagements.ts';
import { getEvidence, lockBlob } from '../db/evidence.ts';
import { deleteItems, insertItems } from '../db/sample-items.ts';
import { updatePlan, type PlanControl, type TestPlanRow, type TestPlanValues } from '../db/test-plans.ts';
import type { PutResult } from '../storage/blob-store.ts';
import { actorOf, recordAudit } from './audit.ts';
import type { Ctx, Deps } from './context.ts';
import { AppError, notFound } from './errors.ts';
import { discardBlob, loadEvidence } from './evidence.ts';
import { hmacSha256, populationFormat, readPopulation } from './population-file.ts';
import { readTestPlan } from './test-plans.ts';
import { clientScope, failFields, loadPlan, recordFirm, requireOpen, type LoadedPlan } from './workpapers.ts';

const invalid = (err: unknown): never => {
  if (err instanceof SamplingInputError) throw new AppError('population_invalid', `The population cannot be used: ${err.message}.`);
  throw err;
};

async function readBlob(deps: Deps, sha256: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await deps.blobs.open(sha256)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A list entered by hand as CSV text: the header `key`, then each key as one cell (quoted when it needs to be). */
export function manualPopulationCsv(keys: readonly string[]): string {
  const cell = (k: string) => (/[",\r\n]/.test(k) ? `"${k.replace(/"/g, '""')}"` : k);
  return ['key', ...keys.map(cell)].join('\n') + '\n';
}

interface ReadPopulation {
  keys: string[];
  bytes: Buffer;
  fileName: string;
}

/** The client's evidence item (within the engagement's period) read as a population; the read is in the client's ledger. */
async function populationFromEvidence(deps: Deps, ctx: Ctx, e: EngagementView, evidenceId: string, keyColumn: string): Promise<ReadPopulation & { sha256: string; size: number; keyColumn: string }> {
  const scope = clientScope(e);
  const row = await loadEvidence(deps.db, scope, evidenceId);
  if (row.removedAt) throw new AppError('population_invalid', 'That evidence item was removed; choose a current one.');
  const bytes = await readBlob(deps, row.sha256);
  let population;
  try {
    population = await readPopulation(bytes, populationFormat(row.fileName, bytes), keyColumn);
  } catch (err) {
    invalid(err);
  }
  await deps.db.transaction((tx) => recordAudit(tx, {
    org: e.serviceOrgId, actor: actorOf(ctx), meta: ctx, kind: 'evidence.viewed', objectType: 'evidence', objectId: row.id,
    data: { engagementId: e.id, how: 'download', title: row.title }, at: deps.now(),
  }));
  return { keys: population!.keys, bytes, fileName: row.fileName, sha256: row.sha256, size: row.size, keyColumn: population!.keyColumn };
}

/** The keys of a plan's recorded population, read again from its bytes. */
export async function populationKeys(deps: Deps, e: EngagementView, plan: TestPlanRow): Promise<string[]> {
  if (!plan.populationSha256) throw new AppError('test_plan_incomplete', 'Set the population first.');
  const bytes = await readBlob(deps, plan.populationSha256);
  try {
    if (plan.populationSource === 'manual') return populationFromCsv(bytes.toString('utf8'), 'key').keys;
    const row = await getEvidence(deps.db, { organizationId: e.serviceOrgId }, plan.populationEvidenceId!);
    if (!row) throw notFound('The population\'s evidence item is gone.');
    return (await readPopulation(bytes, populationFormat(row.fileName, bytes), plan.populationKeyColumn!)).keys;
  } catch (err) {
    return invalid(err);
  }
}

// ---- sample size

/** The engagement's frequency table: attest's defaults with the firm's figures (keyed by frequency, or `automated`) over them. */
export function frequencyTableOf(e: Pick<EngagementView, 'frequencyTable'>): FrequencyTable {
  return frequencyTableFromFlat(e.frequencyTable);
}

type SizeSpec = SetSampleSizeRequest extends infer T ? (T extends unknown ? Omit<T, 'discardSelection'> : never) : never;

interface SizeDecision {
  samplingMethod: NonNullable<TestPlanRow['samplingMethod']>;
  samplingParams: Record<string, unknown>;
  sampleSize: number;
  allowedDeviations: number;
  sizeRationale: string;
}

const pct = (r: number) => `${Math.round(r * 10000) / 100}%`;
const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;

/** The sample size for a plan's population by the method asked for, with the rationale recorded beside it. */
export function decideSize(e: Pick<EngagementView, 'frequencyTable'>, control: Pick<PlanControl, 'frequency' | 'nature'>, spec: SizeSpec, populationSize: number): SizeDecision {
  if (populationSize === 0) {
    return { samplingMethod: 'all_items', samplingParams: { ...spec }, sampleSize: 0, allowedDeviations: 0, sizeRationale: 'The population is empty: the control had no occurrences in the period, so there is nothing to sample.' };
  }
  try {
    switch (spec.method) {
      case 'all_items':
        return { samplingMethod: 'all_items', samplingParams: { ...spec }, sampleSize: populationSize, allowedDeviations: 0, sizeRationale: `Every item of the population (${items(populationSize)}) is tested.` };
      case 'frequency': {
        const table = frequencyTableOf(e);
        const r = frequencySampleSize({ frequency: control.frequency, nature: control.nature as ControlNature, populationSize }, table);
        return { samplingMethod: r.method, samplingParams: { ...spec, frequency: control.frequency, nature: control.nature, table: e.frequencyTable ? 'engagement' : 'default' }, sampleSize: r.size, allowedDeviations: 0, sizeRationale: r.rationale };
      }
      case 'statistical': {
        const r = attributeSampleSize({ confidence: spec.confidence, tolerableRate: spec.tolerableRate, expectedRate: spec.expectedRate });
        if (r.tooLarge) failFields([{ path: 'tolerableRate', message: 'the sample this needs is too large to be cost-effective; raise the tolerable rate or test another way' }]);
        const basis = `Statistical attribute sampling at ${pct(spec.confidence)} confidence, tolerable deviation rate ${pct(spec.tolerableRate)}, expected deviation rate ${pct(spec.expectedRate)}`;
        if (populationSize <= r.size) {
          return { samplingMethod: 'all_items', samplingParams: { ...spec }, sampleSize: populationSize, allowedDeviations: r.expectedDeviations, sizeRationale: `${basis} calls for ${items(r.size)}; the population has ${items(populationSize)}, so every item is tested.` };
        }
        return {
          samplingMethod: 'statistical', samplingParams: { ...spec }, sampleSize: r.size, allowedDeviations: r.expectedDeviations,
          sizeRationale: `${basis}: ${items(r.size)}, of which up to ${r.expectedDeviations} may deviate while still supporting reliance (the AICPA attribute sampling tables' method).`,
        };
      }
    }
  } catch (err) {
    if (err instanceof SamplingInputError) failFields([{ path: 'method', message: err.message }]);
    throw err;
  }
}

/** Whether a plan's size was set: the request that set it, to size again when the population changes. */
function sizeSpecOf(plan: TestPlanRow): SizeSpec | null {
  const params = plan.samplingParams as SizeSpec | null;
  return plan.sampleSize !== null && params && typeof params.method === 'string' ? params : null;
}

// ---- discarding a selection

/** Drops the plan's selection (items, seed, conclusion), recording why; the requests already sent stay with the client. */
async function dropSelection(tx: Db, ctx: Ctx, loaded: LoadedPlan, reason: string, at: Date): Promise<void> {
  const { plan, control, engagement: e } = loaded;
  if (!plan.seed) return;
  const removed = await deleteItems(tx, e.id, plan.id);
  const tested = removed.filter((i) => i.result !== null).length;
  if (tested) throw new AppError('conflict', `Results are recorded on ${items(tested)} of this selection; clear them before discarding it.`);
  await updatePlan(tx, e.id, plan.id, { seed: null, selectedAt: null, conclusion: null }, at);
  await recordFirm(tx, ctx, loaded, 'test_plan.selection_discarded', 'test_plan', plan.id, {
    engagementId: e.id, code: control.code, seed: plan.seed, size: removed.length, reason, requestIds: removed.map((i) => i.requestId).filter((id): id is string => id !== null),
  }, at);
}

function guardSelection(loaded: LoadedPlan, discard: { reason: string } | undefined): void {
  if (loaded.plan.seed && !discard) {
    throw new AppError('sample_selection_exists', `${loaded.control.code} has a selection (seed ${loaded.plan.seed.slice(0, 12)}…): send discardSelection with a reason to change its population or size.`);
  }
}

// ---- use cases

export async function setPopulation(deps: Deps, ctx: Ctx, engagementId: string, planId: string, input: SetPopulationRequest): Promise<TestPlan> {
  const first = await loadPlan(deps.db, ctx, engagementId, planId, 'workpaper.write');
  requireOpen(first.engagement);
  guardSelection(first, input.discardSelection);

  let keys: string[];
  let blob: { sha256: string; size: number };
  let keyColumn: string;
  let put: PutResult | null = null;
  if (input.source === 'evidence') {
    const read = await populationFromEvidence(deps, ctx, first.engagement, input.evidenceId, input.keyColumn);
    ({ keys, keyColumn } = read);
    blob = { sha256: read.sha256, size: read.size };
  } else {
    try {
      checkPopulationKeys(input.keys);
    } catch (err) {
      invalid(err);
    }
    keys = input.keys;
    keyColumn = 'key';
    const csv = Buffer.from(manualPopulationCsv(keys), 'utf8');
    // What is stored must read back as exactly these keys (the README recipe reads it the same way).
    if (keys.length && JSON.stringify(populationFromCsv(csv.toString('utf8'), 'key').keys) !== JSON.stringify(keys)) throw new AppError('population_invalid', 'These keys cannot be written as CSV faithfully.');
    put = await deps.blobs.put(Readable.from([csv]), { maxBytes: deps.config.evidenceMaxBytes });
    blob = { sha256: put.sha256, size: put.size };
  }

  try {
    await deps.db.transaction(async (tx) => {
      const loaded = await loadPlan(tx, ctx, engagementId, planId, 'workpaper.write', true);
      requireOpen(loaded.engagement);
      guardSelection(loaded, input.discardSelection);
      const at = deps.now();
      if (input.discardSelection) await dropSelection(tx, ctx, loaded, input.discardSelection.reason, at);
      await lockBlob(tx, blob.sha256);
      const values: TestPlanValues = {
        populationSource: input.source,
        populationEvidenceId: input.source === 'evidence' ? input.evidenceId : null,
        populationKeyColumn: keyColumn,
        populationSha256: blob.sha256,
        populationSize: keys.length,
        conclusion: null,
      };
      const spec = sizeSpecOf(loaded.plan);
      if (spec) Object.assign(values, decideSize(loaded.engagement, loaded.control, spec, keys.length));
      await updatePlan(tx, loaded.engagement.id, loaded.plan.id, values, at);
      await recordFirm(tx, ctx, loaded, 'test_plan.population_set', 'test_plan', loaded.plan.id, {
        engagementId: loaded.engagement.id, code: loaded.control.code, source: input.source, evidenceId: input.source === 'evidence' ? input.evidenceId : null, keyColumn, size: keys.length, blob,
      }, at);
    });
  } catch (err) {
    if (put) await discardBlob(deps, put).catch(() => undefined);
    throw err;
  }
  return readTestPlan(deps, ctx, engagementId, planId);
}

export async function setSampleSize(deps: Deps, ctx: Ctx, engagementId: string, planId: string, input: SetSampleSizeRequest): Promise<TestPlan> {
  await deps.db.transaction(async (tx) => {
    const loaded = await loadPlan(tx, ctx, engagementId, planId, 'workpaper.write', true);
    requireOpen(loaded.engagement);
    guardSelection(loaded, input.discardSelection);
    const { plan } = loaded;
    if (plan.populationSize === null) throw new AppError('test_plan_incomplete', 'Set the population first: the sample size depends on it.');
    const { discardSelection, ...spec } = input;
    const decision = decideSize(loaded.engagement, loaded.control, spec, plan.populationSize);
    const at = deps.now();
    if (discardSelection) await dropSelection(tx, ctx, loaded, discardSelection.reason, at);
    await updatePlan(tx, loaded.engagement.id, plan.id, { ...decision, conclusion: null }, at);
    await recordFirm(tx, ctx, loaded, 'test_plan.updated', 'test_plan', plan.id, { engagementId: loaded.engagement.id, code: loaded.control.code, fields: ['samplingMethod', 'samplingParams', 'sampleSize', 'allowedDeviations', 'sizeRationale'] }, at);
  });
  return readTestPlan(deps, ctx, engagementId, planId);
}

export async function selectTestSample(deps: Deps, ctx: Ctx, engagementId: string, planId: string, input: SelectSampleRequest): Promise<TestPlan> {
  const first = await loadPlan(deps.db, ctx, engagementId, planId, 'workpaper.write');
  requireOpen(first.engagement);
  if (first.plan.seed) guardSelection(first, undefined);
  if (first.plan.sampleSize === null) throw new AppError('test_plan_incomplete', 'Set the population and the sample size before selecting.');
  const keys = await populationKeys(deps, first.engagement, first.plan);
  const seed = input.seed?.toLowerCase() ?? crypto.randomBytes(32).toString('hex');

  await deps.db.transaction(async (tx) => {
    const loaded = await loadPlan(tx, ctx, engagementId, planId, 'workpaper.write', true);
    const { plan, engagement: e } = loaded;
    if (plan.seed) guardSelection(loaded, undefined);
    if (plan.populationSha256 !== first.plan.populationSha256 || plan.sampleSize !== first.plan.sampleSize) throw new AppError('conflict', 'The population or the sample size changed meanwhile; select again.');
    const selection = selectSample(keys, seed, plan.sampleSize!, hmacSha256);
    const at = deps.now();
    await insertItems(tx, e.id, plan.id, selection.selected, at);
    await updatePlan(tx, e.id, plan.id, { seed, selectedAt: at, conclusion: null }, at);
    await recordFirm(tx, ctx, loaded, 'test_plan.sample_selected', 'test_plan', plan.id, {
      engagementId: e.id, code: loaded.control.code, algorithm: SELECTION_ALGORITHM, seed, size: selection.size, method: plan.samplingMethod ?? 'all_items',
      rationale: plan.sizeRationale ?? '', populationSha256: plan.populationSha256!, keys: selection.selected.map((s) => s.key),
    }, at);
  });
  return readTestPlan(deps, ctx, engagementId, planId);
}

export async function discardSelection(deps: Deps, ctx: Ctx, engagementId: string, planId: string, reason: string): Promise<TestPlan> {
  await deps.db.transaction(async (tx) => {
    const loaded = await loadPlan(tx, ctx, engagementId, planId, 'workpaper.write', true);
    requireOpen(loaded.engagement);
    if (!loaded.plan.seed) throw new AppError('test_plan_incomplete', 'This test plan has no selection to discard.');
    await dropSelection(tx, ctx, loaded, reason, deps.now());
  });
  return readTestPlan(deps, ctx, engagementId, planId);
}

/** The population's bytes, for re-performing the selection outside attest; reading the client's file is recorded in its ledger. */
export async function openPopulation(deps: Deps, ctx: Ctx, engagementId: string, planId: string): Promise<{ stream: Readable; size: number; contentType: string; fileName: string }> {
  const { plan, control, engagement: e } = await loadPlan(deps.db, ctx, engagementId, planId, 'workpaper.read');
  if (!plan.populationSha256) throw notFound('This test plan has no population yet.');
  const size = (await deps.blobs.stat(plan.populationSha256)) ?? 0;
  if (plan.populationSource === 'manual') {
    return { stream: await deps.blobs.open(plan.populationSha256), size, contentType: 'text/csv; charset=utf-8', fileName: `${control.code}-population.csv` };
  }
  const row = await getEvidence(deps.db, { organizationId: e.serviceOrgId }, plan.populationEvidenceId!);
  if (!row) throw notFound('The population\'s evidence item is gone.');
  await deps.db.transaction((tx) => recordAudit(tx, {
    org: e.serviceOrgId, actor: actorOf(ctx), meta: ctx, kind: 'evidence.viewed', objectType: 'evidence', objectId: row.id,
    data: { engagementId: e.id, how: 'download', title: row.title }, at: deps.now(),
  }));
  return { stream: await deps.blobs.open(plan.populationSha256), size, contentType: row.contentType, fileName: row.fileName };
}
