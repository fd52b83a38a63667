// Walking a cursor-paged list endpoint to its end, and cursors the endpoints must refuse.
import { expect } from 'vitest';
import type { Agent } from './app.ts';

/** Every item of `url` (which may carry filters) read `limit` at a time, with the number of pages it took. */
export async function pageThrough<T>(agent: Agent, url: string, key: string, limit: number): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const res = await agent.get(`${url}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Record<string, unknown> & { nextCursor: string | null };
    const page = body[key] as T[];
    expect(page.length).toBeLessThanOrEqual(limit);
    if (body.nextCursor) expect(page).toHaveLength(limit);
    items.push(...page);
    cursor = body.nextCursor;
    pages += 1;
    if (pages > 1000) throw new Error('the cursor never ends');
  } while (cursor);
  return { items, pages };
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** Cursors no list should accept, plus one issued by another list (`foreignList`'s tag). */
export function badCursors(foreignList: string): string[] {
  return [
    'not-a-cursor',
    encode({ after: 'x' }),
    encode([foreignList, '2026-01-01T00:00:00.000000Z', crypto.randomUUID()]),
    encode(['controls', 'AC-01', 'not-a-uuid']),
    encode(['risks', '2026-02-30T00:00:00.000000Z', crypto.randomUUID()]),
    'A'.repeat(1001),
  ];
}

/** Expects the list to refuse each bad cursor with 400 validation_failed. */
export async function expectCursorRefused(agent: Agent, url: string, foreignList: string) {
  for (const cursor of badCursors(foreignList)) {
    const sep = url.includes('?') ? '&' : '?';
    const res = await agent.get(`${url}${sep}cursor=${encodeURIComponent(cursor)}`);
    expect(res.statusCode, `${cursor}: ${res.body}`).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  }
}
