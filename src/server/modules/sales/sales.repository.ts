import { sql } from 'kysely';
import { readJson, type DbOrTrx } from '../../db/database.js';
import { DEFAULT_PREFIXES, formatDocumentNumber, type NumberedKind } from '../../sales/document-number.js';

/**
 * SQL shared by the sales documents: their numbers, the products their lines name, a deal's lines
 * for a quote, and a price list's prices.
 */

/**
 * The next number of a kind of document, taken in the caller's transaction: the counter row of the
 * workspace, kind and year is created if missing, then incremented with the row locked until the
 * transaction ends (PostgreSQL; SQLite runs one writing transaction at a time). A transaction that
 * rolls back gives its number back, so numbers have no gaps and no duplicates.
 */
export async function takeDocumentNumber(
  trx: DbOrTrx,
  workspaceId: string,
  kind: NumberedKind,
  issueDate: string,
): Promise<string> {
  const year = Number(issueDate.slice(0, 4));
  const sequence = await reserveDocumentNumbers(trx, workspaceId, kind, year, 1);
  return formatDocumentNumber(await prefixOf(trx, workspaceId, kind), year, sequence);
}

/**
 * Takes the next `count` numbers of a kind and year at once, as `takeDocumentNumber` takes one, and
 * returns the first of them (the bulk seed numbers a batch of documents with one statement).
 */
export async function reserveDocumentNumbers(
  trx: DbOrTrx,
  workspaceId: string,
  kind: NumberedKind,
  year: number,
  count: number,
): Promise<number> {
  await trx
    .insertInto('document_counters')
    .values({ workspace_id: workspaceId, kind, year, last_value: 0 })
    .onConflict((conflict) => conflict.columns(['workspace_id', 'kind', 'year']).doNothing())
    .execute();
  const { last_value } = await trx
    .updateTable('document_counters')
    .set({ last_value: sql<number>`last_value + ${count}` })
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', kind)
    .where('year', '=', year)
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return Number(last_value) - count + 1;
}

async function prefixOf(trx: DbOrTrx, workspaceId: string, kind: NumberedKind): Promise<string> {
  const row = await trx
    .selectFrom('document_number_prefixes')
    .select('prefix')
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row?.prefix ?? DEFAULT_PREFIXES[kind];
}

export async function findPrefixes(db: DbOrTrx, workspaceId: string): Promise<Record<NumberedKind, string>> {
  const rows = await db
    .selectFrom('document_number_prefixes')
    .select(['kind', 'prefix'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const prefixes = { ...DEFAULT_PREFIXES };
  for (const row of rows) prefixes[row.kind as NumberedKind] = row.prefix;
  return prefixes;
}

export async function savePrefix(db: DbOrTrx, workspaceId: string, kind: NumberedKind, prefix: string) {
  await db
    .insertInto('document_number_prefixes')
    .values({ workspace_id: workspaceId, kind, prefix })
    .onConflict((conflict) => conflict.columns(['workspace_id', 'kind']).doUpdateSet({ prefix }))
    .execute();
}

/** The live products of the workspace among `ids`, with what a line takes from them. */
export async function findLineProducts(db: DbOrTrx, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('products' as never)
    .select([
      'id',
      'sku',
      'name',
      'names',
      'unit',
      'price',
      'currency',
      'prices',
      'tax_rate_percent',
    ] as never[])
    .where('workspace_id' as never, '=', workspaceId as never)
    .where('id' as never, 'in', ids as never)
    .where('deleted_at' as never, 'is', null as never)
    .execute();
  return (rows as Record<string, unknown>[]).map((row) => ({
    id: row.id as string,
    sku: row.sku as string,
    name: row.name as string,
    names: readJson<Record<string, string>>(row.names, {}),
    unit: (row.unit as string | null) ?? null,
    prices: [
      ...(row.price !== null && row.currency
        ? [{ amount: Number(row.price), currency: row.currency as string }]
        : []),
      ...readJson<{ amount: number; currency: string }[]>(row.prices, []),
    ],
    taxRate: (row.tax_rate_percent as string | null) ?? null,
  }));
}
export type LineProduct = Awaited<ReturnType<typeof findLineProducts>>[number];

/** A price list's price per product id, among `productIds`. */
export async function findListPrices(
  db: DbOrTrx,
  workspaceId: string,
  priceListId: string,
  productIds: string[],
) {
  if (productIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('price_list_prices')
    .select(['product_id', 'unit_price_minor'])
    .where('workspace_id', '=', workspaceId)
    .where('price_list_id', '=', priceListId)
    .where('product_id', 'in', productIds)
    .execute();
  return new Map(rows.map((row) => [row.product_id, Number(row.unit_price_minor)]));
}

/** What a quote takes from a deal: its customer, currency and product lines. */
export async function findDealForQuote(db: DbOrTrx, workspaceId: string, dealId: string) {
  const row = (await db
    .selectFrom('deals' as never)
    .select(['id', 'company_id', 'person_ids', 'currency', 'lines', 'owner_id'] as never[])
    .where('workspace_id' as never, '=', workspaceId as never)
    .where('id' as never, '=', dealId as never)
    .where('deleted_at' as never, 'is', null as never)
    .executeTakeFirst()) as Record<string, unknown> | undefined;
  if (!row) return null;
  return {
    id: row.id as string,
    companyId: (row.company_id as string | null) ?? null,
    personIds: readJson<string[]>(row.person_ids, []),
    currency: row.currency as string,
    lines: readJson<Record<string, unknown>[]>(row.lines, []),
  };
}

type CustomerColumn = 'company_id' | 'person_id';

/**
 * A customer's figures per currency, over the invoices and orders the caller may read (`owners`
 * null: all): revenue invoiced (less credit notes), what is still owed and how much of it is
 * overdue, and how many orders are late (promised date passed, not delivered).
 */
export async function findCustomerFigures(
  db: DbOrTrx,
  workspaceId: string,
  column: CustomerColumn,
  customerId: string,
  owners: { invoices: string[] | null; orders: string[] | null },
  today: string,
) {
  let invoices = db
    .selectFrom('invoices')
    .select((eb) => [
      'currency',
      eb.fn.countAll<number>().as('invoices'),
      eb.fn.sum<string>(sql`gross_minor - credited_minor`).as('revenue'),
      eb.fn.sum<string>('balance_minor').as('outstanding'),
      eb.fn
        .sum<string>(sql`case when balance_minor > 0 and due_date < ${today} then balance_minor else 0 end`)
        .as('overdue'),
      eb.fn
        .sum<string>(sql`case when balance_minor > 0 and due_date < ${today} then 1 else 0 end`)
        .as('overdueInvoices'),
    ])
    .where('workspace_id', '=', workspaceId)
    .where(column, '=', customerId)
    .where('deleted_at', 'is', null)
    .groupBy('currency');
  if (owners.invoices)
    invoices = invoices.where('owner_id', 'in', owners.invoices.length ? owners.invoices : ['']);
  let orders = db
    .selectFrom('orders')
    .select((eb) => [
      eb.fn.countAll<number>().as('orders'),
      eb.fn
        .sum<string>(
          sql`case when status in ('new','confirmed','in_fulfilment','partially_delivered') and promised_date < ${today} then 1 else 0 end`,
        )
        .as('late'),
    ])
    .where('workspace_id', '=', workspaceId)
    .where(column, '=', customerId)
    .where('deleted_at', 'is', null);
  if (owners.orders) orders = orders.where('owner_id', 'in', owners.orders.length ? owners.orders : ['']);
  const [invoiceRows, orderRow] = await Promise.all([invoices.execute(), orders.executeTakeFirst()]);
  return {
    orders: Number(orderRow?.orders ?? 0),
    lateOrders: Number(orderRow?.late ?? 0),
    invoices: invoiceRows.reduce((sum, row) => sum + Number(row.invoices), 0),
    overdueInvoices: invoiceRows.reduce((sum, row) => sum + Number(row.overdueInvoices ?? 0), 0),
    byCurrency: invoiceRows
      .map((row) => ({
        currency: row.currency,
        revenueMinor: Number(row.revenue ?? 0),
        outstandingMinor: Number(row.outstanding ?? 0),
        overdueMinor: Number(row.overdue ?? 0),
      }))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
  };
}
