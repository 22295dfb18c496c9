import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { described, errorResponses } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import {
  currentCodeBody,
  recoveryCodesResponse,
  totpDisableBody,
  totpEnableBody,
  totpSetupBody,
  totpSetupResponse,
  twoFactorStatusResponse,
} from './two-factor.schemas.js';
import {
  beginTotpSetup,
  disableTotp,
  enableTotp,
  regenerateRecoveryCodes,
  twoFactorStatus,
} from './two-factor.service.js';

/** Two-factor sign-in of the signed-in person: set-up, recovery codes, turning it off. */
export const twoFactorRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const tags = ['auth'];

  app.get(
    '/auth/totp',
    {
      schema: {
        operationId: 'getTwoFactorStatus',
        tags,
        summary: 'Whether two-factor sign-in is on, and how many recovery codes are left',
        response: {
          200: described('Whether two-factor sign-in is on; recovery codes left', twoFactorStatusResponse),
          ...errorResponses,
        },
      },
    },
    async (request) => twoFactorStatus(db, requireActor(request)),
  );

  app.post(
    '/auth/totp/setup',
    {
      schema: {
        operationId: 'startTwoFactorSetup',
        tags,
        summary: 'Start two-factor set-up: returns a new secret, pending until a code from it is confirmed',
        description:
          'While two-factor sign-in is on this re-enrols, and needs `password` and a current `code`; the active secret keeps working until `/auth/totp/enable` confirms the new one.',
        body: totpSetupBody,
        response: { 201: totpSetupResponse, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await beginTotpSetup(db, requireActor(request), request.body, request.ip)),
  );

  app.post(
    '/auth/totp/enable',
    {
      schema: {
        operationId: 'enableTwoFactor',
        tags,
        summary: 'Confirm a code from the pending secret: turns two-factor on and returns recovery codes',
        body: totpEnableBody,
        response: { 200: recoveryCodesResponse, ...errorResponses },
      },
    },
    async (request) => enableTotp(db, requireActor(request), request.body.code),
  );

  app.post(
    '/auth/totp/disable',
    {
      schema: {
        operationId: 'disableTwoFactor',
        tags,
        summary: 'Turn two-factor sign-in off: needs your password and a current code',
        body: totpDisableBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await disableTotp(db, requireActor(request), request.body, request.ip);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/totp/recovery-codes',
    {
      schema: {
        operationId: 'renewRecoveryCodes',
        tags,
        summary: 'New recovery codes for a current code; the old ones stop working',
        body: currentCodeBody,
        response: { 200: recoveryCodesResponse, ...errorResponses },
      },
    },
    async (request) => regenerateRecoveryCodes(db, requireActor(request), request.body.code, request.ip),
  );
};
