import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { teamCreateBody, teamList, teamMembersBody, teamSchema, teamUpdateBody } from './teams.schemas.js';
import { createTeam, deleteTeam, getTeams, renameTeam, setTeamMembers } from './teams.service.js';

const tags = ['teams'];

export const teamRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/teams',
    {
      schema: {
        operationId: 'listTeams',
        tags,
        summary: 'Teams of the workspace with their members',
        response: { 200: teamList, ...errorResponses },
      },
    },
    async (request) => ({ data: await getTeams(db, requireActor(request)) }),
  );

  app.post(
    '/teams',
    {
      schema: {
        operationId: 'createTeam',
        tags,
        summary: 'Create a team (admins)',
        body: teamCreateBody,
        response: { 201: teamSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTeam(db, requireActor(request), request.body)),
  );

  app.patch(
    '/teams/:id',
    {
      schema: {
        operationId: 'updateTeam',
        tags,
        summary: 'Rename a team (admins)',
        params: idParams,
        body: teamUpdateBody,
        response: { 200: teamSchema, ...errorResponses },
      },
    },
    async (request) => renameTeam(db, requireActor(request), request.params.id, request.body.name),
  );

  app.put(
    '/teams/:id/members',
    {
      schema: {
        operationId: 'setTeamMembers',
        tags,
        summary: "Set a team's members; each must be a member of the workspace (admins)",
        params: idParams,
        body: teamMembersBody,
        response: { 200: teamSchema, ...errorResponses },
      },
    },
    async (request) => setTeamMembers(db, requireActor(request), request.params.id, request.body.userIds),
  );

  app.delete(
    '/teams/:id',
    {
      schema: {
        operationId: 'deleteTeam',
        tags,
        summary: 'Delete a team (admins)',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteTeam(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
