import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { companyRoutes } from './companies/companies.routes.js';
import { customFieldRoutes } from './custom-fields/custom-fields.routes.js';
import { searchRoutes } from './search/search.routes.js';

/** Every module's routes, mounted under /api/v1. */
export const moduleRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(authRoutes);
  await app.register(companyRoutes);
  await app.register(customFieldRoutes);
  await app.register(searchRoutes);
  await app.register(auditRoutes);
};
