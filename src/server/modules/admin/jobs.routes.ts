import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, idParams, page } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { jobCountsSchema, jobListQuery, jobSchema } from './jobs.schemas.js';
import { cancelJob, getJob, getJobCounts, getJobs, retryJob } from './jobs.service.js';

const tags = ['jobs'];

/** The workspace's background jobs (sending, delivery, imports…): watch, retry, cancel (admins). */
export const jobRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/jobs',
    {
      schema: {
        operationId: 'listJobs',
        tags,
        summary:
          "The workspace's background jobs in one status: waiting ones in the order they are due, the others newest first (admins)",
        querystring: jobListQuery,
        response: { 200: page(jobSchema), ...errorResponses },
      },
    },
    async (request) => getJobs(db, requireActor(request), request.query),
  );

  app.get(
    '/jobs/counts',
    {
      schema: {
        operationId: 'countJobs',
        tags,
        summary: "How many of the workspace's jobs are in each status (admins)",
        response: { 200: jobCountsSchema, ...errorResponses },
      },
    },
    async (request) => getJobCounts(db, requireActor(request)),
  );

  app.get(
    '/jobs/:id',
    {
      schema: {
        operationId: 'getJob',
        tags,
        summary: 'One background job (admins)',
        params: idParams,
        response: { 200: jobSchema, ...errorResponses },
      },
    },
    async (request) => getJob(db, requireActor(request), request.params.id),
  );

  app.post(
    '/jobs/:id/retry',
    {
      schema: {
        operationId: 'retryJob',
        tags,
        summary: 'Run a dead or cancelled job again, now, with all its attempts (admins)',
        params: idParams,
        response: { 200: jobSchema, ...errorResponses },
      },
    },
    async (request) => retryJob(db, requireActor(request), request.params.id),
  );

  app.post(
    '/jobs/:id/cancel',
    {
      schema: {
        operationId: 'cancelJob',
        tags,
        summary: 'Cancel a waiting job, or stop a running one (admins)',
        params: idParams,
        response: { 200: jobSchema, ...errorResponses },
      },
    },
    async (request) => cancelJob(db, requireActor(request), request.params.id),
  );
};
