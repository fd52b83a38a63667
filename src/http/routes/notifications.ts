// The acting user's own notifications: list, unread count, mark read.
import { z } from 'zod';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import * as notifications from '../../contract/notifications.ts';
import type { Deps } from '../../services/context.ts';
import { listMyNotifications, markAllNotificationsRead, markNotificationRead, myUnreadCount } from '../../services/notifications.ts';
import { ctxOf } from '../auth.ts';

const IdParams = z.strictObject({ id: api.Uuid });

export function notificationRoutes(app: ZodApp, deps: Deps) {
  const tags = ['notifications'];
  app.get('/api/v1/notifications', { schema: { tags, summary: 'Your notifications in this organization, newest first (by cursor), with the unread count', querystring: notifications.NotificationQuery, response: { 200: notifications.NotificationList } } }, async (req) =>
    listMyNotifications(deps, ctxOf(req), req.query),
  );
  app.get('/api/v1/notifications/unread-count', { schema: { tags, summary: 'How many of your notifications are unread', response: { 200: notifications.UnreadCount } } }, async (req) =>
    myUnreadCount(deps, ctxOf(req)),
  );
  app.post('/api/v1/notifications/read-all', { schema: { tags, summary: 'Mark all your notifications read', response: { 200: notifications.MarkAllReadResult } } }, async (req) =>
    markAllNotificationsRead(deps, ctxOf(req)),
  );
  app.post('/api/v1/notifications/:id/read', { schema: { tags, summary: 'Mark one of your notifications read', params: IdParams, response: { 200: notifications.Notification } } }, async (req) =>
    markNotificationRead(deps, ctxOf(req), req.params.id),
  );
}
