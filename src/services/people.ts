// The personnel roster (people own controls; background checks and training come later).
import type { Person } from '../contract/program.ts';
import { getPersonByEmail, insertPerson, listPeople, type PersonRow } from '../db/people.ts';
import { getUserByEmail } from '../db/users.ts';
import { getMembership } from '../db/memberships.ts';
import type { Ctx, Deps } from './context.ts';
import { AppError } from './errors.ts';
import { authorize } from './gate.ts';
import { actorOf, recordAudit } from './audit.ts';

export function presentPerson(p: PersonRow): Person {
  return { id: p.id, name: p.name, email: p.email, title: p.title, department: p.department, userId: p.userId, createdAt: p.createdAt.toISOString() };
}

export const PEOPLE_PAGE = 200;

export async function listOrganizationPeople(deps: Deps, ctx: Ctx, cursor?: string) {
  const scope = authorize(ctx, 'person.read');
  const rows = await listPeople(deps.db, scope, { after: cursor, limit: PEOPLE_PAGE + 1 });
  const page = rows.slice(0, PEOPLE_PAGE);
  return { people: page.map(presentPerson), nextCursor: rows.length > PEOPLE_PAGE ? page[page.length - 1]!.email : null };
}

export async function addPerson(deps: Deps, ctx: Ctx, input: { name: string; email: string; title: string; department: string }): Promise<Person> {
  const scope = authorize(ctx, 'person.write');
  return deps.db.transaction(async (tx) => {
    if (await getPersonByEmail(tx, scope, input.email)) throw new AppError('conflict', `${input.email} is already on the roster.`);
    const user = await getUserByEmail(tx, input.email);
    const linked = user && (await getMembership(tx, scope, user.id)) ? user.id : null;
    const row = await insertPerson(tx, scope, { ...input, userId: linked });
    await recordAudit(tx, { org: scope.organizationId, actor: actorOf(ctx), meta: ctx, kind: 'person.created', objectType: 'person', objectId: row.id, data: { name: row.name, email: row.email }, at: deps.now() });
    return presentPerson(row);
  });
}
