import { writeJson, type DbOrTrx } from '../db/database.js';
import { invoiceType } from '../modules/invoices/invoices.record.js';
import { orderType } from '../modules/orders/orders.record.js';
import { quoteType } from '../modules/quotes/quotes.record.js';
import { reserveDocumentNumbers } from '../modules/sales/sales.repository.js';
import { insertRow } from '../records/record-store.js';
import type { RecordType, RecordValues } from '../records/record-type.js';
import { formatDocumentNumber, type NumberedKind } from '../sales/document-number.js';
import { insertMany, type BulkTable } from './bulk-insert.js';
import type {
  Invoice,
  Order,
  Quote,
  SalesBatch,
  SeededDelivery,
  SeededPayment,
  SeededStatusChange,
} from './seed-sales.js';
import { searchTable, type SearchRow } from './seed-tables.js';

/**
 * A batch of seeded sales documents numbered and written in the batch's transaction. Numbers are
 * taken from the workspace's counters a block per kind and year (as the services take them one at
 * a time), and handed out in order of issue date within the batch, so they stay gapless and unique
 * beside documents the running app numbers meanwhile.
 */

interface Numbered {
  number: string;
  /** When it was made: its year is the number's, and numbers follow it within a batch. */
  createdAt: string;
}

async function numberAll(
  trx: DbOrTrx,
  workspaceId: string,
  kind: NumberedKind,
  prefix: string,
  documents: Numbered[],
) {
  const byYear = new Map<number, Numbered[]>();
  for (const document of documents) {
    const year = Number(document.createdAt.slice(0, 4));
    const ofYear = byYear.get(year);
    if (ofYear) ofYear.push(document);
    else byYear.set(year, [document]);
  }
  for (const [year, ofYear] of byYear) {
    // A stable sort: documents made at the same moment keep the generator's order.
    ofYear.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const first = await reserveDocumentNumbers(trx, workspaceId, kind, year, ofYear.length);
    ofYear.forEach((document, i) => (document.number = formatDocumentNumber(prefix, year, first + i)));
  }
}

function recordTable<T extends { id: string }>(
  type: RecordType,
  workspaceId: string,
  sample: T,
): BulkTable<T> {
  return {
    table: type.table,
    columns: Object.keys(insertRow(type, workspaceId, sample as never)),
    values: (record) => Object.values(insertRow(type, workspaceId, record as never)),
  };
}

const deliveryTable = (workspaceId: string): BulkTable<SeededDelivery> => ({
  table: 'order_deliveries',
  columns: [
    'workspace_id',
    'id',
    'order_id',
    'number',
    'delivered_date',
    'lines',
    'note',
    'created_by',
    'created_at',
  ],
  values: (d) => [
    workspaceId,
    d.id,
    d.orderId,
    d.number,
    d.deliveredDate,
    writeJson(d.lines),
    null,
    d.by,
    d.createdAt,
  ],
});

const statusChangeTable = (workspaceId: string): BulkTable<SeededStatusChange> => ({
  table: 'order_status_changes',
  columns: ['workspace_id', 'id', 'order_id', 'from_status', 'to_status', 'note', 'changed_by', 'changed_at'],
  values: (c) => [workspaceId, c.id, c.orderId, c.from, c.to, null, c.by, c.at],
});

const paymentTable = (workspaceId: string): BulkTable<SeededPayment> => ({
  table: 'invoice_payments',
  columns: [
    'workspace_id',
    'id',
    'invoice_id',
    'amount_minor',
    'paid_date',
    'method',
    'reference',
    'created_by',
    'created_at',
  ],
  values: (p) => [
    workspaceId,
    p.id,
    p.invoiceId,
    p.amountMinor,
    p.paidDate,
    'Bank transfer',
    null,
    p.by,
    p.createdAt,
  ],
});

/** Search documents as the record kit writes them for each document type. */
function searchRows(batch: SalesBatch, names: Map<string, string>): SearchRow[] {
  const search = (type: RecordType, record: Quote | Order | Invoice): SearchRow => ({
    entityType: type.entity,
    entityId: record.id,
    doc: type.search(record as unknown as RecordValues, of(record)),
  });
  const of = (record: Quote | Order | Invoice) => ({
    companyName: record.companyId ? (names.get(record.companyId) ?? null) : null,
    personName: record.personId ? (names.get(record.personId) ?? null) : null,
  });
  return [
    ...batch.quotes.map((quote) => search(quoteType, quote)),
    ...batch.orders.map((order) => search(orderType, order)),
    ...batch.invoices.map((invoice) => search(invoiceType, invoice)),
  ];
}

/**
 * Numbers the batch's documents and writes them. `names` gives the display names of the batch's
 * people and companies, for the search documents.
 */
export async function writeSalesBatch(
  trx: DbOrTrx,
  workspaceId: string,
  prefixes: Record<NumberedKind, string>,
  batch: SalesBatch,
  names: Map<string, string>,
) {
  await numberAll(trx, workspaceId, 'quote', prefixes.quote, batch.quotes);
  await numberAll(trx, workspaceId, 'order', prefixes.order, batch.orders);
  await numberAll(trx, workspaceId, 'delivery', prefixes.delivery, batch.deliveries);
  await numberAll(trx, workspaceId, 'invoice', prefixes.invoice, batch.invoices);
  if (batch.quotes.length)
    await insertMany(trx, recordTable(quoteType, workspaceId, batch.quotes[0]!), batch.quotes);
  if (batch.orders.length)
    await insertMany(trx, recordTable(orderType, workspaceId, batch.orders[0]!), batch.orders);
  if (batch.invoices.length)
    await insertMany(trx, recordTable(invoiceType, workspaceId, batch.invoices[0]!), batch.invoices);
  await insertMany(trx, deliveryTable(workspaceId), batch.deliveries);
  await insertMany(trx, statusChangeTable(workspaceId), batch.statusChanges);
  await insertMany(trx, paymentTable(workspaceId), batch.payments);
  await insertMany(trx, searchTable(workspaceId), searchRows(batch, names));
}
