import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { tagList, tagListQuery } from './tags.schemas.js';
import { listTags } from './tags.service.js';

export const tagRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/tags',
    {
      schema: {
        operationId: 'listTags',
        tags: ['tags'],
        summary: 'The tags in use, most used first, with counts per record type',
        querystring: tagListQuery,
        response: { 200: tagList, ...errorResponses },
      },
    },
    async (request) => listTags(db, requireActor(request), request.query.object),
  );
};
