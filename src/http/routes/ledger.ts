// The ledger's integrity: the instance public key, signed checkpoints, and verification runs.
import { z } from 'zod';
import * as api from '../../contract/api.ts';
import * as ledger from '../../contract/ledger.ts';
import type { Deps } from '../../services/context.ts';
import { createLedgerCheckpoint, listLedgerCheckpoints, readPublicKey, readVerification, startVerification } from '../../services/ledger.ts';
import { ctxOf } from '../auth.ts';
import type { ZodApp } from '../types.ts';

const VerificationParams = z.strictObject({ verificationId: api.Uuid });

export function ledgerRoutes(app: ZodApp, deps: Deps) {
  const tags = ['ledger'];
  app.get('/api/v1/ledger/public-key', { schema: { tags, summary: 'The Ed25519 public key that signs ledger checkpoints (PEM), and its key id', response: { 200: ledger.PublicKey } } }, async (req) =>
    readPublicKey(deps, ctxOf(req)),
  );
  app.get('/api/v1/ledger/checkpoints', { schema: { tags, summary: 'The organization\'s signed checkpoints, newest first (pass nextCursor as cursor for the next page)', querystring: ledger.CheckpointQuery, response: { 200: ledger.CheckpointList } } }, async (req) =>
    listLedgerCheckpoints(deps, ctxOf(req), req.query),
  );
  app.post('/api/v1/ledger/checkpoints', { schema: { tags, summary: 'Sign the head of the organization\'s ledger now (an on-demand checkpoint)', response: { 201: ledger.Checkpoint } } }, async (req, reply) =>
    reply.status(201).send(await createLedgerCheckpoint(deps, ctxOf(req))),
  );
  app.post('/api/v1/ledger/verifications', { schema: { tags, summary: 'Start verifying the organization\'s ledger: hash chain, checkpoint signatures and blob hashes (runs in the background)', response: { 202: ledger.Verification } } }, async (req, reply) =>
    reply.status(202).send(startVerification(deps, ctxOf(req))),
  );
  app.get('/api/v1/ledger/verifications/:verificationId', { schema: { tags, summary: 'The progress or result of a verification', params: VerificationParams, response: { 200: ledger.Verification } } }, async (req) =>
    readVerification(deps, ctxOf(req), req.params.verificationId),
  );
}
