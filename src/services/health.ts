// Health: is the database reachable?
import { sql } from 'drizzle-orm';
import type { Deps } from './context.ts';
import { AppError } from './errors.ts';

export async function checkHealth(deps: Deps): Promise<{ status: 'ok'; database: 'ok' }> {
  try {
    await deps.db.execute(sql`select 1`);
  } catch {
    throw new AppError('unavailable', 'The database is not reachable.');
  }
  return { status: 'ok', database: 'ok' };
}
