import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest, FastifySchemaCompiler } from 'fastify';
import type { FastifyRouteSchemaDef } from 'fastify/types/schema.js';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, invalid } from '../../lib/errors.js';
import { errorResponses, idParams, problemSchema } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { RECORD_TYPES } from '../../records/registry.js';
import { attachmentDisposition } from './files.names.js';
import { fileListQuery, filePage, fileSchema, uploadBodyDocument } from './files.schemas.js';
import { deleteFile, getFile, listFiles, openFileContent, uploadFile, type Upload } from './files.service.js';

const tags = ['files'];

const pascal = (words: string) =>
  words.replace(/(?:^|[\s_-])(\p{L})/gu, (_, letter: string) => letter.toUpperCase());

const tooLarge = {
  description: 'The file is larger than the server accepts (`FILES_MAX_BYTES`, 25 MB by default)',
  content: { 'application/problem+json': { schema: problemSchema } },
};

/** Validates params and query with zod; the body is a stream the handler reads (its schema documents it). */
const streamedBodyValidator: FastifySchemaCompiler<unknown> = (route) =>
  route.httpPart === 'body'
    ? (data: unknown) => ({ value: data })
    : validatorCompiler(route as FastifyRouteSchemaDef<z.ZodType>);

/** The file part of a multipart request; anything but a well-formed one is a 400 naming `file`. */
async function fileOf(request: FastifyRequest, maxBytes: number): Promise<Upload | null> {
  if (!request.isMultipart())
    throw invalid('file', 'is required: send the file as multipart/form-data in a part named "file"');
  try {
    const part = await request.file({
      // One byte over the limit reaches the store, which then refuses the file as too large.
      limits: { fileSize: maxBytes + 1, files: 1, parts: 10, fieldSize: 1024 },
      throwFileSizeLimit: false,
    });
    if (!part) return null;
    if (part.fieldname !== 'file')
      throw invalid('file', `is required; the part is named "${part.fieldname}"`);
    return {
      filename: part.filename,
      mimetype: part.mimetype || null,
      content: part.file,
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid('file', `is not a readable multipart/form-data body (${(error as Error).message})`);
  }
}

/**
 * Files of records: upload and list under every record type's path (`/people/{id}/files`…, from the
 * record registry), then read, download and delete by the file's id.
 */
export const fileRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, files } = app;
  // Multipart bodies only here: the plugin's parser stays inside this plugin.
  await app.register(fastifyMultipart);

  for (const type of RECORD_TYPES) {
    const One = pascal(type.names.singular);
    app.get(
      `/${type.table}/:id/files`,
      {
        schema: {
          tags: [...tags, type.table],
          operationId: `list${One}Files`,
          summary: `Files of a ${type.names.singular}, newest first`,
          params: idParams,
          querystring: fileListQuery,
          response: { 200: filePage, ...errorResponses },
        },
      },
      async (request) => listFiles(db, requireActor(request), type, request.params.id, request.query),
    );

    app.post(
      `/${type.table}/:id/files`,
      {
        schema: {
          tags: [...tags, type.table],
          operationId: `upload${One}File`,
          summary: `Upload a file to a ${type.names.singular}`,
          description:
            'A multipart/form-data body with the file in a part named `file`. Its type is read from its content; a declared type that contradicts it is refused. Needs permission to change the record.',
          params: idParams,
          body: z.unknown().meta(uploadBodyDocument),
          response: { 201: fileSchema, ...errorResponses, 413: tooLarge },
        },
        validatorCompiler: streamedBodyValidator,
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const created = await uploadFile(db, files, actor, type, request.params.id, () =>
          fileOf(request, files.maxBytes),
        );
        return reply.status(201).send(created);
      },
    );
  }

  app.get(
    '/files/:id',
    {
      schema: {
        tags,
        operationId: 'getFile',
        summary: 'What a file is and which record it belongs to',
        params: idParams,
        response: { 200: fileSchema, ...errorResponses },
      },
    },
    async (request) => getFile(db, requireActor(request), request.params.id),
  );

  app.get(
    '/files/:id/content',
    {
      schema: {
        tags,
        operationId: 'downloadFile',
        summary: 'Download a file',
        description:
          'Always as an attachment (`Content-Disposition` with the name in `filename*`), with the type read from the content at upload and `X-Content-Type-Options: nosniff`.',
        params: idParams,
        response: {
          200: {
            description: 'The content of the file',
            content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { file, content } = await openFileContent(db, files, requireActor(request), request.params.id);
      return (
        reply
          .headers({
            'content-type': file.contentType,
            'content-length': String(file.size),
            'content-disposition': attachmentDisposition(file.name),
            'x-content-type-options': 'nosniff',
            // Even opened directly, the file is a sandboxed document that may load and run nothing.
            'content-security-policy': "default-src 'none'; sandbox",
            'cache-control': 'private, no-cache',
            etag: `"${file.sha256}"`,
          })
          // A stream goes out as it is; the 200 schema above documents it, no serializer touches it.
          .send(content as never)
      );
    },
  );

  app.delete(
    '/files/:id',
    {
      schema: {
        tags,
        operationId: 'deleteFile',
        summary: 'Delete a file',
        description: 'The file leaves its record at once; its content is removed after 30 days.',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteFile(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
