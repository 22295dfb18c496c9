import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, idParams } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import {
  customerSalesSchema,
  overdueInvoicesPage,
  overdueOrdersPage,
  overdueQuery,
  prefixesBody,
  prefixesSchema,
} from './sales.schemas.js';
import {
  getCustomerSales,
  getPrefixes,
  listOverdueInvoices,
  listOverdueOrders,
  setPrefixes,
} from './sales.service.js';

export const salesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const tags = ['sales'];

  for (const [customer, operationId, who] of [
    ['companies', 'getCompanySales', 'A company’s'],
    ['people', 'getPersonSales', 'A person’s'],
  ] as const)
    app.get(
      `/${customer}/:id/sales`,
      {
        schema: {
          operationId,
          tags,
          summary: `${who} orders and invoices in figures: late, owed, lifetime revenue`,
          description:
            'Their quotes, orders and invoices themselves are the lists `GET /quotes|orders|invoices?filter[companyId]=…` (or `personId`).',
          params: idParams,
          response: { 200: customerSalesSchema, ...errorResponses },
        },
      },
      async (request) => getCustomerSales(db, requireActor(request), customer, request.params.id),
    );

  app.get(
    '/sales/overdue/orders',
    {
      schema: {
        operationId: 'listOverdueOrders',
        tags,
        summary: 'Orders past their promised date and not yet delivered, with how many days late',
        description:
          'Orders that are new, confirmed, in fulfilment or partially delivered, whose promised date is before today (UTC), among those the caller may read (own, team or all). Most days late first by default.',
        querystring: overdueQuery,
        response: { 200: overdueOrdersPage, ...errorResponses },
      },
    },
    async (request) => listOverdueOrders(db, requireActor(request), request.query),
  );

  app.get(
    '/sales/overdue/invoices',
    {
      schema: {
        operationId: 'listOverdueInvoices',
        tags,
        summary: 'Invoices past their due date with a balance left, with how many days late',
        description:
          'Invoices issued or partly paid whose due date is before today (UTC), among those the caller may read (own, team or all). `amount` sorts by the balance.',
        querystring: overdueQuery,
        response: { 200: overdueInvoicesPage, ...errorResponses },
      },
    },
    async (request) => listOverdueInvoices(db, requireActor(request), request.query),
  );

  app.get(
    '/sales/numbering',
    {
      schema: {
        operationId: 'getDocumentNumbering',
        tags,
        summary: 'The prefixes of quote, order, delivery, invoice and credit note numbers',
        response: { 200: prefixesSchema, ...errorResponses },
      },
    },
    async (request) => getPrefixes(db, requireActor(request)),
  );

  app.put(
    '/sales/numbering',
    {
      schema: {
        operationId: 'setDocumentNumbering',
        tags,
        summary: 'Change number prefixes (admins); each year’s sequence goes on',
        body: prefixesBody,
        response: { 200: prefixesSchema, ...errorResponses },
      },
    },
    async (request) => setPrefixes(db, requireActor(request), request.body),
  );
};
