import { z } from 'zod';
import { defineRecordType, type RecordOf } from '../../records/record-type.js';
import { documentFields } from '../sales/sales-document.js';
import { afterInvoiceSaved, INVOICE_EVENTS, prepareInvoice } from './invoice-rules.js';
import { invoiceCreateBody, invoiceUpdateBody } from './invoices.schemas.js';

/** A bill to a customer: issued with its number, paid and credited until its balance is nothing. */
export const invoiceType = defineRecordType({
  entity: 'invoice',
  table: 'invoices',
  names: { singular: 'invoice', plural: 'invoices' },
  fields: {
    ...documentFields(),
    status: {
      column: 'status',
      type: 'text',
      sortable: true,
      description: 'issued, partially_paid, paid or credited; follows payments and credit notes',
    },
    orderId: { column: 'order_id', type: 'uuid', nullable: true, description: 'The order it bills' },
    dueDate: { column: 'due_date', type: 'date', nullable: true, sortable: true },
    paidMinor: { column: 'paid_minor', type: 'number', description: 'Paid so far, in minor units' },
    creditedMinor: { column: 'credited_minor', type: 'number', description: 'Credited by credit notes' },
    balanceMinor: {
      column: 'balance_minor',
      type: 'number',
      sortable: true,
      description: 'Still owed: gross − paid − credited',
    },
    creditedQuantities: {
      column: 'credited_quantities',
      type: 'json',
      schema: z.array(z.string()).describe('Per line: the quantity credited so far'),
    },
    paidAt: {
      column: 'paid_at',
      type: 'date',
      nullable: true,
      description: 'When the balance reached nothing',
    },
  },
  defaultSort: '-number',
  display: ['number'],
  input: { create: invoiceCreateBody, update: invoiceUpdateBody },
  relatedList: { field: 'companyId', summary: 'List the invoices of a company' },
  prepare: prepareInvoice,
  afterSave: afterInvoiceSaved,
  events: INVOICE_EVENTS,
  search: (invoice, names) => ({
    title: invoice.number as string,
    subtitle: names.companyName ?? names.personName ?? null,
    text: [invoice.number, names.companyName, names.personName, invoice.notes].filter(Boolean).join(' '),
  }),
});

export type Invoice = RecordOf<typeof invoiceType>;
