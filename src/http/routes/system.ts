// Health and version.
import type { AppInfo, ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import type { Deps } from '../../services/context.ts';
import { checkHealth } from '../../services/health.ts';

export function systemRoutes(app: ZodApp, deps: Deps, options: AppInfo) {
  app.get('/api/health', { config: { auth: 'public' }, schema: { tags: ['system'], summary: 'Liveness and database reachability', response: { 200: api.Health } } }, async () => checkHealth(deps));
  app.get('/api/version', { config: { auth: 'public' }, schema: { tags: ['system'], summary: 'Version and database driver', response: { 200: api.Version } } }, async () => ({
    name: 'attest' as const,
    version: options.version,
    database: options.driver,
  }));
}
