import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { roleCreateBody, roleList, roleSchema, roleUpdateBody } from './roles.schemas.js';
import { createRole, deleteRole, getRoles, updateRole } from './roles.service.js';

const tags = ['roles'];

export const roleRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/roles',
    {
      schema: {
        operationId: 'listRoles',
        tags,
        summary: 'Roles of the workspace with their permissions',
        response: { 200: roleList, ...errorResponses },
      },
    },
    async (request) => ({ data: await getRoles(db, requireActor(request)) }),
  );

  app.post(
    '/roles',
    {
      schema: {
        operationId: 'createRole',
        tags,
        summary: 'Create a custom role (admins)',
        body: roleCreateBody,
        response: { 201: roleSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRole(db, requireActor(request), request.body)),
  );

  app.patch(
    '/roles/:id',
    {
      schema: {
        operationId: 'updateRole',
        tags,
        summary: 'Rename a custom role or change its permissions (admins)',
        params: idParams,
        body: roleUpdateBody,
        response: { 200: roleSchema, ...errorResponses },
      },
    },
    async (request) => updateRole(db, requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/roles/:id',
    {
      schema: {
        operationId: 'deleteRole',
        tags,
        summary: 'Delete a custom role nobody uses (admins)',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteRole(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
