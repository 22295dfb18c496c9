import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { tagList, tagListQuery, tagRenameBody, tagRenameResult } from './tags.schemas.js';
import { listTags, renameTag } from './tags.service.js';

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

  app.post(
    '/tags/rename',
    {
      schema: {
        operationId: 'renameTag',
        tags: ['tags'],
        summary: 'Rename a tag on every record, or merge it into another',
        description:
          'Every live record carrying `from` carries `to` instead, in one transaction; each change is in ' +
          'the record’s history. Renaming to a tag already in use merges the two. Needs admin update.',
        body: tagRenameBody,
        response: { 200: tagRenameResult, ...errorResponses },
      },
    },
    async (request) => renameTag(db, requireActor(request), request.body.from, request.body.to),
  );
};
