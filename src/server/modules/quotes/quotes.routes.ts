import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orderType } from '../orders/orders.record.js';
import { actionRoute } from '../sales/sales-routes.js';
import { quoteType } from './quotes.record.js';
import { convertQuoteBody } from './quotes.schemas.js';
import { convertQuote, listQuoteRevisions, setQuoteStatus } from './quotes.service.js';

const revisionsSchema = z
  .object({
    data: z.array(
      z.object({
        revision: z.number().int(),
        replacedAt: z.string(),
        quote: z.record(z.string(), z.unknown()).describe('The quote as that revision stood'),
      }),
    ),
  })
  .meta({ id: 'QuoteRevisions' });

/** A quote's actions: sent, accepted, declined, converted to an order; its earlier revisions. */
export const quoteRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const tag = 'quotes';
  const quote = quoteType.schema;
  for (const [action, status, summary] of [
    ['send', 'sent', 'Mark a draft quote sent (emailing it with its PDF is the document module’s)'],
    ['accept', 'accepted', 'The customer accepted the quote'],
    ['decline', 'declined', 'The customer declined the quote'],
  ] as const)
    actionRoute(app, {
      method: 'POST',
      url: `/quotes/:id/${action}`,
      operationId: `${action}Quote`,
      tag,
      summary,
      response: quote,
      handler: (actor, id) => setQuoteStatus(db, actor, id, status),
    });
  actionRoute(app, {
    method: 'POST',
    url: '/quotes/:id/convert',
    operationId: 'convertQuote',
    tag,
    summary: 'Convert an accepted quote to an order with every line of it (once)',
    body: convertQuoteBody,
    status: 201,
    response: orderType.schema,
    handler: (actor, id, body) => convertQuote(db, actor, id, body ?? {}),
  });
  actionRoute(app, {
    method: 'GET',
    url: '/quotes/:id/revisions',
    operationId: 'listQuoteRevisions',
    tag,
    summary: 'The revisions of a quote that later changes replaced, newest first',
    response: revisionsSchema,
    handler: (actor, id) => listQuoteRevisions(db, actor, id),
  });
};
