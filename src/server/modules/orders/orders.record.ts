import { z } from 'zod';
import { defineRecordType, type RecordOf } from '../../records/record-type.js';
import { documentFields } from '../sales/sales-document.js';
import { afterOrderSaved, ORDER_EVENTS, prepareOrder } from './order-rules.js';
import { orderCreateBody, orderUpdateBody } from './orders.schemas.js';

const quantities = z.array(z.string()).describe('Per line, in the lines’ order: a decimal string');

/** A customer's order: its lines, its status flow, what was delivered and invoiced of each line. */
export const orderType = defineRecordType({
  entity: 'order',
  table: 'orders',
  names: { singular: 'order', plural: 'orders' },
  fields: {
    ...documentFields(),
    status: {
      column: 'status',
      type: 'text',
      sortable: true,
      description:
        'new, confirmed, in_fulfilment, partially_delivered, delivered, completed or cancelled; changed by the actions',
    },
    quoteId: {
      column: 'quote_id',
      type: 'uuid',
      nullable: true,
      description: 'The quote it was converted from',
    },
    promisedDate: { column: 'promised_date', type: 'date', nullable: true, sortable: true },
    deliveredDate: {
      column: 'delivered_date',
      type: 'date',
      nullable: true,
      description: 'When the last of it was delivered',
    },
    completedAt: { column: 'completed_at', type: 'date', nullable: true },
    deliveredQuantities: { column: 'delivered_quantities', type: 'json', schema: quantities },
    invoicedQuantities: { column: 'invoiced_quantities', type: 'json', schema: quantities },
  },
  defaultSort: '-number',
  display: ['number'],
  input: { create: orderCreateBody, update: orderUpdateBody },
  relatedList: { field: 'companyId', summary: 'List the orders of a company' },
  prepare: prepareOrder,
  afterSave: afterOrderSaved,
  events: ORDER_EVENTS,
  search: (order, names) => ({
    title: order.number as string,
    subtitle: names.companyName ?? names.personName ?? null,
    text: [order.number, names.companyName, names.personName, order.notes].filter(Boolean).join(' '),
  }),
});

export type Order = RecordOf<typeof orderType>;
