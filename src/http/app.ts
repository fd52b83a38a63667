// Builds the Fastify application: API under /api, OpenAPI at /api/openapi.json, the web app for everything else.
import fs from 'node:fs';
import path from 'node:path';
import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ZodApp } from './types.ts';
import type { Deps } from '../services/context.ts';
import { AppError } from '../services/errors.ts';
import { registerAuth } from './auth.ts';
import { sendError } from './errors.ts';
import { authRoutes } from './routes/auth.ts';
import { organizationRoutes } from './routes/organization.ts';
import { auditLogRoutes } from './routes/audit-log.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { systemRoutes } from './routes/system.ts';
import { programRoutes } from './routes/program.ts';
import { peopleRoutes } from './routes/people.ts';
import { policyRoutes } from './routes/policies.ts';
import { vendorRoutes } from './routes/vendors.ts';
import { riskRoutes } from './routes/risks.ts';
import { engagementRoutes } from './routes/engagements.ts';
import { testPlanRoutes } from './routes/test-plans.ts';
import { examinationRoutes } from './routes/examination.ts';
import { requestRoutes } from './routes/requests.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { ledgerRoutes } from './routes/ledger.ts';
import { evidenceRoutes } from './routes/evidence.ts';
import { freshnessRoutes } from './routes/freshness.ts';
import { reportRoutes } from './routes/reports.ts';
import { trustRoutes } from './routes/trust.ts';

export type { ZodApp } from './types.ts';

export interface RouteInfo {
  method: string;
  url: string;
  auth: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, for the role × route matrix test and docs. */
    attestRoutes: RouteInfo[];
  }
}

export interface AppOptions {
  deps: Deps;
  driver: 'pglite' | 'postgres';
  version: string;
  /** Folder of the built web app (web/dist); when absent the API still works and / explains how to build. */
  webDir?: string | undefined;
  logger?: boolean | object;
}

export async function buildApp(options: AppOptions): Promise<ZodApp> {
  const { deps } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((err, req, reply) => sendError(err, req, reply));
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
  });

  const routes: RouteInfo[] = [];
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const method of methods) if (method !== 'HEAD') routes.push({ method, url: r.url, auth: r.config?.auth ?? 'actor' });
  });
  app.decorate('attestRoutes', routes);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'attest API', version: options.version, description: 'SOC 2 program and examination. Errors: {"error":{"code","message","fields"?,"requestId"}}.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, cookie: { type: 'apiKey', in: 'cookie', name: 'attest_session' } } },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: jsonSchemaTransform,
  });
  registerAuth(app, deps);

  systemRoutes(app, deps, options);
  authRoutes(app, deps);
  organizationRoutes(app, deps);
  auditLogRoutes(app, deps);
  catalogRoutes(app, deps);
  programRoutes(app, deps);
  peopleRoutes(app, deps);
  policyRoutes(app, deps);
  vendorRoutes(app, deps);
  riskRoutes(app, deps);
  engagementRoutes(app, deps);
  testPlanRoutes(app, deps);
  examinationRoutes(app, deps);
  requestRoutes(app, deps);
  notificationRoutes(app, deps);
  ledgerRoutes(app, deps);
  evidenceRoutes(app, deps);
  freshnessRoutes(app, deps);
  reportRoutes(app, deps);
  trustRoutes(app, deps);
  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());

  await registerWeb(app, options.webDir);
  return app;
}

async function registerWeb(app: ZodApp, webDir: string | undefined) {
  const index = webDir ? path.join(webDir, 'index.html') : undefined;
  const hasWeb = index !== undefined && fs.existsSync(index);
  if (hasWeb) await app.register(fastifyStatic, { root: webDir!, wildcard: false, index: false, maxAge: '1h' });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.url === '/api') return sendError(new AppError('not_found', `No route ${req.method} ${req.url.split('?')[0]}.`), req, reply);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(new AppError('not_found'), req, reply);
    if (!hasWeb) return reply.type('text/plain').send('The web app is not built: run `npm run build` (npm start does this for you).');
    return reply.header('cache-control', 'no-store').sendFile('index.html');
  });
}
