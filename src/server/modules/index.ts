import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordRoutes } from '../records/record-routes.js';
import { RECORD_TYPES } from '../records/registry.js';
import { adminRoutes } from './admin/admin.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { customFieldRoutes } from './custom-fields/custom-fields.routes.js';
import { noteRoutes } from './notes/notes.routes.js';
import { searchRoutes } from './search/search.routes.js';
import { viewRoutes } from './views/views.routes.js';

/** Every module's routes, mounted under /api/v1. */
export const moduleRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(authRoutes);
  await app.register(adminRoutes);
  for (const type of RECORD_TYPES) await app.register(recordRoutes(type));
  await app.register(noteRoutes);
  await app.register(viewRoutes);
  await app.register(customFieldRoutes);
  await app.register(searchRoutes);
  await app.register(auditRoutes);
};
