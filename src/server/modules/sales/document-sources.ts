import type { Db } from '../../db/database.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/permissions.js';
import { getRecord } from '../../records/record-service.js';
import type { RecordType } from '../../records/record-type.js';
import type { ProductDetails, SourceDocument } from '../../sales/sales-documents.js';
import { findCreditNote } from '../invoices/invoices.repository.js';
import { invoiceType } from '../invoices/invoices.record.js';
import { orderType } from '../orders/orders.record.js';
import { findDelivery } from '../orders/orders.repository.js';
import { quoteType } from '../quotes/quotes.record.js';
import { findLineProducts } from './sales.repository.js';

/**
 * What the document module needs to print a sales document, read under the caller's permissions
 * (read on the document's module; another workspace's id is not found): the record as the API
 * shows it, the number it refers to, its customer and the products its lines name. The pure
 * mappers in sales/sales-documents.ts turn these into a `SalesDocument`.
 */
type Record = SourceDocument & {
  [field: string]: unknown;
  companyId: string | null;
  personId: string | null;
};

async function productsOf(db: Db, actor: Actor, lines: { productId: string | null }[]) {
  const ids = [...new Set(lines.map((line) => line.productId).filter((id): id is string => Boolean(id)))];
  const products = await findLineProducts(db, actor.workspaceId, ids);
  return new Map<string, ProductDetails>(
    products.map((product) => [
      product.id,
      { sku: product.sku, name: product.name, unit: product.unit, names: product.names },
    ]),
  );
}

async function numberOf(db: Db, actor: Actor, type: RecordType, id: unknown) {
  if (typeof id !== 'string') return null;
  try {
    return ((await getRecord(db, actor, type, id)) as { number: string }).number;
  } catch {
    return null; // a trashed or unreadable source document leaves the reference out
  }
}

export async function quoteSource(db: Db, actor: Actor, id: string) {
  const quote = (await getRecord(db, actor, quoteType, id)) as Record & { validUntil: string | null };
  return { quote, products: await productsOf(db, actor, quote.lines) };
}

export async function orderSource(db: Db, actor: Actor, id: string) {
  const order = (await getRecord(db, actor, orderType, id)) as Record & { promisedDate: string | null };
  return {
    order,
    quoteNumber: await numberOf(db, actor, quoteType, order.quoteId),
    products: await productsOf(db, actor, order.lines),
  };
}

export async function deliverySource(db: Db, actor: Actor, deliveryId: string) {
  const delivery = await findDelivery(db, actor.workspaceId, deliveryId);
  if (!delivery) throw notFound('Delivery');
  const { order, products } = await orderSource(db, actor, delivery.orderId);
  return { order, delivery, products };
}

export async function invoiceSource(db: Db, actor: Actor, id: string) {
  const invoice = (await getRecord(db, actor, invoiceType, id)) as Record & {
    dueDate: string | null;
    paidMinor: number;
    creditedMinor: number;
    balanceMinor: number;
  };
  return {
    invoice,
    orderNumber: await numberOf(db, actor, orderType, invoice.orderId),
    products: await productsOf(db, actor, invoice.lines),
  };
}

export async function creditNoteSource(db: Db, actor: Actor, creditNoteId: string) {
  const note = await findCreditNote(db, actor.workspaceId, creditNoteId);
  if (!note) throw notFound('Credit note');
  const { invoice, products } = await invoiceSource(db, actor, note.invoiceId);
  return { note, invoice, products };
}
