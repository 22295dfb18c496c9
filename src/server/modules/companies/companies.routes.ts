import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams, ifMatchHeaders, listQuery } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { requestedVersion, withVersionHeader } from '../../lib/versions.js';
import { historyResponse } from '../audit/audit.schemas.js';
import { companyCreateBody, companyPage, companySchema, companyUpdateBody } from './companies.schemas.js';
import {
  companyHistory,
  createCompany,
  deleteCompany,
  getCompany,
  listCompanies,
  restoreCompany,
  updateCompany,
} from './companies.service.js';

const tags = ['companies'];

export const companyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/companies',
    {
      schema: {
        tags,
        summary: 'List companies',
        querystring: listQuery,
        response: { 200: companyPage, ...errorResponses },
      },
    },
    async (request) => listCompanies(db, requireActor(request), request.query),
  );

  app.post(
    '/companies',
    {
      schema: {
        tags,
        summary: 'Create a company',
        body: companyCreateBody,
        response: { 201: companySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(withVersionHeader(reply, await createCompany(db, requireActor(request), request.body))),
  );

  app.get(
    '/companies/:id',
    {
      schema: {
        tags,
        summary: 'Get a company',
        params: idParams,
        response: { 200: companySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      withVersionHeader(reply, await getCompany(db, requireActor(request), request.params.id)),
  );

  app.patch(
    '/companies/:id',
    {
      schema: {
        tags,
        summary: 'Change a company',
        params: idParams,
        headers: ifMatchHeaders,
        body: companyUpdateBody,
        response: { 200: companySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      withVersionHeader(
        reply,
        await updateCompany(
          db,
          requireActor(request),
          request.params.id,
          request.body,
          requestedVersion(request),
        ),
      ),
  );

  app.delete(
    '/companies/:id',
    {
      schema: {
        tags,
        summary: 'Move a company to the trash',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteCompany(db, requireActor(request), request.params.id, requestedVersion(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/companies/:id/restore',
    {
      schema: {
        tags,
        summary: 'Restore a company from the trash',
        params: idParams,
        response: { 200: companySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      withVersionHeader(reply, await restoreCompany(db, requireActor(request), request.params.id)),
  );

  app.get(
    '/companies/:id/history',
    {
      schema: {
        tags,
        summary: 'Field-level change history of a company',
        params: idParams,
        response: { 200: historyResponse, ...errorResponses },
      },
    },
    async (request) => ({ data: await companyHistory(db, requireActor(request), request.params.id) }),
  );
};
