import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import {
  reportContextSchema,
  reportCreateBody,
  reportFieldsSchema,
  reportPage,
  reportResultSchema,
  reportUpdateBody,
  runReportBody,
  savedReportSchema,
} from './reports.schemas.js';
import {
  createReport,
  deleteReport,
  getReport,
  listReports,
  reportFields,
  runReport,
  runSavedReport,
  updateReport,
} from './reports.service.js';

const tags = ['reports'];

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.post(
    '/reports/run',
    {
      schema: {
        operationId: 'runReport',
        tags,
        summary: 'Run a report definition',
        description:
          'Groups and aggregates records inside the database, counting only the records your role may read. Each row carries the list filter of the records behind it (open the list, or its CSV export, with it). More than 1,000 groups answer 400.',
        body: runReportBody,
        response: { 200: reportResultSchema, ...errorResponses },
      },
    },
    async (request) => runReport(db, requireActor(request), request.body.definition, request.body.context),
  );

  app.get(
    '/reports/fields',
    {
      schema: {
        operationId: 'listReportFields',
        tags,
        summary: 'Fields a report on an object can group and measure',
        querystring: z.object({ object: z.string().min(1, { message: 'is required' }).max(60) }),
        response: { 200: reportFieldsSchema, ...errorResponses },
      },
    },
    async (request) => reportFields(db, requireActor(request), request.query.object),
  );

  app.get(
    '/reports',
    {
      schema: {
        operationId: 'listReports',
        tags,
        summary: 'Saved reports: your own and the shared ones, by name',
        response: { 200: reportPage, ...errorResponses },
      },
    },
    async (request) => listReports(db, requireActor(request)),
  );

  app.post(
    '/reports',
    {
      schema: {
        operationId: 'createReport',
        tags,
        summary: 'Save a report',
        description:
          'The definition is run once first; one that does not run is refused with the field at fault.',
        body: reportCreateBody,
        response: { 201: savedReportSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createReport(db, requireActor(request), request.body)),
  );

  app.get(
    '/reports/:id',
    {
      schema: {
        operationId: 'getReport',
        tags,
        summary: 'Get a saved report',
        params: idParams,
        response: { 200: savedReportSchema, ...errorResponses },
      },
    },
    async (request) => getReport(db, requireActor(request), request.params.id),
  );

  app.patch(
    '/reports/:id',
    {
      schema: {
        operationId: 'updateReport',
        tags,
        summary: 'Change a saved report (its creator or an admin)',
        params: idParams,
        body: reportUpdateBody,
        response: { 200: savedReportSchema, ...errorResponses },
      },
    },
    async (request) => updateReport(db, requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/reports/:id',
    {
      schema: {
        operationId: 'deleteReport',
        tags,
        summary: 'Delete a saved report (its creator or an admin)',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteReport(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/reports/:id/run',
    {
      schema: {
        operationId: 'runSavedReport',
        tags,
        summary: 'Run a saved report, optionally within a date range and filters',
        params: idParams,
        body: z.object({ context: reportContextSchema.optional() }),
        response: { 200: reportResultSchema, ...errorResponses },
      },
    },
    async (request) => runSavedReport(db, requireActor(request), request.params.id, request.body.context),
  );
};
