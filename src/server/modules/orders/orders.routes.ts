import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invoiceType } from '../invoices/invoices.record.js';
import { actionRoute } from '../sales/sales-routes.js';
import { orderType } from './orders.record.js';
import {
  deliveryBody,
  deliverySchema,
  orderInvoiceBody,
  orderStatusBody,
  statusChangeSchema,
} from './orders.schemas.js';
import {
  deliverOrder,
  invoiceOrder,
  listDeliveries,
  listStatusChanges,
  setOrderStatus,
} from './orders.service.js';

/** An order's status flow, deliveries and invoicing. */
export const orderRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const tag = 'orders';
  actionRoute(app, {
    method: 'POST',
    url: '/orders/:id/status',
    operationId: 'setOrderStatus',
    tag,
    summary: 'Confirm, start fulfilment, complete or cancel an order (deliveries set the other statuses)',
    body: orderStatusBody,
    response: orderType.schema,
    handler: (actor, id, body) => setOrderStatus(db, actor, id, body.status),
  });
  actionRoute(app, {
    method: 'POST',
    url: '/orders/:id/deliveries',
    operationId: 'deliverOrder',
    tag,
    summary: 'Record a delivery of some of the order’s lines; never more than ordered',
    body: deliveryBody,
    status: 201,
    response: z.object({ delivery: deliverySchema, order: orderType.schema }).meta({ id: 'DeliveryResult' }),
    handler: (actor, id, body) => deliverOrder(db, actor, id, body),
  });
  actionRoute(app, {
    method: 'GET',
    url: '/orders/:id/deliveries',
    operationId: 'listOrderDeliveries',
    tag,
    summary: 'The order’s deliveries, oldest first',
    response: z.object({ data: z.array(deliverySchema) }),
    handler: (actor, id) => listDeliveries(db, actor, id),
  });
  actionRoute(app, {
    method: 'GET',
    url: '/orders/:id/status-history',
    operationId: 'listOrderStatusChanges',
    tag,
    summary: 'Every status the order went through, oldest first',
    response: z.object({ data: z.array(statusChangeSchema) }),
    handler: (actor, id) => listStatusChanges(db, actor, id),
  });
  actionRoute(app, {
    method: 'POST',
    url: '/orders/:id/invoice',
    operationId: 'invoiceOrder',
    tag,
    summary: 'Invoice the order, whole or in part; never more than ordered',
    body: orderInvoiceBody,
    status: 201,
    response: invoiceType.schema,
    handler: (actor, id, body) => invoiceOrder(db, actor, id, body ?? {}),
  });
};
