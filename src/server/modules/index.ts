import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminRoutes } from './admin/admin.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { companyRoutes } from './companies/companies.routes.js';
import { customFieldRoutes } from './custom-fields/custom-fields.routes.js';
import { noteRoutes } from './notes/notes.routes.js';
import { peopleRoutes } from './people/people.routes.js';
import { searchRoutes } from './search/search.routes.js';
import { viewRoutes } from './views/views.routes.js';

/** Every module's routes, mounted under /api/v1. */
export const moduleRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(authRoutes);
  await app.register(adminRoutes);
  await app.register(companyRoutes);
  await app.register(peopleRoutes);
  await app.register(noteRoutes);
  await app.register(viewRoutes);
  await app.register(customFieldRoutes);
  await app.register(searchRoutes);
  await app.register(auditRoutes);
};
