import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import {
  CUSTOM_FIELD_OBJECTS,
  customFieldCreateBody,
  customFieldSchema,
  customFieldUpdateBody,
} from './custom-fields.schemas.js';
import {
  changeCustomField,
  createCustomField,
  getCustomFields,
  removeCustomField,
} from './custom-fields.service.js';

const tags = ['custom fields'];

export const customFieldRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/custom-fields',
    {
      schema: {
        operationId: 'listCustomFields',
        tags,
        summary: 'Custom fields defined for each record type',
        querystring: z.object({ object: z.enum(CUSTOM_FIELD_OBJECTS).optional() }),
        response: { 200: z.object({ data: z.array(customFieldSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ data: await getCustomFields(db, requireActor(request), request.query.object) }),
  );

  app.post(
    '/custom-fields',
    {
      schema: {
        operationId: 'createCustomField',
        tags,
        summary: 'Define a custom field (admins)',
        body: customFieldCreateBody,
        response: { 201: customFieldSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCustomField(db, requireActor(request), request.body)),
  );

  app.patch(
    '/custom-fields/:id',
    {
      schema: {
        operationId: 'updateCustomField',
        tags,
        summary: 'Change a custom field (admins)',
        params: idParams,
        body: customFieldUpdateBody,
        response: { 200: customFieldSchema, ...errorResponses },
      },
    },
    async (request) => changeCustomField(db, requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/custom-fields/:id',
    {
      schema: {
        operationId: 'deleteCustomField',
        tags,
        summary: 'Delete a custom field definition (admins)',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeCustomField(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
