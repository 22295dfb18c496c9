import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { described, errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import {
  changePasswordBody,
  endedSessionsResponse,
  passwordResetAcceptedResponse,
  passwordResetCheckBody,
  passwordResetCheckResponse,
  passwordResetConfirmBody,
  passwordResetRequestBody,
  userSessionListResponse,
} from './account.schemas.js';
import { changePassword } from './password.service.js';
import {
  confirmPasswordReset,
  describePasswordReset,
  requestPasswordReset,
} from './password-reset.service.js';
import { endOtherSessions, endSession, listSessions } from './user-sessions.service.js';

const SESSION_END_NOTE =
  'Takes effect at once on the node that answers and within five seconds on the others (each node keeps a resolved session for up to five seconds).';

/** The signed-in person's password and sessions, and resetting a forgotten password by email. */
export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const tags = ['auth'];

  app.post(
    '/auth/password',
    {
      schema: {
        operationId: 'changePassword',
        tags,
        summary: 'Change your password; your other sessions end',
        description: `Needs the current password, and a current two-factor code (or recovery code) when two-factor sign-in is on; throttled like sign-in. The new password must pass the same strength rule as at sign-up. Every other session of the account ends and an email tells the person. ${SESSION_END_NOTE}`,
        body: changePasswordBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await changePassword(db, actor, request.sessionToken, request.body, request.ip);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password-reset',
    {
      schema: {
        operationId: 'requestPasswordReset',
        tags,
        security: [],
        summary: 'Email a link to choose a new password',
        description:
          'Answers 202 the same way whether or not the address has an account; an account gets an email with a link to `/reset-password?token=…` that works once, for one hour, and stops working when a newer one is requested. At most three emails an hour go to one address (the answer stays the same); a client address making too many requests gets 429.',
        body: passwordResetRequestBody,
        response: {
          202: described(
            'The request is taken; an email follows if the address has an account',
            passwordResetAcceptedResponse,
          ),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(db, request.body.email, request.ip);
      return reply.status(202).send({ status: 'reset_requested' as const });
    },
  );

  app.post(
    '/auth/password-reset/check',
    {
      schema: {
        operationId: 'checkPasswordReset',
        tags,
        security: [],
        summary: 'Whether a password reset link still works, and whether it needs a two-factor code',
        body: passwordResetCheckBody,
        response: { 200: passwordResetCheckResponse, ...errorResponses },
      },
    },
    async (request) => describePasswordReset(db, request.body.token),
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      schema: {
        operationId: 'confirmPasswordReset',
        tags,
        security: [],
        summary: 'Choose a new password with an emailed reset link; every session of the account ends',
        description:
          'A link that is unknown, expired, used or replaced by a newer one answers 400 naming `token`. With two-factor sign-in on, `code` (a current code or a recovery code) is needed too: without it the answer is 401 naming `code`, and the link stays usable.',
        body: passwordResetConfirmBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await confirmPasswordReset(db, request.body, request.ip);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/sessions',
    {
      schema: {
        operationId: 'listUserSessions',
        tags,
        summary: 'Your sessions, in every workspace, newest first',
        response: { 200: userSessionListResponse, ...errorResponses },
      },
    },
    async (request) => listSessions(db, requireActor(request), request.sessionToken),
  );

  app.delete(
    '/auth/sessions/:id',
    {
      schema: {
        operationId: 'endUserSession',
        tags,
        summary: 'End one of your sessions',
        description: `Another person's session answers 404. ${SESSION_END_NOTE}`,
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await endSession(db, requireActor(request), request.sessionToken, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/sessions/sign-out-others',
    {
      schema: {
        operationId: 'signOutOtherSessions',
        tags,
        summary: 'End every session of yours but this one',
        description: SESSION_END_NOTE,
        response: { 200: endedSessionsResponse, ...errorResponses },
      },
    },
    async (request) => endOtherSessions(db, requireActor(request), request.sessionToken),
  );
};
