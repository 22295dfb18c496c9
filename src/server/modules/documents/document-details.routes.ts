import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest, FastifySchemaCompiler } from 'fastify';
import type { FastifyRouteSchemaDef } from 'fastify/types/schema.js';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, invalid } from '../../lib/errors.js';
import { errorResponses, problemSchema } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { requestedVersion, withVersionHeader } from '../../lib/versions.js';
import { documentDetailsSchema, documentDetailsUpdateBody } from './document-details.schemas.js';
import {
  getDocumentDetails,
  readLogo,
  removeLogo,
  replaceLogo,
  updateDocumentDetails,
} from './document-details.service.js';
import { LOGO_MAX_BYTES, type LogoUpload } from './document-logo.js';

const tags = ['workspace'];

const streamedBodyValidator: FastifySchemaCompiler<unknown> = (route) =>
  route.httpPart === 'body'
    ? (data: unknown) => ({ value: data })
    : validatorCompiler(route as FastifyRouteSchemaDef<z.ZodType>);

async function logoOf(request: FastifyRequest): Promise<LogoUpload | null> {
  if (!request.isMultipart())
    throw invalid('file', 'is required: send the logo as multipart/form-data in a part named "file"');
  try {
    const part = await request.file({
      limits: { fileSize: LOGO_MAX_BYTES + 1, files: 1, parts: 5, fieldSize: 1024 },
      throwFileSizeLimit: false,
    });
    if (!part) return null;
    if (part.fieldname !== 'file')
      throw invalid('file', `is required; the part is named "${part.fieldname}"`);
    return { filename: part.filename, mimetype: part.mimetype || null, content: part.file };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid('file', `is not a readable multipart/form-data body (${(error as Error).message})`);
  }
}

const logoBodyDocument = {
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary', description: 'A PNG or JPEG image, at most 1 MB' },
        },
      },
    },
  },
};

/** The workspace's details printed on its sales documents, and its logo. */
export const documentDetailsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, files } = app;
  await app.register(fastifyMultipart);

  app.get(
    '/workspace/document-details',
    {
      schema: {
        operationId: 'getDocumentDetails',
        tags,
        summary: 'What the workspace prints on its quotes, orders, delivery notes and invoices',
        response: { 200: documentDetailsSchema, ...errorResponses },
      },
    },
    async (request, reply) => withVersionHeader(reply, await getDocumentDetails(db, requireActor(request))),
  );

  app.patch(
    '/workspace/document-details',
    {
      schema: {
        operationId: 'updateDocumentDetails',
        tags,
        summary: 'Change the document details (admins)',
        description:
          'Empty strings clear a field. `If-Match` with the ETag of a read refuses to overwrite a change made since (412).',
        body: documentDetailsUpdateBody,
        response: { 200: documentDetailsSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      withVersionHeader(
        reply,
        await updateDocumentDetails(db, requireActor(request), request.body, requestedVersion(request)),
      ),
  );

  app.put(
    '/workspace/document-details/logo',
    {
      schema: {
        operationId: 'uploadDocumentLogo',
        tags,
        summary: 'Replace the logo printed on documents (admins)',
        description: 'A multipart/form-data body with a PNG or JPEG of at most 1 MB in a part named `file`.',
        body: z.unknown().meta(logoBodyDocument),
        response: {
          200: documentDetailsSchema,
          ...errorResponses,
          413: {
            description: 'The logo is larger than 1 MB',
            content: { 'application/problem+json': { schema: problemSchema } },
          },
        },
      },
      validatorCompiler: streamedBodyValidator,
    },
    async (request, reply) =>
      withVersionHeader(reply, await replaceLogo(db, files, requireActor(request), () => logoOf(request))),
  );

  app.delete(
    '/workspace/document-details/logo',
    {
      schema: {
        operationId: 'deleteDocumentLogo',
        tags,
        summary: 'Remove the logo (admins)',
        response: { 200: documentDetailsSchema, ...errorResponses },
      },
    },
    async (request, reply) => withVersionHeader(reply, await removeLogo(db, requireActor(request))),
  );

  app.get(
    '/workspace/document-details/logo',
    {
      schema: {
        operationId: 'getDocumentLogo',
        tags,
        summary: 'The logo printed on documents',
        response: {
          200: {
            description: 'The PNG or JPEG image',
            content: {
              'image/png': { schema: z.string().meta({ format: 'binary' }) },
              'image/jpeg': { schema: z.string().meta({ format: 'binary' }) },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const logo = await readLogo(db, files, actor.workspaceId);
      return reply
        .headers({
          'content-type': logo.contentType,
          'x-content-type-options': 'nosniff',
          'cache-control': 'private, no-cache',
          etag: `"${logo.sha256}"`,
        })
        .send(logo.bytes as never);
    },
  );
};
