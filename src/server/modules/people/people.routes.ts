import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams, ifMatchHeaders, listQuery } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { requestedVersion, withVersionHeader } from '../../lib/versions.js';
import { historyResponse } from '../audit/audit.schemas.js';
import { personCreateBody, personPage, personSchema, personUpdateBody } from './people.schemas.js';
import {
  createPerson,
  deletePerson,
  getPerson,
  listCompanyPeople,
  listPeople,
  personHistory,
  restorePerson,
  updatePerson,
} from './people.service.js';

const tags = ['people'];

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/people',
    {
      schema: {
        tags,
        summary: 'List people',
        description:
          'Sort and filter by firstName, lastName, email (the primary one), jobTitle, city, country, companyId, ownerId, tags, createdAt, updatedAt and `custom.<key>`.',
        querystring: listQuery,
        response: { 200: personPage, ...errorResponses },
      },
    },
    async (request) => listPeople(db, requireActor(request), request.query),
  );

  app.get(
    '/companies/:id/people',
    {
      schema: {
        tags: [...tags, 'companies'],
        summary: 'List the people of a company',
        params: idParams,
        querystring: listQuery,
        response: { 200: personPage, ...errorResponses },
      },
    },
    async (request) => listCompanyPeople(db, requireActor(request), request.params.id, request.query),
  );

  app.post(
    '/people',
    {
      schema: {
        tags,
        summary: 'Create a person',
        body: personCreateBody,
        response: { 201: personSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(withVersionHeader(reply, await createPerson(db, requireActor(request), request.body))),
  );

  app.get(
    '/people/:id',
    {
      schema: {
        tags,
        summary: 'Get a person',
        params: idParams,
        response: { 200: personSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      withVersionHeader(reply, await getPerson(db, requireActor(request), request.params.id)),
  );

  app.patch(
    '/people/:id',
    {
      schema: {
        tags,
        summary: 'Change a person',
        description: 'Send only the fields to change; `emails`, `phones` and `tags` replace the whole list.',
        params: idParams,
        headers: ifMatchHeaders,
        body: personUpdateBody,
        response: { 200: personSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      withVersionHeader(
        reply,
        await updatePerson(
          db,
          requireActor(request),
          request.params.id,
          request.body,
          requestedVersion(request),
        ),
      ),
  );

  app.delete(
    '/people/:id',
    {
      schema: {
        tags,
        summary: 'Move a person to the trash',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deletePerson(db, requireActor(request), request.params.id, requestedVersion(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/people/:id/restore',
    {
      schema: {
        tags,
        summary: 'Restore a person from the trash',
        params: idParams,
        response: { 200: personSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      withVersionHeader(reply, await restorePerson(db, requireActor(request), request.params.id)),
  );

  app.get(
    '/people/:id/history',
    {
      schema: {
        tags,
        summary: 'Field-level change history of a person',
        params: idParams,
        response: { 200: historyResponse, ...errorResponses },
      },
    },
    async (request) => ({ data: await personHistory(db, requireActor(request), request.params.id) }),
  );
};
