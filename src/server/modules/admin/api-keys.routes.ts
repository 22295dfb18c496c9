import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { apiKeyCreateBody, apiKeyList, createdApiKeySchema } from './api-keys.schemas.js';
import { createApiKey, getApiKeys, revokeKey } from './api-keys.service.js';

const tags = ['api keys'];

export const apiKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/api-keys',
    {
      schema: {
        operationId: 'listApiKeys',
        tags,
        summary: 'API keys of the workspace, revoked ones included (admins)',
        response: { 200: apiKeyList, ...errorResponses },
      },
    },
    async (request) => ({ data: await getApiKeys(db, requireActor(request)) }),
  );

  app.post(
    '/api-keys',
    {
      schema: {
        operationId: 'createApiKey',
        tags,
        summary: 'Create an API key acting with a role; the key is shown only once (admins)',
        body: apiKeyCreateBody,
        response: { 201: createdApiKeySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createApiKey(db, requireActor(request), request.body)),
  );

  app.delete(
    '/api-keys/:id',
    {
      schema: {
        operationId: 'revokeApiKey',
        tags,
        summary: 'Revoke an API key (admins)',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await revokeKey(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
