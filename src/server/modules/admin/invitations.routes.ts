import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import {
  createdInvitationSchema,
  invitationCreateBody,
  invitationList,
  invitationPreviewQuery,
  invitationPreviewSchema,
} from './invitations.schemas.js';
import {
  createInvitation,
  listWorkspaceInvitations,
  previewInvitation,
  revokeInvitation,
} from './invitations.service.js';

const tags = ['invitations'];

export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/invitations',
    {
      schema: {
        operationId: 'listInvitations',
        tags,
        summary: 'Invitations of the workspace, accepted ones included (admins)',
        response: { 200: invitationList, ...errorResponses },
      },
    },
    async (request) => ({ data: await listWorkspaceInvitations(db, requireActor(request)) }),
  );

  app.post(
    '/invitations',
    {
      schema: {
        operationId: 'createInvitation',
        tags,
        summary: 'Invite someone by email with a role; returns the link token once (admins)',
        body: invitationCreateBody,
        response: { 201: createdInvitationSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createInvitation(db, requireActor(request), request.body)),
  );

  // Public: the accept page shows where the link leads before anyone signs in.
  app.get(
    '/invitations/preview',
    {
      schema: {
        operationId: 'previewInvitation',
        tags,
        summary: 'What an invitation link is for (no sign-in needed)',
        security: [],
        querystring: invitationPreviewQuery,
        response: { 200: invitationPreviewSchema, ...errorResponses },
      },
    },
    async (request) => previewInvitation(db, request.query.token),
  );

  app.delete(
    '/invitations/:id',
    {
      schema: {
        operationId: 'withdrawInvitation',
        tags,
        summary: 'Withdraw an open invitation (admins)',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await revokeInvitation(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
