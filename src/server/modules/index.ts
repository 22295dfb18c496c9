import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordRoutes } from '../records/record-routes.js';
import { RECORD_TYPES } from '../records/registry.js';
import { adminRoutes } from './admin/admin.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { customFieldRoutes } from './custom-fields/custom-fields.routes.js';
import { eventRoutes } from './events/events.routes.js';
import { exportRoutes } from './exports/exports.routes.js';
import { fileRoutes } from './files/files.routes.js';
import { importRoutes } from './imports/imports.routes.js';
import { mailRoutes } from './mail/mail.routes.js';
import { mailboxRoutes } from './mail/mailboxes.routes.js';
import { noteRoutes } from './notes/notes.routes.js';
import { searchRoutes } from './search/search.routes.js';
import { timelineRoutes } from './timeline/timeline.routes.js';
import { viewRoutes } from './views/views.routes.js';
import { webhookRoutes } from './webhooks/webhooks.routes.js';

/** Every module's routes, mounted under /api/v1. */
export const moduleRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(authRoutes);
  await app.register(adminRoutes);
  for (const type of RECORD_TYPES) await app.register(recordRoutes(type));
  await app.register(noteRoutes);
  await app.register(timelineRoutes);
  await app.register(fileRoutes);
  await app.register(viewRoutes);
  await app.register(customFieldRoutes);
  await app.register(searchRoutes);
  await app.register(auditRoutes);
  await app.register(eventRoutes);
  await app.register(mailRoutes);
  await app.register(mailboxRoutes);
  await app.register(webhookRoutes);
  await app.register(exportRoutes);
  await app.register(importRoutes);
};
