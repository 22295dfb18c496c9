import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { noteCreateBody, noteListQuery, notePage, noteSchema, noteUpdateBody } from './notes.schemas.js';
import { createNote, deleteNote, listNotes, updateNote } from './notes.service.js';

const tags = ['notes'];

export const noteRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/notes',
    {
      schema: {
        operationId: 'listNotes',
        tags,
        summary: 'Notes on a person or a company, newest first',
        querystring: noteListQuery,
        response: { 200: notePage, ...errorResponses },
      },
    },
    async (request) => listNotes(db, requireActor(request), request.query),
  );

  app.post(
    '/notes',
    {
      schema: {
        operationId: 'createNote',
        tags,
        summary: 'Add a note to a person or a company',
        body: noteCreateBody,
        response: { 201: noteSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createNote(db, requireActor(request), request.body)),
  );

  app.patch(
    '/notes/:id',
    {
      schema: {
        operationId: 'updateNote',
        tags,
        summary: 'Change the text of a note',
        params: idParams,
        body: noteUpdateBody,
        response: { 200: noteSchema, ...errorResponses },
      },
    },
    async (request) => updateNote(db, requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/notes/:id',
    {
      schema: {
        operationId: 'deleteNote',
        tags,
        summary: 'Delete a note for good',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteNote(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
