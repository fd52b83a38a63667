// Builds the real application on a fresh database, with helpers to act as users through HTTP.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generate } from 'otplib';
import type { LightMyRequestResponse } from 'fastify';
import { Keyring } from '../../src/auth/crypto.ts';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { buildApp, type ZodApp } from '../../src/http/app.ts';
import type { Deps } from '../../src/services/context.ts';
import type { OrganizationKind, Role } from '../../src/contract/roles.ts';
import { FsBlobStore } from '../../src/storage/fs-store.ts';
import type { BlobStore } from '../../src/storage/blob-store.ts';
import { freshDatabase } from './db.ts';
import { ephemeralInstanceKey } from '../../src/ledger/instance-key.ts';
import { configureCheckpointing } from '../../src/ledger/checkpoints.ts';

export interface TestApp {
  app: ZodApp;
  deps: Deps;
  database: Database;
  clock: { offsetMs: number };
  close(): Promise<void>;
}

/**
 * `blobs` overrides the blob store; by default each test app gets its own filesystem store in a
 * temporary folder (its `root`), removed on close.
 */
export async function makeTestApp(options: { webDir?: string; env?: NodeJS.ProcessEnv; blobs?: BlobStore } = {}): Promise<TestApp> {
  const database = await freshDatabase();
  const clock = { offsetMs: 0 };
  const blobDir = options.blobs ? null : await fs.mkdtemp(path.join(os.tmpdir(), 'attest-blobs-'));
  const blobs = options.blobs ?? (await new FsBlobStore(blobDir!).init());
  const deps: Deps = {
    db: database.db,
    keyring: new Keyring(crypto.randomBytes(32)),
    config: loadConfig({ ATTEST_DATA_DIR: '/nonexistent', ...options.env }),
    now: () => new Date(Date.now() + clock.offsetMs),
    blobs,
    signingKey: ephemeralInstanceKey(),
  };
  configureCheckpointing({ key: deps.signingKey, every: deps.config.checkpointEvery });
  const app = await buildApp({ deps, driver: database.driver, version: 'test', webDir: options.webDir });
  await app.ready();
  const close = async () => {
    await app.close();
    await database.close();
    if (blobDir) await fs.rm(blobDir, { recursive: true, force: true });
  };
  return { app, deps, database, clock, close };
}

/** An HTTP client holding one browser session (cookie + CSRF token), or a bearer token. */
export class Agent {
  cookie: string | null = null;
  csrf: string | null = null;
  bearer: string | null = null;
  constructor(private readonly app: ZodApp, public ip = '127.0.0.1') {}

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = `attest_session=${this.cookie}`;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    const res = await this.app.inject({ method: method as 'GET', url, headers: h, remoteAddress: this.ip, ...(body === undefined ? {} : { payload: body as object }) });
    const set = res.cookies.find((c) => c.name === 'attest_session');
    if (set) this.cookie = set.value || null;
    if (res.statusCode < 300 && res.headers['content-type']?.toString().includes('json')) {
      const json = res.json() as { csrfToken?: string };
      if (json && typeof json === 'object' && 'csrfToken' in json && json.csrfToken) this.csrf = json.csrfToken;
    }
    return res;
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);

  async refreshSession() {
    return this.get('/api/v1/session');
  }
}

export const PASSWORD = 'correct horse battery staple';

export async function setupInstance(t: TestApp, kind: OrganizationKind = 'service_org', name = 'Acme Cloud') {
  const agent = new Agent(t.app);
  const res = await agent.post('/api/v1/setup', {
    organization: { name, kind },
    admin: { email: 'owner@acme.test', name: 'Olivia Owner', password: PASSWORD },
  });
  if (res.statusCode !== 201) throw new Error(`setup failed: ${res.body}`);
  return { agent, session: res.json() as { activeOrganization: { organization: { id: string } } } };
}

/** Invites someone into the inviter's active organization and returns their logged-in agent. */
export async function inviteMember(t: TestApp, inviter: Agent, email: string, role: Role, name = 'Member') {
  const res = await inviter.post('/api/v1/invitations', { email, role });
  if (res.statusCode !== 201) throw new Error(`invite failed: ${res.body}`);
  const token = (res.json() as { link: string }).link.split('/invite/')[1]!;
  const agent = new Agent(t.app);
  const accepted = await agent.post('/api/v1/invitations/accept', { token, name, password: PASSWORD });
  if (accepted.statusCode !== 201) throw new Error(`accept failed: ${accepted.body}`);
  const session = accepted.json() as { user: { id: string } };
  return { agent, userId: session.user.id };
}

/** A second, unrelated organization (created through the local-accounts use case, as `attest user create` does). */
export async function otherTenant(t: TestApp, name = 'Globex') {
  const { createUserLocally } = await import('../../src/services/local-accounts.ts');
  const email = `admin@${name.toLowerCase()}.test`;
  await createUserLocally(t.deps, { email, name: `${name} Admin`, org: name, kind: 'service_org', role: 'admin', password: PASSWORD });
  const agent = new Agent(t.app);
  await agent.post('/api/v1/auth/login', { email, password: PASSWORD });
  await agent.refreshSession();
  return agent;
}

export async function totpFor(secret: string, offsetSeconds = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
}
