import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import { described, errorResponses } from '../../lib/http-schemas.js';
import { requireActor, SESSION_COOKIE } from '../../lib/request-context.js';
import { describeSession, signIn, signOut, updateProfile } from './auth.service.js';
import { acceptInvitation } from '../admin/invitations.service.js';
import type { SessionInfo } from './sessions.js';
import { confirmSignUp, signUp } from './sign-up.service.js';
import {
  acceptInvitationBody,
  profileBody,
  sessionResponse,
  signInBody,
  signUpAcceptedResponse,
  signUpBody,
  signUpConfirmBody,
} from './auth.schemas.js';
import { twoFactorRoutes } from './two-factor.routes.js';
import { accountRoutes } from './account.routes.js';
import { recordSessionClient } from './user-sessions.service.js';

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

  async function respondWithSession(request: FastifyRequest, reply: FastifyReply, session: SessionInfo) {
    await recordSessionClient(db, session.token, {
      userAgent: request.headers['user-agent'],
      ip: request.ip,
    });
    setSessionCookie(reply, session);
    const body = await describeSession(db, session.token);
    return reply.status(201).send(body!);
  }

  app.post(
    '/auth/sign-up',
    {
      schema: {
        operationId: 'signUp',
        tags: ['auth'],
        security: [],
        summary: 'Sign up: email a confirmation link (202), or create the first workspace at once (201)',
        description:
          'Answers 202 the same way whether or not the address has an account: the email holds a link to `/verify-sign-up?token=…` (valid 24 hours, once), or says that the address already has an account. Only on an instance without any user yet is the workspace created at once, answering 201 with a session as sign-in does.',
        body: signUpBody,
        response: {
          201: described('The first workspace is made and its owner signed in', sessionResponse),
          202: described(
            'The email with the link, or with word of the existing account, is on its way',
            signUpAcceptedResponse,
          ),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const outcome = await signUp(db, request.body);
      if (outcome.kind === 'signed_up') return respondWithSession(request, reply, outcome.session);
      return reply.status(202).send({ status: 'verification_sent', email: outcome.email });
    },
  );

  app.post(
    '/auth/sign-up/confirm',
    {
      schema: {
        operationId: 'confirmSignUp',
        tags: ['auth'],
        security: [],
        summary: 'Confirm a sign-up from its emailed link: creates the workspace and its owner, and signs in',
        body: signUpConfirmBody,
        response: { 201: sessionResponse, ...errorResponses },
      },
    },
    async (request, reply) => respondWithSession(request, reply, await confirmSignUp(db, request.body.token)),
  );

  app.post(
    '/auth/sign-in',
    {
      schema: {
        operationId: 'signIn',
        tags: ['auth'],
        security: [],
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
        operationId: 'acceptInvitation',
        tags: ['auth'],
        security: [],
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
    {
      schema: {
        operationId: 'signOut',
        tags: ['auth'],
        summary: 'End the current session',
        security: [],
        response: { 204: z.null(), ...errorResponses },
      },
    },
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
        operationId: 'getSession',
        tags: ['auth'],
        summary: 'The signed-in user, workspace and permissions',
        response: { 200: sessionResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireActor(request);
      const body = request.sessionToken ? await describeSession(db, request.sessionToken) : null;
      if (!body) throw new AppError('unauthenticated', 'This endpoint needs a browser session');
      return body;
    },
  );

  app.patch(
    '/auth/profile',
    {
      schema: {
        operationId: 'updateProfile',
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
  await app.register(accountRoutes);
};
