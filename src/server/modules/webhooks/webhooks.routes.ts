import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams, page } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import {
  createWebhookBody,
  deliveryParams,
  deliverySchema,
  eventTypesSchema,
  pageQuery,
  updateWebhookBody,
  webhookSchema,
  webhookWithSecretSchema,
} from './webhooks.schemas.js';
import {
  createWebhook,
  deleteWebhook,
  getDeliveries,
  getEventTypes,
  getWebhook,
  getWebhooks,
  replayDelivery,
  rotateWebhookSecret,
  sendTestMessage,
  updateWebhook,
} from './webhooks.service.js';

const tags = ['webhooks'];

/** Webhook endpoints, their secrets and delivery log (admins); messages per Standard Webhooks 1.0. */
export const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;

  app.get(
    '/webhooks',
    {
      schema: {
        operationId: 'listWebhooks',
        tags,
        summary: "The workspace's webhook endpoints, newest first (admins)",
        querystring: pageQuery,
        response: { 200: page(webhookSchema), ...errorResponses },
      },
    },
    async (request) => getWebhooks(db, requireActor(request), request.query),
  );

  app.get(
    '/webhooks/event-types',
    {
      schema: {
        operationId: 'listWebhookEventTypes',
        tags,
        summary: 'Every event type an endpoint can take: one per record type and change (admins)',
        response: { 200: eventTypesSchema, ...errorResponses },
      },
    },
    async (request) => getEventTypes(requireActor(request)),
  );

  app.post(
    '/webhooks',
    {
      schema: {
        operationId: 'createWebhook',
        tags,
        summary: 'Add an endpoint; the answer holds its signing secret, shown only this once (admins)',
        body: createWebhookBody,
        response: { 201: webhookWithSecretSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createWebhook(db, requireActor(request), request.body)),
  );

  app.get(
    '/webhooks/:id',
    {
      schema: {
        operationId: 'getWebhook',
        tags,
        summary: 'One webhook endpoint (admins)',
        params: idParams,
        response: { 200: webhookSchema, ...errorResponses },
      },
    },
    async (request) => getWebhook(db, requireActor(request), request.params.id),
  );

  app.patch(
    '/webhooks/:id',
    {
      schema: {
        operationId: 'updateWebhook',
        tags,
        summary: "Change an endpoint's URL, description or event types, or disable or enable it (admins)",
        params: idParams,
        body: updateWebhookBody,
        response: { 200: webhookSchema, ...errorResponses },
      },
    },
    async (request) => updateWebhook(db, requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/webhooks/:id',
    {
      schema: {
        operationId: 'deleteWebhook',
        tags,
        summary: 'Delete an endpoint with its delivery log; messages not yet sent are dropped (admins)',
        params: idParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteWebhook(db, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/webhooks/:id/rotate-secret',
    {
      schema: {
        operationId: 'rotateWebhookSecret',
        tags,
        summary:
          'Give an endpoint a new secret, shown only in this answer; the old one also signs for 24 hours (admins)',
        params: idParams,
        response: { 200: webhookWithSecretSchema, ...errorResponses },
      },
    },
    async (request) => rotateWebhookSecret(db, requireActor(request), request.params.id),
  );

  app.post(
    '/webhooks/:id/test',
    {
      schema: {
        operationId: 'sendWebhookTest',
        tags,
        summary: 'Send a `webhook.test` message to the endpoint now; its delivery shows in the log (admins)',
        params: idParams,
        response: { 202: deliverySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await sendTestMessage(db, requireActor(request), request.params.id)),
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      schema: {
        operationId: 'listWebhookDeliveries',
        tags,
        summary: "An endpoint's deliveries with the outcome of their last attempt, newest first (admins)",
        params: idParams,
        querystring: pageQuery,
        response: { 200: page(deliverySchema), ...errorResponses },
      },
    },
    async (request) => getDeliveries(db, requireActor(request), request.params.id, request.query),
  );

  app.post(
    '/webhooks/:id/deliveries/:deliveryId/replay',
    {
      schema: {
        operationId: 'replayWebhookDelivery',
        tags,
        summary: 'Send a delivered or failed message again, with the same `webhook-id` (admins)',
        params: deliveryParams,
        response: { 202: deliverySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(await replayDelivery(db, requireActor(request), request.params.id, request.params.deliveryId)),
  );
};
