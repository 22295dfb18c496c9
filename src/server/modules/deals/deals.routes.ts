import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams, listQuery } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { dealBoardSchema, stageChangesSchema } from './deals.http.js';
import { getDealBoard, listDealStageChanges } from './deals.service.js';
import { salesReportQuery, salesReportSchema } from './sales-reports.schemas.js';
import { getSalesReport } from './sales-reports.service.js';

const tags = ['deals'];

export const dealRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/deals/board',
    {
      schema: {
        operationId: 'getDealBoard',
        tags,
        summary:
          'A pipeline’s board: per stage, the open deals’ count and totals and the first page of deals',
        description:
          'Takes the deals list’s `q`, `filter`, `sort` (default `stageEnteredAt`, longest in the stage first) and `limit` (per column). A column’s next page is `GET /deals` with the same query, `filter[stageId]`, `filter[status]=open` and the column’s `nextCursor`. Totals are in the workspace currency, other currencies converted at the workspace’s exchange rates.',
        querystring: listQuery.extend({ pipelineId: z.uuid({ message: 'must be a pipeline id' }) }),
        response: { 200: dealBoardSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { pipelineId, ...query } = request.query;
      return getDealBoard(db, requireActor(request), pipelineId, query);
    },
  );

  app.get(
    '/deals/reports',
    {
      schema: {
        operationId: 'getSalesReport',
        tags,
        summary:
          'Sales reports of a pipeline: pipeline by stage, weighted forecast by month, win rate, average deal size and sales cycle, per owner and team',
        description: 'Counts only the deals the caller may read; amounts in the workspace currency.',
        querystring: salesReportQuery,
        response: { 200: salesReportSchema, ...errorResponses },
      },
    },
    async (request) => getSalesReport(db, requireActor(request), request.query),
  );

  app.get(
    '/deals/:id/stage-changes',
    {
      schema: {
        operationId: 'listDealStageChanges',
        tags,
        summary: 'A deal’s stage and status changes, oldest first',
        params: idParams,
        response: { 200: stageChangesSchema, ...errorResponses },
      },
    },
    async (request) => listDealStageChanges(db, requireActor(request), request.params.id),
  );
};
