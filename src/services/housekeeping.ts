// Periodic clean-up of expired sessions and old login failures.
import { pruneFailures } from '../db/login-failures.ts';
import { deleteExpiredSessions } from '../db/sessions.ts';
import type { Deps } from './context.ts';
import { THROTTLE } from './auth/login.ts';

export async function pruneExpired(deps: Deps): Promise<void> {
  const now = deps.now();
  await deleteExpiredSessions(deps.db, now);
  await pruneFailures(deps.db, new Date(now.getTime() - THROTTLE.windowMinutes * 60_000));
}
