// Opaque keyset cursors for the list endpoints: the sort key and the id of the last item of a page,
// tagged with the list they belong to, as base64url JSON. A cursor that does not decode → 400 validation_failed.
import { AppError } from './errors.ts';

export interface CursorPosition {
  key: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(list: string, position: CursorPosition): string {
  return Buffer.from(JSON.stringify([list, position.key, position.id]), 'utf8').toString('base64url');
}

function badCursor(): AppError {
  return new AppError('validation_failed', 'cursor: not a cursor of this list (start again without one)', {
    fields: [{ path: 'cursor', message: 'not a cursor of this list' }],
  });
}

/** The position a cursor points after; `checkKey` rejects keys of the wrong shape (e.g. not a timestamp). */
export function decodeCursor(list: string, cursor: string | undefined, checkKey: (key: string) => boolean = () => true): CursorPosition | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw badCursor();
  const [tag, key, id] = parsed as unknown[];
  if (tag !== list || typeof key !== 'string' || typeof id !== 'string' || !UUID.test(id) || !checkKey(key)) throw badCursor();
  return { key, id };
}

/** A page of `limit` items from `limit + 1` fetched, and the cursor after its last item when more remain. */
export function pageOf<T>(rows: T[], limit: number, list: string, positionOf: (row: T) => CursorPosition): { page: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  return { page, nextCursor: rows.length > limit ? encodeCursor(list, positionOf(page[page.length - 1]!)) : null };
}
