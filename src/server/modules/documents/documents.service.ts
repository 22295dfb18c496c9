import type { Db } from '../../db/database.js';
import type { SalesDocument } from '../../documents/document-model.js';
import { renderDocumentPdf } from '../../documents/pdf-renderer.js';
import { renderUblInvoice } from '../../documents/ubl-invoice.js';
import type { FileStorage } from '../../files/file-store.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/permissions.js';
import {
  creditNoteDocument,
  deliveryDocument,
  invoiceDocument,
  orderDocument,
  quoteDocument,
} from '../../sales/sales-documents.js';
import {
  creditNoteSource,
  deliverySource,
  invoiceSource,
  orderSource,
  quoteSource,
} from '../sales/document-sources.js';
import { documentSetting, type Customer, type LoadedSetting } from './document-setting.js';

/**
 * Printed and exported sales documents. The sales module reads each document under the caller's
 * permissions and maps it to the document model; this module adds the workspace and the customer
 * and renders it.
 */
export type DocumentTarget =
  | { kind: 'quote' | 'order' | 'invoice'; id: string }
  | { kind: 'delivery'; orderId: string; deliveryId: string }
  | { kind: 'credit-note'; invoiceId: string; creditNoteId: string };

export interface BuiltDocument {
  doc: SalesDocument;
  /** The record the document belongs to (a delivery's order, a credit note's invoice). */
  record: { entity: 'quote' | 'order' | 'invoice'; id: string };
  /** The record's owner, for permission checks scoped to own or team records. */
  ownerId: string | null;
  customer: Customer;
  setting: LoadedSetting;
}

export async function buildDocument(
  db: Db,
  storage: FileStorage,
  actor: Actor,
  target: DocumentTarget,
): Promise<BuiltDocument> {
  const settingFor = (customer: Customer, products: Parameters<typeof documentSetting>[4]) =>
    documentSetting(db, storage, actor.workspaceId, customer, products);
  switch (target.kind) {
    case 'quote': {
      const { quote, products } = await quoteSource(db, actor, target.id);
      const setting = await settingFor(quote, products);
      return {
        doc: quoteDocument(quote, setting),
        record: { entity: 'quote', id: target.id },
        ownerId: ownerOf(quote),
        customer: quote,
        setting,
      };
    }
    case 'order': {
      const { order, quoteNumber, products } = await orderSource(db, actor, target.id);
      const setting = await settingFor(order, products);
      return {
        doc: orderDocument(order, quoteNumber, setting),
        record: { entity: 'order', id: target.id },
        ownerId: ownerOf(order),
        customer: order,
        setting,
      };
    }
    case 'delivery': {
      const { order, delivery, products } = await deliverySource(db, actor, target.deliveryId);
      if (delivery.orderId !== target.orderId) throw notFound('Delivery');
      const setting = await settingFor(order, products);
      return {
        doc: deliveryDocument(order, delivery, setting),
        record: { entity: 'order', id: target.orderId },
        ownerId: ownerOf(order),
        customer: order,
        setting,
      };
    }
    case 'invoice': {
      const { invoice, orderNumber, products } = await invoiceSource(db, actor, target.id);
      const setting = await settingFor(invoice, products);
      return {
        doc: invoiceDocument(invoice, orderNumber, setting),
        record: { entity: 'invoice', id: target.id },
        ownerId: ownerOf(invoice),
        customer: invoice,
        setting,
      };
    }
    case 'credit-note': {
      const { note, invoice, products } = await creditNoteSource(db, actor, target.creditNoteId);
      if (note.invoiceId !== target.invoiceId) throw notFound('Credit note');
      const setting = await settingFor(invoice, products);
      return {
        doc: creditNoteDocument(note, invoice, setting),
        record: { entity: 'invoice', id: target.invoiceId },
        ownerId: ownerOf(invoice),
        customer: invoice,
        setting,
      };
    }
  }
}

const ownerOf = (record: { [field: string]: unknown }) =>
  typeof record.ownerId === 'string' ? record.ownerId : null;

/** `INV-2026-00042.pdf`: the number, with anything a file name should not hold replaced. */
export const documentFileName = (doc: SalesDocument, extension: 'pdf' | 'xml') =>
  `${doc.number.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.${extension}`;

export async function documentPdf(db: Db, storage: FileStorage, actor: Actor, target: DocumentTarget) {
  const built = await buildDocument(db, storage, actor, target);
  return { built, bytes: await renderDocumentPdf(built.doc), fileName: documentFileName(built.doc, 'pdf') };
}

/** The EN 16931 e-invoice (UBL 2.1) of an invoice or credit note. */
export async function documentUbl(db: Db, storage: FileStorage, actor: Actor, target: DocumentTarget) {
  const built = await buildDocument(db, storage, actor, target);
  return { built, xml: renderUblInvoice(built.doc), fileName: documentFileName(built.doc, 'xml') };
}
