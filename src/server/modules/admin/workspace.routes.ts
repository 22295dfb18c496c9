import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { workspaceSchema, workspaceUpdateBody } from './workspace.schemas.js';
import { getWorkspace, updateWorkspaceSettings } from './workspace.service.js';

const tags = ['workspace'];

export const workspaceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/workspace',
    {
      schema: {
        operationId: 'getWorkspace',
        tags,
        summary: 'Name, default currency and language of the workspace',
        response: { 200: workspaceSchema, ...errorResponses },
      },
    },
    async (request) => getWorkspace(db, requireActor(request)),
  );

  app.patch(
    '/workspace',
    {
      schema: {
        operationId: 'updateWorkspace',
        tags,
        summary: 'Change the workspace name, default currency or language (admins)',
        body: workspaceUpdateBody,
        response: { 200: workspaceSchema, ...errorResponses },
      },
    },
    async (request) => updateWorkspaceSettings(db, requireActor(request), request.body),
  );
};
