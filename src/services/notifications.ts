// In-app notifications: created in the transaction of the change they report (assignment, return,
// submission, due reminders), mailed after it commits; a user reads and marks only their own.
import type { MarkAllReadResult, Notification, NotificationKind, NotificationList, UnreadCount } from '../contract/notifications.ts';
import type { Db } from '../db/client.ts';
import { countUnread, getUserEmails, insertNotifications, listNotifications, markAllRead, markRead, type NotificationRow } from '../db/notifications.ts';
import type { Config } from '../config.ts';
import type { Ctx, Deps, Scope } from './context.ts';
import { notFound } from './errors.ts';
import { authorize } from './gate.ts';
import { decodeCursor, pageOf } from './paging.ts';
import type { Mail } from './mailer.ts';

export const NOTIFICATION_PAGE = 50;

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  /** Set for reminders: a second notification with the same key for the same user is not created. */
  dedupeKey?: string;
}

/**
 * Stores the notifications (in the caller's transaction) and returns the mails to send once it commits:
 * one per notification actually created (a duplicate reminder creates neither).
 */
export async function notify(tx: Db, config: Config, scope: Scope, items: readonly NewNotification[], at: Date): Promise<Mail[]> {
  if (items.length === 0) return [];
  const created = await insertNotifications(tx, scope, items.map((n) => ({ ...n, dedupeKey: n.dedupeKey ?? null, createdAt: at })));
  const emails = await getUserEmails(tx, created.map((n) => n.userId));
  return created.flatMap((n) => {
    const to = emails.get(n.userId);
    if (!to) return [];
    const link = n.link ? `\n\n${config.publicUrl ?? ''}${n.link}` : '';
    return [{ to: to.email, subject: n.title, text: `${n.body}${link}\n\n(attest: you can read this notification in the app.)` }];
  });
}

function present(n: NotificationRow): Notification {
  return { id: n.id, kind: n.kind as NotificationKind, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null };
}

/** Keys are the exact instants stored (written from the clock in milliseconds, so they round-trip). */
const isInstant = (key: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(key) && !Number.isNaN(Date.parse(key)) && new Date(key).toISOString() === key;

function parseCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  const after = decodeCursor('notifications', cursor, isInstant);
  return after ? { at: new Date(after.key), id: after.id } : undefined;
}

export async function listMyNotifications(deps: Deps, ctx: Ctx, query: { unread?: 'true' | 'false' | undefined; cursor?: string | undefined; limit?: number | undefined }): Promise<NotificationList> {
  const scope = authorize(ctx, 'notification.read');
  const limit = query.limit ?? NOTIFICATION_PAGE;
  const rows = await listNotifications(deps.db, scope, ctx.actor.userId, { unreadOnly: query.unread === 'true' }, { after: parseCursor(query.cursor), limit: limit + 1 });
  const { page, nextCursor } = pageOf(rows, limit, 'notifications', (n) => ({ key: n.createdAt.toISOString(), id: n.id }));
  return {
    notifications: page.map(present),
    nextCursor,
    unread: await countUnread(deps.db, scope, ctx.actor.userId),
  };
}

export async function myUnreadCount(deps: Deps, ctx: Ctx): Promise<UnreadCount> {
  const scope = authorize(ctx, 'notification.read');
  return { unread: await countUnread(deps.db, scope, ctx.actor.userId) };
}

/** Marking one's own notification read is not an audited change (it is the reader's private state). */
export async function markNotificationRead(deps: Deps, ctx: Ctx, id: string): Promise<Notification> {
  const scope = authorize(ctx, 'notification.read');
  const row = await markRead(deps.db, scope, ctx.actor.userId, id, deps.now());
  if (!row) throw notFound('No such notification.');
  return present(row);
}

export async function markAllNotificationsRead(deps: Deps, ctx: Ctx): Promise<MarkAllReadResult> {
  const scope = authorize(ctx, 'notification.read');
  const marked = await markAllRead(deps.db, scope, ctx.actor.userId, deps.now());
  return { marked, unread: await countUnread(deps.db, scope, ctx.actor.userId) };
}
