import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { auditEntrySchema } from './audit.schemas.js';
import { listAudit } from './audit.service.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit-log',
    {
      schema: {
        operationId: 'listAuditEntries',
        tags: ['audit'],
        summary: 'Who changed what and when, newest first (admins and managers)',
        querystring: z.object({
          entityType: z.string().max(50).optional(),
          entityId: z.uuid().optional(),
          cursor: z.uuid({ message: 'is not a cursor from this list' }).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: z.object({ data: z.array(auditEntrySchema), nextCursor: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => listAudit(app.db, requireActor(request), request.query),
  );
};
