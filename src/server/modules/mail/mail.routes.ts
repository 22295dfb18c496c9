import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, idParams, page } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import {
  outboundEmailDetail,
  outboundEmailSchema,
  outboxQuery,
  smtpSettingsInput,
  smtpSettingsSchema,
  testEmailInput,
  testEmailResult,
} from './mail.schemas.js';
import {
  getOutbox,
  getOutboxEmail,
  getSmtpSettings,
  putSmtpSettings,
  removeSmtpSettings,
  sendTestEmail,
} from './mail.service.js';

const tags = ['email'];

/** Outgoing email settings and the outbox, for the workspace's admins. */
export const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/email/smtp',
    {
      schema: {
        operationId: 'getSmtpSettings',
        tags,
        summary: "What sends the workspace's email, and its own SMTP server if it has one (admins)",
        response: { 200: smtpSettingsSchema, ...errorResponses },
      },
    },
    async (request) => getSmtpSettings(db, requireActor(request)),
  );

  app.put(
    '/email/smtp',
    {
      schema: {
        operationId: 'putSmtpSettings',
        tags,
        summary: "Set the workspace's own SMTP server (admins)",
        description:
          'Email of the workspace goes out through this server instead of the server-wide one. Passwords and DKIM keys are write-only, stored encrypted when the server has `SECRET_KEY`.',
        body: smtpSettingsInput,
        response: { 200: smtpSettingsSchema, ...errorResponses },
      },
    },
    async (request) => putSmtpSettings(db, requireActor(request), request.body),
  );

  app.delete(
    '/email/smtp',
    {
      schema: {
        operationId: 'deleteSmtpSettings',
        tags,
        summary:
          "Remove the workspace's own SMTP server: email goes out as the server is configured (admins)",
        response: { 200: smtpSettingsSchema, ...errorResponses },
      },
    },
    async (request) => removeSmtpSettings(db, requireActor(request)),
  );

  app.post(
    '/email/smtp/test',
    {
      schema: {
        operationId: 'sendTestEmail',
        tags,
        summary: "Send a test message now and report the SMTP server's answer (admins)",
        body: testEmailInput,
        response: { 200: testEmailResult, ...errorResponses },
      },
    },
    async (request) => sendTestEmail(db, requireActor(request), request.body.to),
  );

  app.get(
    '/email/outbox',
    {
      schema: {
        operationId: 'listOutboundEmails',
        tags,
        summary:
          "The workspace's outgoing email, newest first; `status=dev` is the development outbox (admins)",
        querystring: outboxQuery,
        response: { 200: page(outboundEmailSchema), ...errorResponses },
      },
    },
    async (request) => getOutbox(db, requireActor(request), request.query),
  );

  app.get(
    '/email/outbox/:id',
    {
      schema: {
        operationId: 'getOutboundEmail',
        tags,
        summary: 'One outgoing message with its text (admins)',
        params: idParams,
        response: { 200: outboundEmailDetail, ...errorResponses },
      },
    },
    async (request) => getOutboxEmail(db, requireActor(request), request.params.id),
  );
};
