import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { memberList, memberSchema, memberUpdateBody, userIdParams } from './members.schemas.js';
import { getMembers, updateMember } from './members.service.js';

const tags = ['members'];

export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/members',
    {
      schema: {
        operationId: 'listMembers',
        tags,
        summary: 'People in the workspace with their role, teams and whether they are active',
        response: { 200: memberList, ...errorResponses },
      },
    },
    async (request) => ({ data: await getMembers(db, requireActor(request)) }),
  );

  app.patch(
    '/members/:userId',
    {
      schema: {
        operationId: 'updateMember',
        tags,
        summary:
          "Change a member's role, or deactivate/reactivate them (admins; owner changes need an owner)",
        params: userIdParams,
        body: memberUpdateBody,
        response: { 200: memberSchema, ...errorResponses },
      },
    },
    async (request) => updateMember(db, requireActor(request), request.params.userId, request.body),
  );
};
