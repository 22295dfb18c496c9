import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import { columnTypes, isPostgres } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyTable = CreateTableBuilder<any, any>;

/**
 * Price lists, quotes, orders (with deliveries and status history), invoices (with payments and
 * credit notes) and the counters their numbers come from. Quotes, orders, invoices and price lists
 * are record tables with the standard columns; a document's lines are a JSON array on its row,
 * with its totals in columns beside them for lists. A document number is taken from its
 * `(workspace, kind, year)` counter row, locked in the transaction that inserts the document, so
 * numbers have neither gaps nor duplicates.
 */
export async function up(db: AnyDb): Promise<void> {
  const pg = isPostgres(db);
  const { id, timestamp, json, bool } = columnTypes(db);
  const keyText = pg ? sql`text collate "C"` : 'text';
  const nulls = pg ? ' NULLS FIRST' : '';

  const recordTable = (name: string, build: (table: AnyTable) => AnyTable) =>
    build(
      db.schema
        .createTable(name)
        .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
        .addColumn('id', id, (c) => c.notNull()),
    )
      .addColumn('owner_id', id)
      .addColumn('tags', json, (c) => c.notNull())
      .addColumn('custom', json, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('updated_at', timestamp, (c) => c.notNull())
      .addColumn('deleted_at', timestamp)
      .addPrimaryKeyConstraint(`${name}_pk`, ['workspace_id', 'id'])
      .execute();
  const indexes = async (table: string, columns: string[]) => {
    for (const column of columns)
      await sql
        .raw(`CREATE INDEX ${table}_${column}_idx ON ${table} (workspace_id, ${column}${nulls}, id)`)
        .execute(db);
    await sql.raw(`CREATE INDEX ${table}_owner_idx ON ${table} (workspace_id, owner_id, id)`).execute(db);
  };
  const documentColumns = (table: AnyTable) =>
    table
      .addColumn('number', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('company_id', id)
      .addColumn('person_id', id)
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('lines', json, (c) => c.notNull())
      .addColumn('document_discount_percent', 'text')
      .addColumn('totals', json, (c) => c.notNull())
      .addColumn('gross_minor', 'bigint', (c) => c.notNull())
      .addColumn('tax_breakdown', json, (c) => c.notNull())
      .addColumn('issue_date', 'text', (c) => c.notNull())
      .addColumn('notes', 'text');
  const documentIndexes = async (table: string, extra: string[]) => {
    await indexes(table, [
      'number',
      'status',
      'gross_minor',
      'issue_date',
      'created_at',
      'updated_at',
      ...extra,
    ]);
    await sql
      .raw(`CREATE UNIQUE INDEX ${table}_number_unique ON ${table} (workspace_id, number)`)
      .execute(db);
    // A customer's documents (its orders panel) and their lifetime figures.
    await sql
      .raw(`CREATE INDEX ${table}_company_idx ON ${table} (workspace_id, company_id, issue_date)`)
      .execute(db);
    await sql
      .raw(`CREATE INDEX ${table}_person_idx ON ${table} (workspace_id, person_id, issue_date)`)
      .execute(db);
  };

  await recordTable('price_lists', (t) =>
    t
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', keyText, (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('active', bool, (c) => c.notNull())
      .addColumn('company_ids', json, (c) => c.notNull()),
  );
  await indexes('price_lists', ['name_key', 'created_at', 'updated_at']);
  await db.schema
    .createTable('price_list_prices')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('price_list_id', id, (c) => c.notNull())
    .addColumn('product_id', id, (c) => c.notNull())
    .addColumn('unit_price_minor', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('price_list_prices_pk', ['workspace_id', 'price_list_id', 'product_id'])
    .execute();

  await recordTable('quotes', (t) =>
    documentColumns(t)
      .addColumn('deal_id', id)
      .addColumn('price_list_id', id)
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('valid_until', 'text')
      .addColumn('sent_at', timestamp)
      .addColumn('accepted_at', timestamp)
      .addColumn('order_id', id),
  );
  await documentIndexes('quotes', ['valid_until']);
  await sql`CREATE INDEX quotes_deal_idx ON quotes (workspace_id, deal_id)`.execute(db);
  await db.schema
    .createTable('quote_revisions')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('quote_id', id, (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('snapshot', json, (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('quote_revisions_pk', ['workspace_id', 'quote_id', 'revision'])
    .execute();

  await recordTable('orders', (t) =>
    documentColumns(t)
      .addColumn('quote_id', id)
      .addColumn('promised_date', 'text')
      .addColumn('delivered_date', 'text')
      .addColumn('completed_at', timestamp)
      .addColumn('delivered_quantities', json, (c) => c.notNull())
      .addColumn('invoiced_quantities', json, (c) => c.notNull()),
  );
  await documentIndexes('orders', ['promised_date']);
  // The overdue orders page: promised date passed, not delivered.
  await sql`CREATE INDEX orders_open_promised_idx ON orders (workspace_id, status, promised_date)`.execute(
    db,
  );
  await db.schema
    .createTable('order_deliveries')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('order_id', id, (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('delivered_date', 'text', (c) => c.notNull())
    .addColumn('lines', json, (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', id)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('order_deliveries_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('order_deliveries_number_unique', ['workspace_id', 'number'])
    .execute();
  await sql`CREATE INDEX order_deliveries_order_idx ON order_deliveries (workspace_id, order_id, created_at)`.execute(
    db,
  );
  await db.schema
    .createTable('order_status_changes')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('order_id', id, (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('changed_by', id)
    .addColumn('changed_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('order_status_changes_pk', ['workspace_id', 'id'])
    .execute();
  await sql`CREATE INDEX order_status_changes_order_idx ON order_status_changes (workspace_id, order_id, changed_at)`.execute(
    db,
  );

  await recordTable('invoices', (t) =>
    documentColumns(t)
      .addColumn('order_id', id)
      .addColumn('due_date', 'text')
      .addColumn('paid_minor', 'bigint', (c) => c.notNull())
      .addColumn('credited_minor', 'bigint', (c) => c.notNull())
      .addColumn('balance_minor', 'bigint', (c) => c.notNull())
      .addColumn('credited_quantities', json, (c) => c.notNull())
      .addColumn('paid_at', timestamp),
  );
  await documentIndexes('invoices', ['due_date', 'balance_minor']);
  await sql`CREATE INDEX invoices_order_idx ON invoices (workspace_id, order_id)`.execute(db);
  // The overdue invoices page: open balance, due date passed.
  await sql`CREATE INDEX invoices_open_due_idx ON invoices (workspace_id, status, due_date)`.execute(db);
  await db.schema
    .createTable('invoice_payments')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('invoice_id', id, (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('paid_date', 'text', (c) => c.notNull())
    .addColumn('method', 'text')
    .addColumn('reference', 'text')
    .addColumn('created_by', id)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('invoice_payments_pk', ['workspace_id', 'id'])
    .execute();
  await sql`CREATE INDEX invoice_payments_invoice_idx ON invoice_payments (workspace_id, invoice_id, created_at)`.execute(
    db,
  );
  await db.schema
    .createTable('credit_notes')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('invoice_id', id, (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('issue_date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('lines', json, (c) => c.notNull())
    .addColumn('net_minor', 'bigint', (c) => c.notNull())
    .addColumn('tax_minor', 'bigint', (c) => c.notNull())
    .addColumn('gross_minor', 'bigint', (c) => c.notNull())
    .addColumn('tax_breakdown', json, (c) => c.notNull())
    .addColumn('created_by', id)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('credit_notes_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('credit_notes_number_unique', ['workspace_id', 'number'])
    .execute();
  await sql`CREATE INDEX credit_notes_invoice_idx ON credit_notes (workspace_id, invoice_id, created_at)`.execute(
    db,
  );

  await db.schema
    .createTable('document_counters')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_counters_pk', ['workspace_id', 'kind', 'year'])
    .execute();
  await db.schema
    .createTable('document_number_prefixes')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_number_prefixes_pk', ['workspace_id', 'kind'])
    .execute();

  // Products: names per locale, prices per currency, and the tax rate as the decimal text the API
  // shows ("20", "9.5"); the old numeric column stays, read once here.
  await db.schema.alterTable('products').addColumn('names', json).execute();
  await db.schema.alterTable('products').addColumn('prices', json).execute();
  await db.schema.alterTable('products').addColumn('tax_rate_percent', 'text').execute();
  const hundredths = pg ? sql`round(tax_rate * 100)::bigint` : sql`cast(round(tax_rate * 100) as integer)`;
  const whole = pg ? sql`(${hundredths} / 100)::text` : sql`cast(${hundredths} / 100 as text)`;
  const fraction = pg ? sql`(${hundredths} % 100)` : sql`(${hundredths} % 100)`;
  const tenths = pg ? sql`(${fraction} / 10)::text` : sql`cast(${fraction} / 10 as text)`;
  const twoDigits = pg
    ? sql`lpad((${fraction})::text, 2, '0')`
    : sql`substr('0' || cast(${fraction} as text), -2)`;
  await sql`UPDATE products SET names = ${'{}'}, prices = ${'[]'}`.execute(db);
  await sql`UPDATE products SET tax_rate_percent = CASE
      WHEN ${fraction} = 0 THEN ${whole}
      WHEN ${fraction} % 10 = 0 THEN ${whole} || '.' || ${tenths}
      ELSE ${whole} || '.' || ${twoDigits} END
    WHERE tax_rate IS NOT NULL`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'document_number_prefixes',
    'document_counters',
    'credit_notes',
    'invoice_payments',
    'invoices',
    'order_status_changes',
    'order_deliveries',
    'orders',
    'quote_revisions',
    'quotes',
    'price_list_prices',
    'price_lists',
  ])
    await db.schema.dropTable(table).execute();
  for (const column of ['names', 'prices', 'tax_rate_percent'])
    await db.schema.alterTable('products').dropColumn(column).execute();
}
