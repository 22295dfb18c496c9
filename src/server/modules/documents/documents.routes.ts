import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams, problemResponse } from '../../lib/http-schemas.js';
import { requireActor } from '../../lib/request-context.js';
import { attachmentDisposition } from '../files/files.names.js';
import { fileSchema } from '../files/files.schemas.js';
import { emailDocument } from './document-email.js';
import { documentPdf, documentUbl, type DocumentTarget } from './documents.service.js';

const pdfResponse = {
  description: 'The document as a PDF, in the customer’s language',
  content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
};
const ublResponse = {
  description: 'The EN 16931 e-invoice in UBL 2.1 (Peppol BIS Billing 3.0)',
  content: { 'application/xml': { schema: z.string() } },
};
const conflict = problemResponse(
  'The workspace or the customer lacks what an e-invoice requires; `errors` names the fields',
);

const emailBody = z.object({
  to: z
    .email({ message: 'must be an email address' })
    .max(254)
    .optional()
    .describe("The customer's primary email when absent"),
  message: z.string().max(5000).optional().describe('A few words of your own, put before the closing'),
});
const emailResponse = z
  .object({
    emailId: z.uuid(),
    to: z.string(),
    language: z.string().describe('The language the email and the document are written in'),
    file: fileSchema.describe(
      'The PDF as sent, kept on the record; `GET /files/{id}/content` downloads it again',
    ),
  })
  .meta({ id: 'DocumentEmail' });

const deliveryParams = z.object({ id: z.uuid(), deliveryId: z.uuid() });
const creditNoteParams = z.object({ id: z.uuid(), creditNoteId: z.uuid() });

function sendPdf(reply: FastifyReply, fileName: string, bytes: Buffer) {
  return reply
    .headers({
      'content-type': 'application/pdf',
      'content-disposition': attachmentDisposition(fileName).replace(/^attachment/, 'inline'),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-cache',
    })
    .send(bytes);
}

function sendXml(reply: FastifyReply, fileName: string, xml: string) {
  return reply
    .headers({
      'content-type': 'application/xml; charset=utf-8',
      'content-disposition': attachmentDisposition(fileName),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-cache',
    })
    .send(xml);
}

/** Printed quotes, order confirmations, delivery notes, invoices and credit notes, and e-invoices. */
export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, files } = app;
  const pdf = async (
    request: Parameters<typeof requireActor>[0],
    reply: FastifyReply,
    target: DocumentTarget,
  ) => {
    const { bytes, fileName } = await documentPdf(db, files, requireActor(request), target);
    return sendPdf(reply, fileName, bytes);
  };

  for (const [table, kind, One] of [
    ['quotes', 'quote', 'Quote'],
    ['orders', 'order', 'OrderConfirmation'],
    ['invoices', 'invoice', 'Invoice'],
  ] as const) {
    app.get(
      `/${table}/:id/pdf`,
      {
        schema: {
          tags: [table],
          operationId: `get${One}Pdf`,
          summary: `The ${kind === 'order' ? 'order confirmation' : kind} as a PDF`,
          description:
            'In the language of the customer (the person’s, else the company’s, else the workspace’s), with the workspace’s document details and logo. The same document gives the same bytes.',
          params: idParams,
          response: { 200: pdfResponse, ...errorResponses },
        },
      },
      async (request, reply) => pdf(request, reply, { kind, id: request.params.id }),
    );
  }

  const email = (
    kindLabel: string,
    One: string,
    url: string,
    tag: string,
    params: z.ZodType,
    target: (p: never) => DocumentTarget,
  ) =>
    app.post(
      url,
      {
        schema: {
          tags: [tag],
          operationId: `email${One}`,
          summary: `Email the ${kindLabel} to the customer with its PDF attached`,
          description:
            'In the customer’s language. The PDF sent is kept as a file of the record and the sending is written on the timelines of the record and of its customer.',
          params,
          body: emailBody,
          response: { 201: emailResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const sent = await emailDocument(
          db,
          files,
          requireActor(request),
          target(request.params as never),
          request.body,
        );
        return reply.status(201).send(sent);
      },
    );
  email('quote', 'Quote', '/quotes/:id/email', 'quotes', idParams, (p: { id: string }) => ({
    kind: 'quote',
    id: p.id,
  }));
  email(
    'order confirmation',
    'OrderConfirmation',
    '/orders/:id/email',
    'orders',
    idParams,
    (p: { id: string }) => ({ kind: 'order', id: p.id }),
  );
  email('invoice', 'Invoice', '/invoices/:id/email', 'invoices', idParams, (p: { id: string }) => ({
    kind: 'invoice',
    id: p.id,
  }));
  email(
    'delivery note',
    'DeliveryNote',
    '/orders/:id/deliveries/:deliveryId/email',
    'orders',
    deliveryParams,
    (p: { id: string; deliveryId: string }) => ({
      kind: 'delivery',
      orderId: p.id,
      deliveryId: p.deliveryId,
    }),
  );
  email(
    'credit note',
    'CreditNote',
    '/invoices/:id/credit-notes/:creditNoteId/email',
    'invoices',
    creditNoteParams,
    (p: { id: string; creditNoteId: string }) => ({
      kind: 'credit-note',
      invoiceId: p.id,
      creditNoteId: p.creditNoteId,
    }),
  );

  app.get(
    '/orders/:id/deliveries/:deliveryId/pdf',
    {
      schema: {
        tags: ['orders'],
        operationId: 'getDeliveryNotePdf',
        summary: 'A delivery of the order as a delivery note (PDF)',
        params: deliveryParams,
        response: { 200: pdfResponse, ...errorResponses },
      },
    },
    async (request, reply) =>
      pdf(request, reply, {
        kind: 'delivery',
        orderId: request.params.id,
        deliveryId: request.params.deliveryId,
      }),
  );

  app.get(
    '/invoices/:id/credit-notes/:creditNoteId/pdf',
    {
      schema: {
        tags: ['invoices'],
        operationId: 'getCreditNotePdf',
        summary: 'A credit note of the invoice as a PDF',
        params: creditNoteParams,
        response: { 200: pdfResponse, ...errorResponses },
      },
    },
    async (request, reply) =>
      pdf(request, reply, {
        kind: 'credit-note',
        invoiceId: request.params.id,
        creditNoteId: request.params.creditNoteId,
      }),
  );

  app.get(
    '/invoices/:id/ubl',
    {
      schema: {
        tags: ['invoices'],
        operationId: 'getInvoiceUbl',
        summary: 'The invoice as an EN 16931 e-invoice (UBL 2.1, Peppol BIS Billing 3.0)',
        params: idParams,
        response: { 200: ublResponse, ...errorResponses, 409: conflict },
      },
    },
    async (request, reply) => {
      const { xml, fileName } = await documentUbl(db, files, requireActor(request), {
        kind: 'invoice',
        id: request.params.id,
      });
      return sendXml(reply, fileName, xml);
    },
  );

  app.get(
    '/invoices/:id/credit-notes/:creditNoteId/ubl',
    {
      schema: {
        tags: ['invoices'],
        operationId: 'getCreditNoteUbl',
        summary: 'A credit note as an EN 16931 e-invoice (UBL 2.1, Peppol BIS Billing 3.0)',
        params: creditNoteParams,
        response: { 200: ublResponse, ...errorResponses, 409: conflict },
      },
    },
    async (request, reply) => {
      const { xml, fileName } = await documentUbl(db, files, requireActor(request), {
        kind: 'credit-note',
        invoiceId: request.params.id,
        creditNoteId: request.params.creditNoteId,
      });
      return sendXml(reply, fileName, xml);
    },
  );
};
