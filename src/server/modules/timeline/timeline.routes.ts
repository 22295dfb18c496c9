import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { pascal } from '../../records/record-routes.js';
import { RECORD_TYPES } from '../../records/registry.js';
import { timelinePage, timelineQuery } from './timeline.schemas.js';
import { getTimeline } from './timeline.service.js';

/** `GET /{records}/{id}/timeline` for every record type in the registry. */
export const timelineRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  for (const type of RECORD_TYPES) {
    app.get(
      `/${type.table}/:id/timeline`,
      {
        schema: {
          tags: [type.table],
          operationId: `get${pascal(type.names.singular)}Timeline`,
          summary: `Timeline of a ${type.names.singular}`,
          description:
            'What happened to the record, newest first: created, changed (the fields with their values ' +
            'before and after), trashed, restored, notes added, edited and deleted; notes on the records ' +
            'that refer to it show here too. Filter with `kind`, page with `cursor`.',
          params: idParams,
          querystring: timelineQuery,
          response: { 200: timelinePage, ...errorResponses },
        },
      },
      async (request) => getTimeline(db, requireActor(request), type, request.params.id, request.query),
    );
  }
};
