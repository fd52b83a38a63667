// The ledger's integrity use cases: the public key, checkpoints (list, sign now), and verification of the
// caller's organization as an in-process background task (one at a time per organization).
import crypto from 'node:crypto';
import type { Checkpoint, CheckpointList, PublicKey, Verification } from '../contract/ledger.ts';
import { checkpointHead, checkpointMessage, listCheckpoints, type Checkpoint as StoredCheckpoint } from '../ledger/checkpoints.ts';
import { verifyInstance, type VerifyFailure } from '../ledger/verify.ts';
import { actorOf } from './audit.ts';
import type { Ctx, Deps } from './context.ts';
import { AppError, notFound } from './errors.ts';
import { authorize } from './gate.ts';
import { decodeCursor, pageOf } from './paging.ts';

export function presentCheckpoint(cp: StoredCheckpoint): Checkpoint {
  return { seq: cp.seq, hash: cp.hash, at: cp.at, keyId: cp.keyId, message: checkpointMessage(cp.org, cp.seq, cp.hash), signature: cp.signature };
}

export function readPublicKey(deps: Deps, ctx: Ctx): PublicKey {
  authorize(ctx, 'ledger.public_key');
  return { keyId: deps.signingKey.keyId, algorithm: 'Ed25519', publicKeyPem: deps.signingKey.publicKeyPem };
}

export async function listLedgerCheckpoints(deps: Deps, ctx: Ctx, query: { cursor?: string | undefined; limit?: number | undefined }): Promise<CheckpointList> {
  const scope = authorize(ctx, 'ledger.read');
  const after = decodeCursor('checkpoints', query.cursor, (key) => /^\d{1,10}$/.test(key));
  const limit = query.limit ?? 50;
  const rows = await listCheckpoints(deps.db, scope.organizationId, { before: after ? Number(after.key) : undefined, limit: limit + 1 });
  const { page, nextCursor } = pageOf(rows, limit, 'checkpoints', (cp) => ({ key: String(cp.seq), id: cp.org }));
  return { items: page.map(presentCheckpoint), nextCursor };
}

/** Signs the head of the organization's chain now; the announcement entry records who asked. */
export async function createLedgerCheckpoint(deps: Deps, ctx: Ctx): Promise<Checkpoint> {
  const scope = authorize(ctx, 'ledger.checkpoint');
  const cp = await checkpointHead(deps.db, deps.signingKey, scope.organizationId, {
    at: deps.now(),
    actor: actorOf(ctx),
    meta: { ip: ctx.ip, requestId: ctx.requestId },
  });
  // An organization's chain starts with its own creation, so it is never empty; kept for safety.
  if (!cp) throw new AppError('conflict', 'The ledger of this organization is empty: there is nothing to sign yet.');
  return presentCheckpoint(cp);
}

const FAILURES_SHOWN = 500;
const FINISHED_KEPT = 50;

interface VerificationState extends Omit<Verification, 'failures' | 'failureCount'> {
  org: string;
  failures: VerifyFailure[];
}

// Per process: a verification is found only on the process that runs it (documented in the README).
const verifications = new Map<string, VerificationState>();
const runningByOrg = new Map<string, string>();

function presentVerification(v: VerificationState): Verification {
  const { org: _org, failures, ...rest } = v;
  return {
    ...rest,
    failures: failures.slice(0, FAILURES_SHOWN).map((f) => ({ seq: f.seq, blob: f.blob ?? null, problem: f.problem })),
    failureCount: failures.length,
  };
}

function forgetOldVerifications() {
  const finished = [...verifications.values()].filter((v) => v.status !== 'running');
  for (const v of finished.slice(0, Math.max(0, finished.length - FINISHED_KEPT))) verifications.delete(v.id);
}

/** Starts verifying the caller's organization (its chain, checkpoints and blobs); 409 when one is running. */
export function startVerification(deps: Deps, ctx: Ctx): Verification {
  const scope = authorize(ctx, 'ledger.verify');
  const org = scope.organizationId;
  if (runningByOrg.has(org)) {
    throw new AppError('ledger_verification_running', 'A verification of this organization\'s ledger is already running; wait for it to finish.', { headers: { location: `/api/v1/ledger/verifications/${runningByOrg.get(org)!}` } });
  }
  const state: VerificationState = {
    id: crypto.randomUUID(),
    org,
    status: 'running',
    startedAt: deps.now().toISOString(),
    finishedAt: null,
    checkedEntries: 0,
    totalEntries: 0,
    checkedCheckpoints: 0,
    checkedBlobs: 0,
    totalBlobs: 0,
    failures: [],
  };
  verifications.set(state.id, state);
  runningByOrg.set(org, state.id);
  forgetOldVerifications();
  void (async () => {
    try {
      const result = await verifyInstance(deps, {
        org,
        onProgress: (p) => Object.assign(state, p),
      });
      Object.assign(state, {
        checkedEntries: result.checkedEntries,
        totalEntries: result.totalEntries,
        checkedCheckpoints: result.checkpoints,
        checkedBlobs: result.checkedBlobs,
        totalBlobs: result.totalBlobs,
        failures: result.failures,
        status: result.failures.length === 0 ? 'ok' : 'failed',
      });
    } catch (err) {
      state.failures.push({ org, seq: 0, problem: `verification stopped: ${(err as Error).message}` });
      state.status = 'failed';
    } finally {
      state.finishedAt = deps.now().toISOString();
      runningByOrg.delete(org);
    }
  })();
  return presentVerification(state);
}

export function readVerification(_deps: Deps, ctx: Ctx, id: string): Verification {
  const scope = authorize(ctx, 'ledger.verify');
  const state = verifications.get(id);
  if (!state || state.org !== scope.organizationId) throw notFound('No such verification (it may have run on another attest process).');
  return presentVerification(state);
}
