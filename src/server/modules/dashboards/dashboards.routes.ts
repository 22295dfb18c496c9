import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { reportContextSchema } from '../reports/reports.schemas.js';
import {
  dashboardCreateBody,
  dashboardPage,
  dashboardResultsSchema,
  dashboardSchema,
  dashboardUpdateBody,
} from './dashboards.schemas.js';
import {
  createDashboard,
  dashboardResults,
  deleteDashboard,
  getDashboard,
  listDashboards,
  updateDashboard,
} from './dashboards.service.js';

const tags = ['dashboards'];

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/dashboards',
    {
      schema: {
        operationId: 'listDashboards',
        tags,
        summary: 'Dashboards: your own and the shared ones, by name',
        response: { 200: dashboardPage, ...errorResponses },
      },
    },
    async (request) => listDashboards(db, requireActor(request)),
  );

  app.post(
    '/dashboards',
    {
      schema: {
        operationId: 'createDashboard',
        tags,
        summary: 'Create a dashboard',
        body: dashboardCreateBody,
        response: { 201: dashboardSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createDashboard(db, requireActor(request), request.body)),
  );

  app.get(
    '/dashboards/:id',
    {
      schema: {
        operationId: 'getDashboard',
        tags,
        summary: 'Get a dashboard',
        params: idParams,
        response: { 200: dashboardSchema, ...errorResponses },
      },
    },
    async (request) => getDashboard(db, requireActor(request), request.params.id),
  );

  app.patch(
    '/dashboards/:id',
    {
      schema: {
        operationId: 'updateDashboard',
        tags,
        summary: 'Change a dashboard: its name, sharing, widgets and their places, range and filters',
        params: idParams,
        body: dashboardUpdateBody,
        response: { 200: dashboardSchema, ...errorResponses },
      },
    },
    async (request) => updateDashboard(db, requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/dashboards/:id',
    {
      schema: {
        operationId: 'deleteDashboard',
        tags,
        summary: 'Delete a dashboard (its creator or an admin)',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteDashboard(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/dashboards/:id/results',
    {
      schema: {
        operationId: 'getDashboardResults',
        tags,
        summary: 'Run every widget of a dashboard',
        description:
          'With `context`, that date range and those filters instead of the saved ones. Each widget counts only what your role reads; one that cannot run carries its error.',
        params: idParams,
        body: z.object({ context: reportContextSchema.optional() }),
        response: { 200: dashboardResultsSchema, ...errorResponses },
      },
    },
    async (request) => dashboardResults(db, requireActor(request), request.params.id, request.body.context),
  );
};
