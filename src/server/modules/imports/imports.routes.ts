import { Readable } from 'node:stream';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest, FastifySchemaCompiler } from 'fastify';
import type { FastifyRouteSchemaDef } from 'fastify/types/schema.js';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalid } from '../../lib/errors.js';
import { described, errorResponses, idParams, problemResponse } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { attachmentDisposition } from '../files/files.names.js';
import {
  importChangeBody,
  importListQuery,
  importPage,
  importSchema,
  previewQuery,
  previewSchema,
  uploadBodyDocument,
} from './imports.schemas.js';
import {
  cancelImport,
  changeImport,
  createImport,
  getImport,
  importErrorsCsv,
  importMaxBytes,
  listImports,
  previewImport,
  startImport,
  type UploadPart,
} from './imports.service.js';

const tags = ['imports'];

/** Validates params and query with zod; the multipart body is a stream the handler reads. */
const streamedBodyValidator: FastifySchemaCompiler<unknown> = (route) =>
  route.httpPart === 'body'
    ? (data: unknown) => ({ value: data })
    : validatorCompiler(route as FastifyRouteSchemaDef<z.ZodType>);

async function* partsOf(request: FastifyRequest): AsyncIterable<UploadPart> {
  if (!request.isMultipart())
    throw invalid('file', 'is required: send the file as multipart/form-data in a part named "file"');
  const parts = request.parts({
    // Above the limit, so the store is the one that refuses a file too large (413).
    limits: { fileSize: importMaxBytes() + 1024 * 1024, files: 1, parts: 10, fieldSize: 256 * 1024 },
  });
  for await (const part of parts)
    yield part.type === 'file'
      ? { type: 'file', fieldname: part.fieldname, filename: part.filename, file: part.file }
      : { type: 'field', fieldname: part.fieldname, value: part.value };
}

/** Imports of records from CSV and vCard files, with their preview, progress and errors. */
export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, files } = app;
  await app.register(fastifyMultipart);

  app.post(
    '/imports',
    {
      schema: {
        tags,
        operationId: 'createImport',
        summary: 'Upload a file to import',
        description:
          'The file is checked whole: a malformed CSV is refused (400) before anything is written. Without `mapping` the import waits as a draft with a mapping suggested from the headers in six languages (201); with it, it starts at once (202).',
        body: z.unknown().meta(uploadBodyDocument),
        response: {
          201: described('The draft import, with its suggested mapping', importSchema),
          202: described('The import, queued', importSchema),
          ...errorResponses,
          413: problemResponse(
            'The file is larger than an import accepts (`IMPORT_MAX_BYTES`, 2 GB by default)',
          ),
        },
      },
      validatorCompiler: streamedBodyValidator,
    },
    async (request, reply) => {
      const { started, item } = await createImport(db, files, requireActor(request), partsOf(request));
      return reply.status(started ? 202 : 201).send(item);
    },
  );

  app.get(
    '/imports',
    {
      schema: {
        tags,
        operationId: 'listImports',
        summary: 'Imports, newest first',
        querystring: importListQuery,
        response: { 200: importPage, ...errorResponses },
      },
    },
    async (request) => listImports(db, requireActor(request), request.query),
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        tags,
        operationId: 'getImport',
        summary: 'An import with its progress and counts',
        params: idParams,
        response: { 200: importSchema, ...errorResponses },
      },
    },
    async (request) => getImport(db, requireActor(request), request.params.id),
  );

  app.patch(
    '/imports/:id',
    {
      schema: {
        tags,
        operationId: 'updateImport',
        summary: "Change a draft import's mapping, keys or mode",
        params: idParams,
        body: importChangeBody,
        response: { 200: importSchema, ...errorResponses },
      },
    },
    async (request) => changeImport(db, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/imports/:id/preview',
    {
      schema: {
        tags,
        operationId: 'previewImport',
        summary: 'The first rows as they would be imported',
        description: 'Each row is run as the import would run it, in a transaction that is rolled back.',
        params: idParams,
        querystring: previewQuery,
        response: { 200: previewSchema, ...errorResponses },
      },
    },
    async (request) =>
      previewImport(db, files, requireActor(request), request.params.id, request.query.limit),
  );

  app.post(
    '/imports/:id/start',
    {
      schema: {
        tags,
        operationId: 'startImport',
        summary: 'Start a draft import',
        params: idParams,
        body: importChangeBody,
        response: { 202: described('The import, queued', importSchema), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(await startImport(db, files, requireActor(request), request.params.id, request.body)),
  );

  app.post(
    '/imports/:id/cancel',
    {
      schema: {
        tags,
        operationId: 'cancelImport',
        summary: 'Cancel an import',
        description: 'A running import stops after its current batch; what it wrote stays.',
        params: idParams,
        response: { 200: importSchema, ...errorResponses },
      },
    },
    async (request) => cancelImport(db, requireActor(request), request.params.id),
  );

  app.get(
    '/imports/:id/errors',
    {
      schema: {
        tags,
        operationId: 'getImportErrors',
        summary: 'The rows that could not be imported, as CSV',
        description: 'One line per problem: `row` (the header is row 1), `column`, `message`.',
        params: idParams,
        response: {
          200: {
            description: 'CSV, UTF-8 with a byte order mark',
            content: { 'text/csv': { schema: z.string() } },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { fileName, lines } = await importErrorsCsv(db, requireActor(request), request.params.id);
      return reply
        .headers({
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': attachmentDisposition(fileName),
          'cache-control': 'no-store',
        })
        .send(Readable.from(lines) as never);
    },
  );
};
