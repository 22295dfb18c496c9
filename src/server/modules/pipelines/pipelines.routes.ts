import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { requestedVersion, withVersionHeader } from '../../lib/versions.js';
import {
  pipelineCreateBody,
  pipelineListSchema,
  pipelineOrderBody,
  pipelineSchema,
  pipelineUpdateBody,
} from './pipelines.schemas.js';
import {
  createPipeline,
  deletePipeline,
  getPipeline,
  listPipelines,
  reorderPipelines,
  updatePipeline,
} from './pipelines.service.js';

const tags = ['pipelines'];

export const pipelineRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/pipelines',
    {
      schema: {
        operationId: 'listPipelines',
        tags,
        summary: 'The workspace’s sales pipelines with their stages, in order',
        response: { 200: pipelineListSchema, ...errorResponses },
      },
    },
    async (request) => listPipelines(db, requireActor(request)),
  );

  app.post(
    '/pipelines',
    {
      schema: {
        operationId: 'createPipeline',
        tags,
        summary: 'Add a pipeline with its stages (admins)',
        body: pipelineCreateBody,
        response: { 201: pipelineSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const pipeline = await createPipeline(db, requireActor(request), request.body);
      return reply.code(201).send(withVersionHeader(reply, pipeline));
    },
  );

  app.post(
    '/pipelines/order',
    {
      schema: {
        operationId: 'orderPipelines',
        tags,
        summary: 'Put the pipelines in the order given (admins)',
        body: pipelineOrderBody,
        response: { 200: pipelineListSchema, ...errorResponses },
      },
    },
    async (request) => reorderPipelines(db, requireActor(request), request.body.ids),
  );

  app.get(
    '/pipelines/:id',
    {
      schema: {
        operationId: 'getPipeline',
        tags,
        summary: 'A pipeline with its stages',
        params: idParams,
        response: { 200: pipelineSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      withVersionHeader(reply, await getPipeline(db, requireActor(request), request.params.id)),
  );

  app.patch(
    '/pipelines/:id',
    {
      schema: {
        operationId: 'updatePipeline',
        tags,
        summary:
          'Rename a pipeline or set its stages (admins): stages listed in order, existing ones by id; a stage that holds deals cannot be left out',
        params: idParams,
        body: pipelineUpdateBody,
        response: { 200: pipelineSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const pipeline = await updatePipeline(
        db,
        requireActor(request),
        request.params.id,
        request.body,
        requestedVersion(request),
      );
      return withVersionHeader(reply, pipeline);
    },
  );

  app.delete(
    '/pipelines/:id',
    {
      schema: {
        operationId: 'deletePipeline',
        tags,
        summary: 'Delete a pipeline that holds no deals (admins)',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deletePipeline(db, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
