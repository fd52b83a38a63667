// Data access for engagements, their teams and documents. An engagement is read only by its two parties:
// every lookup takes the acting organization and matches it against the firm or the service organization.
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';
import { engagementDocuments, engagements, engagementTeam, memberships, organizations, systems, users } from './schema.ts';

export type EngagementRow = typeof engagements.$inferSelect;
export type EngagementValues = Omit<typeof engagements.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;
export type TeamRole = (typeof engagementTeam.$inferSelect)['role'];
export type EngagementDocumentRow = typeof engagementDocuments.$inferSelect;

export interface EngagementView extends EngagementRow {
  firmName: string;
  serviceOrgName: string;
  systemName: string | null;
  /** The acting user's place on the team (null when not on it). */
  teamRole: TeamRole | null;
}

const firm = alias(organizations, 'firm');
const client = alias(organizations, 'client');

function viewQuery(db: Db, userId: string) {
  return db
    .select({
      engagement: engagements,
      firmName: firm.name,
      serviceOrgName: client.name,
      systemName: systems.name,
      teamRole: engagementTeam.role,
    })
    .from(engagements)
    .innerJoin(firm, eq(firm.id, engagements.firmId))
    .innerJoin(client, eq(client.id, engagements.serviceOrgId))
    .leftJoin(systems, eq(systems.id, engagements.systemId))
    .leftJoin(engagementTeam, and(eq(engagementTeam.engagementId, engagements.id), eq(engagementTeam.userId, userId)));
}

type ViewRow = { engagement: EngagementRow; firmName: string; serviceOrgName: string; systemName: string | null; teamRole: TeamRole | null };
const toView = (r: ViewRow): EngagementView => ({ ...r.engagement, firmName: r.firmName, serviceOrgName: r.serviceOrgName, systemName: r.systemName, teamRole: r.teamRole });

/** The engagement when `organizationId` is one of its parties; undefined otherwise (another tenant's id reads as unknown). */
export async function getEngagementFor(db: Db, organizationId: string, userId: string, id: string, lock = false): Promise<EngagementView | undefined> {
  const where = and(eq(engagements.id, id), or(eq(engagements.firmId, organizationId), eq(engagements.serviceOrgId, organizationId)));
  const query = viewQuery(db, userId).where(where);
  const [row] = lock ? await query.for('update', { of: engagements }) : await query;
  return row ? toView(row) : undefined;
}

/**
 * The engagements an organization is party to, newest first. A firm's auditors see only those they are on the team of;
 * the firm's partners and the service organization's members see all of theirs.
 */
export async function listEngagementsFor(db: Db, organizationId: string, userId: string, onlyOwnTeam: boolean): Promise<EngagementView[]> {
  const party = or(eq(engagements.firmId, organizationId), eq(engagements.serviceOrgId, organizationId));
  const where = onlyOwnTeam ? and(party, sql`${engagementTeam.userId} is not null`) : party;
  const rows = await viewQuery(db, userId).where(where).orderBy(desc(engagements.createdAt), desc(engagements.id)).limit(500);
  return rows.map(toView);
}

export async function insertEngagement(db: Db, values: EngagementValues): Promise<EngagementRow> {
  const [row] = await db.insert(engagements).values(values).returning();
  return row!;
}

export async function updateEngagement(db: Db, id: string, values: Partial<EngagementValues>, at: Date): Promise<EngagementRow> {
  const [row] = await db.update(engagements).set({ ...values, updatedAt: at }).where(eq(engagements.id, id)).returning();
  return row!;
}

export async function listTeam(db: Db, engagementId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: engagementTeam.role })
    .from(engagementTeam)
    .innerJoin(users, eq(users.id, engagementTeam.userId))
    .where(eq(engagementTeam.engagementId, engagementId))
    .orderBy(asc(users.name));
}

export async function upsertTeamMember(db: Db, engagementId: string, userId: string, role: TeamRole): Promise<void> {
  await db.insert(engagementTeam).values({ engagementId, userId, role }).onConflictDoUpdate({ target: [engagementTeam.engagementId, engagementTeam.userId], set: { role } });
}

export async function deleteTeamMember(db: Db, engagementId: string, userId: string): Promise<boolean> {
  const rows = await db.delete(engagementTeam).where(and(eq(engagementTeam.engagementId, engagementId), eq(engagementTeam.userId, userId))).returning({ userId: engagementTeam.userId });
  return rows.length > 0;
}

/** A member of the organization with their role and email (for staffing the team), or undefined. */
export async function getMember(db: Db, organizationId: string, userId: string) {
  const [row] = await db
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
  return row;
}

/** Organizations of a kind an engagement can be proposed to (names only). */
export async function listOrganizationsOfKind(db: Db, kind: 'service_org' | 'audit_firm', excludeId: string) {
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.kind, kind), sql`${organizations.id} <> ${excludeId}`))
    .orderBy(asc(organizations.name))
    .limit(500);
}

export async function getOrganizationKind(db: Db, id: string): Promise<{ id: string; name: string; kind: 'service_org' | 'audit_firm' } | undefined> {
  const [row] = await db.select({ id: organizations.id, name: organizations.name, kind: organizations.kind }).from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function insertDocument(db: Db, values: Omit<typeof engagementDocuments.$inferInsert, 'id' | 'createdAt'> & { createdAt: Date }): Promise<EngagementDocumentRow> {
  const [row] = await db.insert(engagementDocuments).values(values).returning();
  return row!;
}

export async function listDocuments(db: Db, engagementIds: string[]): Promise<EngagementDocumentRow[]> {
  if (engagementIds.length === 0) return [];
  return db.select().from(engagementDocuments).where(inArray(engagementDocuments.engagementId, engagementIds)).orderBy(asc(engagementDocuments.createdAt));
}

export async function getDocument(db: Db, engagementId: string, id: string): Promise<EngagementDocumentRow | undefined> {
  const [row] = await db.select().from(engagementDocuments).where(and(eq(engagementDocuments.engagementId, engagementId), eq(engagementDocuments.id, id)));
  return row;
}

/** The firm of an engagement (for notifying its team about the client's answers), or undefined. */
export async function getEngagementFirmId(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.select({ firmId: engagements.firmId }).from(engagements).where(eq(engagements.id, id));
  return row?.firmId;
}
