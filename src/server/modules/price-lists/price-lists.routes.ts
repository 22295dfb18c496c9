import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actionRoute } from '../sales/sales-routes.js';
import { listPricesSchema, setListPricesBody } from './price-lists.schemas.js';
import { getListPrices, setListPrices } from './price-lists.service.js';

/** The prices of a price list. */
export const priceListRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  actionRoute(app, {
    method: 'GET',
    url: '/price_lists/:id/prices',
    operationId: 'listPriceListPrices',
    tag: 'price_lists',
    summary: 'The prices of a price list, per product',
    response: listPricesSchema,
    handler: (actor, id) => getListPrices(db, actor, id),
  });
  actionRoute(app, {
    method: 'POST',
    url: '/price_lists/:id/prices',
    operationId: 'setPriceListPrices',
    tag: 'price_lists',
    summary: 'Set (and remove) prices of a price list',
    body: setListPricesBody,
    response: listPricesSchema,
    handler: (actor, id, body) => setListPrices(db, actor, id, body),
  });
};
