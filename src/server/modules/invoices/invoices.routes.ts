import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actionRoute } from '../sales/sales-routes.js';
import { invoiceType } from './invoices.record.js';
import { creditNoteBody, creditNoteSchema, paymentBody, paymentSchema } from './invoices.schemas.js';
import { issueCreditNote, listCreditNotes, listPayments, recordPayment } from './invoices.service.js';

/** An invoice's payments and credit notes. */
export const invoiceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const tag = 'invoices';
  actionRoute(app, {
    method: 'POST',
    url: '/invoices/:id/payments',
    operationId: 'recordInvoicePayment',
    tag,
    summary: 'Record a payment; never more than the balance',
    body: paymentBody,
    status: 201,
    response: z.object({ payment: paymentSchema, invoice: invoiceType.schema }).meta({ id: 'PaymentResult' }),
    handler: (actor, id, body) => recordPayment(db, actor, id, body),
  });
  actionRoute(app, {
    method: 'GET',
    url: '/invoices/:id/payments',
    operationId: 'listInvoicePayments',
    tag,
    summary: 'The invoice’s payments, oldest first',
    response: z.object({ data: z.array(paymentSchema) }),
    handler: (actor, id) => listPayments(db, actor, id),
  });
  actionRoute(app, {
    method: 'POST',
    url: '/invoices/:id/credit-notes',
    operationId: 'issueCreditNote',
    tag,
    summary: 'Credit some or all of an invoice’s lines; never more than invoiced, nor above the balance',
    body: creditNoteBody,
    status: 201,
    response: z
      .object({ creditNote: creditNoteSchema, invoice: invoiceType.schema })
      .meta({ id: 'CreditNoteResult' }),
    handler: (actor, id, body) => issueCreditNote(db, actor, id, body ?? {}),
  });
  actionRoute(app, {
    method: 'GET',
    url: '/invoices/:id/credit-notes',
    operationId: 'listInvoiceCreditNotes',
    tag,
    summary: 'The invoice’s credit notes, oldest first',
    response: z.object({ data: z.array(creditNoteSchema) }),
    handler: (actor, id) => listCreditNotes(db, actor, id),
  });
};
