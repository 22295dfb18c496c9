import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import {
  analysisParams,
  analysisRunSchema,
  analysisStateSchema,
  runBody,
  scheduleBody,
  scheduleSchema,
} from './customer-value.schemas.js';
import {
  getAnalysis,
  getAnalysisRun,
  scheduleAnalysis,
  startAnalysis,
  unscheduleAnalysis,
} from './customer-value.service.js';

const tags = ['customer analyses'];

const ANALYSES_TEXT =
  '`rfm`: recency, frequency and monetary scores and segments (params: `asOf`); `clv`: Pareto/NBD or BG/NBD with Gamma-Gamma, expected purchases, P(alive), churn risk and lifetime value, with a holdout check (params: `asOf`, `model`, `horizonWeeks`, `holdoutWeeks`, `discountRate`); `cohorts`: monthly cohorts with retention and revenue (params: `asOf`). Each runs for companies and for people on the orders that are not cancelled, in the workspace currency; RFM and CLV write their values on each person and company.';

export const customerValueRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/customer-analyses/:analysis',
    {
      schema: {
        operationId: 'getCustomerAnalysis',
        tags,
        summary: 'An analysis: its last finished run with the model’s fit, a run under way, its schedule',
        description: ANALYSES_TEXT,
        params: analysisParams,
        response: { 200: analysisStateSchema, ...errorResponses },
      },
    },
    async (request) => getAnalysis(db, requireActor(request), request.params.analysis),
  );

  app.post(
    '/customer-analyses/:analysis/runs',
    {
      schema: {
        operationId: 'runCustomerAnalysis',
        tags,
        summary: 'Run an analysis now, as a background job',
        description: `${ANALYSES_TEXT} Follow its progress with getCustomerAnalysisRun.`,
        params: analysisParams,
        body: runBody,
        response: { 202: analysisRunSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(await startAnalysis(db, requireActor(request), request.params.analysis, request.body.params)),
  );

  app.get(
    '/customer-analyses/runs/:id',
    {
      schema: {
        operationId: 'getCustomerAnalysisRun',
        tags,
        summary: 'One run of an analysis: its status, progress and result',
        params: idParams,
        response: { 200: analysisRunSchema, ...errorResponses },
      },
    },
    async (request) => getAnalysisRun(db, requireActor(request), request.params.id),
  );

  app.put(
    '/customer-analyses/:analysis/schedule',
    {
      schema: {
        operationId: 'scheduleCustomerAnalysis',
        tags,
        summary: 'Run an analysis each day, week or month (at 06:00 UTC)',
        params: analysisParams,
        body: scheduleBody,
        response: { 200: scheduleSchema, ...errorResponses },
      },
    },
    async (request) => scheduleAnalysis(db, requireActor(request), request.params.analysis, request.body),
  );

  app.delete(
    '/customer-analyses/:analysis/schedule',
    {
      schema: {
        operationId: 'unscheduleCustomerAnalysis',
        tags,
        summary: 'Stop running an analysis on a schedule',
        params: analysisParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await unscheduleAnalysis(db, requireActor(request), request.params.analysis);
      return reply.status(204).send(null);
    },
  );
};
