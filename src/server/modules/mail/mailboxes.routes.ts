import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams, page } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { attachmentDisposition } from '../files/files.names.js';
import { getReceivedEmail, openAttachment } from './emails.service.js';
import {
  attachmentParams,
  connectionTestResult,
  mailboxCreateBody,
  mailboxSchema,
  mailboxUpdateBody,
  pollResult,
  receivedEmailSchema,
} from './mailboxes.schemas.js';
import {
  changeMailbox,
  createMailbox,
  getMailbox,
  listMailboxes,
  pollMailboxNow,
  removeMailbox,
  testMailbox,
} from './mailboxes.service.js';

const tags = ['email'];

/** Incoming email: the IMAP mailboxes polled for it (admins), and the messages they brought in. */
export const mailboxRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, files } = app;

  app.get(
    '/mailboxes',
    {
      schema: {
        operationId: 'listMailboxes',
        tags,
        summary: "The workspace's IMAP mailboxes with their status (admins)",
        response: { 200: page(mailboxSchema), ...errorResponses },
      },
    },
    async (request) => listMailboxes(db, requireActor(request)),
  );

  app.post(
    '/mailboxes',
    {
      schema: {
        operationId: 'createMailbox',
        tags,
        summary: 'Add an IMAP mailbox to poll for incoming email (admins)',
        body: mailboxCreateBody,
        response: { 201: mailboxSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMailbox(db, requireActor(request), request.body)),
  );

  app.get(
    '/mailboxes/:id',
    {
      schema: {
        operationId: 'getMailbox',
        tags,
        summary: 'One mailbox with its status and last error (admins)',
        params: idParams,
        response: { 200: mailboxSchema, ...errorResponses },
      },
    },
    async (request) => getMailbox(db, requireActor(request), request.params.id),
  );

  app.patch(
    '/mailboxes/:id',
    {
      schema: {
        operationId: 'updateMailbox',
        tags,
        summary: 'Change a mailbox (admins)',
        description:
          'A new server, user or folder starts reading the folder from the start; messages already imported are not imported again.',
        params: idParams,
        body: mailboxUpdateBody,
        response: { 200: mailboxSchema, ...errorResponses },
      },
    },
    async (request) => changeMailbox(db, requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/mailboxes/:id',
    {
      schema: {
        operationId: 'deleteMailbox',
        tags,
        summary: 'Stop polling a mailbox and forget its settings; imported emails stay (admins)',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeMailbox(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/mailboxes/:id/test',
    {
      schema: {
        operationId: 'testMailbox',
        tags,
        summary: "Connect, sign in and open the folder now, and report the server's answer (admins)",
        params: idParams,
        response: { 200: connectionTestResult, ...errorResponses },
      },
    },
    async (request) => testMailbox(db, requireActor(request), request.params.id),
  );

  app.post(
    '/mailboxes/:id/poll',
    {
      schema: {
        operationId: 'pollMailbox',
        tags,
        summary: 'Poll the mailbox now, unless a poll already waits or runs (admins)',
        params: idParams,
        response: { 202: pollResult, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await pollMailboxNow(db, requireActor(request), request.params.id)),
  );

  app.get(
    '/emails/:id',
    {
      schema: {
        operationId: 'getReceivedEmail',
        tags,
        summary: 'A received email with its attachments and the records it is linked to',
        description: 'Readable by admins and by whoever may read one of the linked records.',
        params: idParams,
        response: { 200: receivedEmailSchema, ...errorResponses },
      },
    },
    async (request) => getReceivedEmail(db, requireActor(request), request.params.id),
  );

  app.get(
    '/emails/:id/attachments/:attachmentId',
    {
      schema: {
        operationId: 'downloadEmailAttachment',
        tags,
        summary: 'Download a file an email carried',
        params: attachmentParams,
        response: {
          200: {
            description: 'The content of the file, always as an attachment',
            content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { id, attachmentId } = request.params;
      const { file, content } = await openAttachment(db, files, requireActor(request), id, attachmentId);
      return (
        reply
          .headers({
            // Whatever the sender declared, it is served as bytes to save, never rendered here.
            'content-type': 'application/octet-stream',
            'content-length': String(file.size),
            'content-disposition': attachmentDisposition(file.name),
            'x-content-type-options': 'nosniff',
            'content-security-policy': "default-src 'none'; sandbox",
            'cache-control': 'private, no-cache',
          })
          // A stream goes out as it is; the 200 schema above documents it.
          .send(content as never)
      );
    },
  );
};
