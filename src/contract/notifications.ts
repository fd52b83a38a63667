// In-app notifications: a user's own messages about requests (assigned, returned, submitted, due soon, overdue).
import { z } from 'zod';
import { Uuid } from './api.ts';

export const NOTIFICATION_KINDS = ['request_assigned', 'request_returned', 'request_submitted', 'request_due_soon', 'request_overdue'] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const Notification = z.object({
  id: Uuid,
  kind: NotificationKind,
  title: z.string(),
  body: z.string(),
  /** A path in the web app (e.g. `/requests/<id>`). */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export const NotificationList = z.object({ notifications: z.array(Notification), nextCursor: z.string().nullable(), unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;
export const UnreadCount = z.object({ unread: z.number().int() });
export type UnreadCount = z.infer<typeof UnreadCount>;
export const MarkAllReadResult = z.object({ marked: z.number().int(), unread: z.number().int() });
export type MarkAllReadResult = z.infer<typeof MarkAllReadResult>;
