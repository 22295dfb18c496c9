import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import type { Actor } from '../../lib/permissions.js';

/**
 * One action route of a sales document (`POST /orders/{id}/deliveries`…): the id in the path, an
 * optional body, the actor, and the answer's status and schema.
 */
export function actionRoute<Body extends z.ZodType, Response extends z.ZodType>(
  app: FastifyInstance,
  route: {
    method: 'GET' | 'POST';
    url: string;
    operationId: string;
    tag: string;
    summary: string;
    body?: Body;
    status?: 200 | 201;
    response: Response;
    handler: (actor: Actor, id: string, body: z.output<Body>) => Promise<z.input<Response>>;
  },
) {
  const status = route.status ?? 200;
  // The path and body are validated by the schemas below; the handler receives their output.
  app.route({
    method: route.method,
    url: route.url,
    schema: {
      operationId: route.operationId,
      tags: [route.tag],
      summary: route.summary,
      params: idParams,
      ...(route.body ? { body: route.body } : {}),
      response: { [status]: route.response, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { id } = request.params as { id: string };
      const result = await route.handler(requireActor(request), id, request.body as z.output<Body>);
      // Fastify types `code` from the schema's keys, which a computed 200 or 201 key hides.
      return reply.code(status as Parameters<typeof reply.code>[0]).send(result);
    },
  });
}
