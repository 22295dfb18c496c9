import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import {
  dataSetMappingSchema,
  dataSetPage,
  dataSetRowsPage,
  dataSetRowsQuery,
  dataSetSchema,
} from './data-sets.schemas.js';
import {
  deleteDataSet,
  getDataSet,
  getDataSetRows,
  importDataSet,
  importWorldBankExample,
  listWorkspaceDataSets,
} from './data-sets.service.js';

const tags = ['data-sets'];
const MAX_CSV = 8 * 1024 * 1024;

export const dataSetRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/data-sets',
    {
      schema: {
        operationId: 'listDataSets',
        tags,
        summary: 'External data sets of the workspace',
        response: { 200: dataSetPage, ...errorResponses },
      },
    },
    async (request) => listWorkspaceDataSets(db, requireActor(request)),
  );

  app.post(
    '/data-sets',
    {
      bodyLimit: MAX_CSV + 64 * 1024,
      schema: {
        operationId: 'createDataSet',
        tags,
        summary: 'Import a data set from a CSV with a mapping (admins)',
        description:
          'The key column holds a country code (ISO 3166-1 alpha-2), a region or a postcode; each value column gets a key, a label and a type. The whole file is checked first (400 naming the line and column) and written in one transaction. Reports then name a value `data.<id>.<key>`.',
        body: dataSetMappingSchema.extend({
          csv: z.string().min(1, { message: 'is required' }).max(MAX_CSV, { message: 'is larger than 8 MB' }),
        }),
        response: { 201: dataSetSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { csv, ...mapping } = request.body;
      return reply.status(201).send(await importDataSet(db, requireActor(request), mapping, csv));
    },
  );

  app.post(
    '/data-sets/examples/world-bank',
    {
      schema: {
        operationId: 'createWorldBankDataSet',
        tags,
        summary: 'Add the example data set: World Bank population and GDP by country (admins)',
        response: { 201: dataSetSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await importWorldBankExample(db, requireActor(request))),
  );

  app.get(
    '/data-sets/:id',
    {
      schema: {
        operationId: 'getDataSet',
        tags,
        summary: 'A data set',
        params: idParams,
        response: { 200: dataSetSchema, ...errorResponses },
      },
    },
    async (request) => getDataSet(db, requireActor(request), request.params.id),
  );

  app.get(
    '/data-sets/:id/rows',
    {
      schema: {
        operationId: 'listDataSetRows',
        tags,
        summary: 'A data set’s rows, by key',
        params: idParams,
        querystring: dataSetRowsQuery,
        response: { 200: dataSetRowsPage, ...errorResponses },
      },
    },
    async (request) => getDataSetRows(db, requireActor(request), request.params.id, request.query.limit),
  );

  app.delete(
    '/data-sets/:id',
    {
      schema: {
        operationId: 'deleteDataSet',
        tags,
        summary: 'Delete a data set (admins); reports naming it then answer 400',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteDataSet(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
