import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { exchangeRatesBody, exchangeRatesSchema } from './exchange-rates.schemas.js';
import { getExchangeRates, setExchangeRates } from './exchange-rates.service.js';

const tags = ['exchange rates'];

export const exchangeRateRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  app.get(
    '/exchange-rates',
    {
      schema: {
        operationId: 'getExchangeRates',
        tags,
        summary: 'The workspace’s exchange rates to its currency',
        response: { 200: exchangeRatesSchema, ...errorResponses },
      },
    },
    async (request) => getExchangeRates(db, requireActor(request)),
  );
  app.put(
    '/exchange-rates',
    {
      schema: {
        operationId: 'setExchangeRates',
        tags,
        summary: 'Set every exchange rate of the workspace (admins)',
        body: exchangeRatesBody,
        response: { 200: exchangeRatesSchema, ...errorResponses },
      },
    },
    async (request) => setExchangeRates(db, requireActor(request), request.body),
  );
};
