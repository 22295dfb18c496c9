import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { pascal } from '../../records/record-routes.js';
import { RECORD_TYPES } from '../../records/registry.js';
import { attachmentDisposition } from '../files/files.names.js';
import { exportQuery } from './exports.schemas.js';
import { exportRecords, exportVCard } from './exports.service.js';

const download = (description: string, types: string[]) => ({
  description,
  content: Object.fromEntries(types.map((type) => [type, { schema: z.string() }])),
});

/** `GET /<records>/export` for every record type, and `GET /people/{id}/vcard`. */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  for (const type of RECORD_TYPES) {
    const Many = pascal(type.names.plural);
    app.get(
      `/${type.table}/export`,
      {
        schema: {
          tags: [type.table],
          operationId: `export${Many}`,
          summary: `Export ${type.names.plural}`,
          description: `The whole list, as the list query or a saved view selects it, streamed as it is read: CSV with one column per field (ISO dates, money as a decimal with its currency in \`<column>.currency\`, lists separated by "; ")${type.entity === 'person' ? ', or vCard 4.0' : ''}. Sensitive fields are left out for roles that may not see them.`,
          querystring: exportQuery,
          response: {
            200: download(`The ${type.names.plural} as a file to download`, ['text/csv', 'text/vcard']),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const file = await exportRecords(db, requireActor(request), type, request.query);
        return reply
          .headers({
            'content-type': file.contentType,
            'content-disposition': attachmentDisposition(file.fileName),
            'cache-control': 'no-store',
          })
          .send(Readable.from(file.chunks) as never);
      },
    );
  }

  const personType = RECORD_TYPES.find((type) => type.entity === 'person')!;
  app.get(
    `/${personType.table}/:id/vcard`,
    {
      schema: {
        tags: [personType.table],
        operationId: 'getPersonVCard',
        summary: 'A person as a vCard 4.0 file',
        params: idParams,
        response: { 200: download('The vCard', ['text/vcard']), ...errorResponses },
      },
    },
    async (request, reply) => {
      const card = await exportVCard(db, requireActor(request), personType, request.params.id);
      return reply
        .headers({
          'content-type': 'text/vcard; charset=utf-8',
          'content-disposition': attachmentDisposition(card.fileName),
        })
        .send(card.text);
    },
  );
};
