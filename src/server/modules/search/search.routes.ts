import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { globalSearch, SEARCHABLE } from './search.service.js';

const searchQuery = z.object({
  q: z.string().trim().min(1, { message: 'is required' }).max(200),
  types: z
    .string()
    .optional()
    .transform((value) => value?.split(',').filter(Boolean))
    .pipe(z.array(z.enum(Object.keys(SEARCHABLE) as [string, ...string[]])).optional())
    .describe('Comma-separated record types: person, company'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

const hit = z.object({
  entityType: z.string(),
  entityId: z.uuid(),
  title: z.string(),
  subtitle: z.string().nullable(),
  rank: z
    .number()
    .describe(
      'How the words matched: 3 whole words of the name, 2 starts of name words, 1 elsewhere in the record',
    ),
});

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      schema: {
        operationId: 'searchRecords',
        tags: ['search'],
        summary: 'Search every record type, ignoring case, accents and script',
        querystring: searchQuery,
        response: { 200: z.object({ data: z.array(hit) }), ...errorResponses },
      },
    },
    async (request) => {
      const { q, types, limit } = request.query;
      return { data: await globalSearch(app.db, requireActor(request), q, types, limit) };
    },
  );
};
