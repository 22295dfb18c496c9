import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { viewCreateBody, viewListQuery, viewPage, viewSchema, viewUpdateBody } from './views.schemas.js';
import { createView, deleteView, getView, listViews, updateView } from './views.service.js';

const tags = ['views'];

export const viewRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/views',
    {
      schema: {
        operationId: 'listViews',
        tags,
        summary: 'Saved list views: your own and the shared ones, by name',
        querystring: viewListQuery,
        response: { 200: viewPage, ...errorResponses },
      },
    },
    async (request) => listViews(db, requireActor(request), request.query),
  );

  app.post(
    '/views',
    {
      schema: {
        operationId: 'createView',
        tags,
        summary: 'Save a list view',
        body: viewCreateBody,
        response: { 201: viewSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createView(db, requireActor(request), request.body)),
  );

  app.get(
    '/views/:id',
    {
      schema: {
        operationId: 'getView',
        tags,
        summary: 'Get a saved view',
        params: idParams,
        response: { 200: viewSchema, ...errorResponses },
      },
    },
    async (request) => getView(db, requireActor(request), request.params.id),
  );

  app.patch(
    '/views/:id',
    {
      schema: {
        operationId: 'updateView',
        tags,
        summary: 'Change a saved view (its creator or an admin)',
        description: '`config` replaces the whole configuration.',
        params: idParams,
        body: viewUpdateBody,
        response: { 200: viewSchema, ...errorResponses },
      },
    },
    async (request) => updateView(db, requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/views/:id',
    {
      schema: {
        operationId: 'deleteView',
        tags,
        summary: 'Delete a saved view (its creator or an admin)',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteView(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
