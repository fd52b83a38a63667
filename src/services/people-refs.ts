// People named on vendors, reviews, risks and assessments, loaded in one query and shown as references.
import type { PersonRef } from '../contract/program.ts';
import type { Db } from '../db/client.ts';
import { getPeopleByIds, type PersonRow } from '../db/people.ts';
import type { Scope } from './context.ts';

export const personRef = (p: PersonRow | undefined): PersonRef | null => (p ? { id: p.id, name: p.name, email: p.email } : null);

export async function peopleById(db: Db, scope: Scope, ids: ReadonlyArray<string | null>): Promise<Map<string, PersonRow>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  return new Map((await getPeopleByIds(db, scope, wanted)).map((p) => [p.id, p]));
}

/** Whether the person is on this organization's roster. */
export async function isPerson(db: Db, scope: Scope, id: string): Promise<boolean> {
  return (await getPeopleByIds(db, scope, [id])).length > 0;
}
