// The engagement limits of a scope as SQL conditions (undefined when the scope has none, which `and()` skips).
// A firm reading a client's program through an engagement sees one system, evidence of its period, its own requests.
import { and, eq, gte, lte, type Column, type SQL } from 'drizzle-orm';
import type { Scope } from '../services/context.ts';

export const systemLimit = (scope: Scope, systemId: Column): SQL | undefined =>
  scope.limits ? eq(systemId, scope.limits.systemId) : undefined;

export const periodLimit = (scope: Scope, periodStart: Column, periodEnd: Column): SQL | undefined =>
  scope.limits ? and(lte(periodStart, scope.limits.to), gte(periodEnd, scope.limits.from)) : undefined;

export const engagementLimit = (scope: Scope, engagementId: Column): SQL | undefined =>
  scope.limits ? eq(engagementId, scope.limits.engagementId) : undefined;
