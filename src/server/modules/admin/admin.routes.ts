import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiKeyRoutes } from './api-keys.routes.js';
import { invitationRoutes } from './invitations.routes.js';
import { jobRoutes } from './jobs.routes.js';
import { memberRoutes } from './members.routes.js';
import { roleRoutes } from './roles.routes.js';
import { teamRoutes } from './teams.routes.js';
import { workspaceRoutes } from './workspace.routes.js';

/** Workspace administration: roles, members, teams, API keys, invitations, settings and jobs. */
export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(roleRoutes);
  await app.register(memberRoutes);
  await app.register(teamRoutes);
  await app.register(apiKeyRoutes);
  await app.register(invitationRoutes);
  await app.register(workspaceRoutes);
  await app.register(jobRoutes);
};
