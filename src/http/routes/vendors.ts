// Vendors: the inventory, reviews, SOC reports on file, and the reminders list.
import { z } from 'zod';
import type { ZodApp } from '../types.ts';
import * as api from '../../contract/api.ts';
import * as vendors from '../../contract/vendors.ts';
import type { Deps } from '../../services/context.ts';
import { changeVendor, createVendor, listVendorInventory, readVendor } from '../../services/vendors.ts';
import { addVendorReport, recordVendorReview, vendorReminders } from '../../services/vendor-reviews.ts';
import { ctxOf } from '../auth.ts';

const IdParams = z.strictObject({ id: api.Uuid });

export function vendorRoutes(app: ZodApp, deps: Deps) {
  const tags = ['vendors'];
  app.get('/api/v1/vendors', { schema: { tags, summary: 'The vendor inventory a page at a time (by name; pass nextCursor as cursor for the next page), each with its review status', querystring: vendors.VendorQuery, response: { 200: vendors.VendorList } } }, async (req) =>
    listVendorInventory(deps, ctxOf(req), req.query),
  );
  app.post('/api/v1/vendors', { schema: { tags, summary: 'Add a vendor', body: vendors.CreateVendorRequest, response: { 201: vendors.VendorDetail } } }, async (req, reply) =>
    reply.status(201).send(await createVendor(deps, ctxOf(req), req.body)),
  );
  app.get('/api/v1/vendors/reminders', { schema: { tags, summary: 'Vendors needing attention: reviews due or overdue, reports missing, outdated or qualified', response: { 200: vendors.VendorReminderList } } }, async (req) =>
    vendorReminders(deps, ctxOf(req)),
  );
  app.get('/api/v1/vendors/:id', { schema: { tags, summary: 'A vendor with its reviews and reports', params: IdParams, response: { 200: vendors.VendorDetail } } }, async (req) =>
    readVendor(deps, ctxOf(req), req.params.id),
  );
  app.patch('/api/v1/vendors/:id', { schema: { tags, summary: 'Change some of a vendor\'s fields (lists are replaced whole)', params: IdParams, body: vendors.UpdateVendorRequest, response: { 200: vendors.VendorDetail } } }, async (req) =>
    changeVendor(deps, ctxOf(req), req.params.id, req.body),
  );
  app.post('/api/v1/vendors/:id/reviews', { schema: { tags, summary: 'Record a review of the vendor', params: IdParams, body: vendors.CreateVendorReviewRequest, response: { 201: vendors.VendorDetail } } }, async (req, reply) =>
    reply.status(201).send(await recordVendorReview(deps, ctxOf(req), req.params.id, req.body)),
  );
  app.post('/api/v1/vendors/:id/reports', { schema: { tags, summary: 'File a SOC report (or certificate) received from the vendor', params: IdParams, body: vendors.CreateVendorReportRequest, response: { 201: vendors.VendorDetail } } }, async (req, reply) =>
    reply.status(201).send(await addVendorReport(deps, ctxOf(req), req.params.id, req.body)),
  );
}
