import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import { errorResponses } from '../../lib/http-schemas.js';
import { requireActor, SESSION_COOKIE } from '../../lib/request-context.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { findUserById } from './auth.repository.js';
import {
  actorFromSession,
  signIn,
  signOut,
  signUp,
  updateProfile,
  type SessionInfo,
} from './auth.service.js';
import { acceptInvitation } from '../admin/invitations.service.js';
import {
  acceptInvitationBody,
  localeSchema,
  profileBody,
  sessionResponse,
  signInBody,
  signUpBody,
} from './auth.schemas.js';
import { twoFactorRoutes } from './two-factor.routes.js';

function setSessionCookie(reply: FastifyReply, session: SessionInfo) {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: 'auto',
    expires: new Date(session.expiresAt),
  });
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  async function describeSession(request: FastifyRequest, token: string) {
    const resolved = await actorFromSession(db, token);
    if (!resolved?.actor.userId) return null;
    const [user, workspace] = await Promise.all([
      findUserById(db, resolved.actor.userId),
      findWorkspace(db, resolved.actor.workspaceId),
    ]);
    if (!user || !workspace) return null;
    request.log.debug({ userId: user.id }, 'session described');
    return {
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        locale: localeSchema.catch('en').parse(user.locale),
        timeZone: user.time_zone,
        totpEnabled: Boolean(user.totp_enabled),
      },
      workspace: {
        id: workspace.id,
        name: workspace.name,
        defaultCurrency: workspace.default_currency,
        defaultLocale: workspace.default_locale,
      },
      role: { key: resolved.actor.roleKey },
      permissions: resolved.actor.permissions,
      csrfToken: resolved.csrfToken ?? '',
    };
  }

  async function respondWithSession(request: FastifyRequest, reply: FastifyReply, session: SessionInfo) {
    setSessionCookie(reply, session);
    const body = await describeSession(request, session.token);
    return reply.status(201).send(body!);
  }

  app.post(
    '/auth/sign-up',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a workspace and its owner, and sign in',
        body: signUpBody,
        response: { 201: sessionResponse, ...errorResponses },
      },
    },
    async (request, reply) => respondWithSession(request, reply, await signUp(db, request.body)),
  );

  app.post(
    '/auth/sign-in',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password (and a TOTP or recovery code when two-factor is on)',
        description:
          'Failed attempts make the next one wait, per email and client address (doubling) and per email (up to a minute); an early attempt answers 429 with `Retry-After` and `retryAfter` in seconds.',
        body: signInBody,
        response: { 201: sessionResponse, ...errorResponses },
      },
    },
    async (request, reply) => respondWithSession(request, reply, await signIn(db, request.body, request.ip)),
  );

  app.post(
    '/auth/accept-invitation',
    {
      schema: {
        tags: ['auth'],
        summary: 'Join a workspace from an invitation link',
        body: acceptInvitationBody,
        response: { 201: sessionResponse, ...errorResponses },
      },
    },
    async (request, reply) =>
      respondWithSession(request, reply, await acceptInvitation(db, request.body, request.ip)),
  );

  app.post(
    '/auth/sign-out',
    { schema: { tags: ['auth'], summary: 'End the current session', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.sessionToken) await signOut(db, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, workspace and permissions',
        response: { 200: sessionResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireActor(request);
      const body = request.sessionToken ? await describeSession(request, request.sessionToken) : null;
      if (!body) throw new AppError('unauthenticated', 'This endpoint needs a browser session');
      return body;
    },
  );

  app.patch(
    '/auth/profile',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your name, language or time zone',
        body: profileBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await updateProfile(db, requireActor(request), request.body);
      return reply.status(204).send(null);
    },
  );

  await app.register(twoFactorRoutes);
};
