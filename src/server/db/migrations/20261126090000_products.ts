import { sql, type Kysely } from 'kysely';
import { columnTypes, isPostgres } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Products: the standard columns of a record table, the product's own, and an index per sortable
 * field (`(workspace_id, column, id)`, keyset pagination). A SKU is unique in its workspace.
 */
export async function up(db: AnyDb): Promise<void> {
  const pg = isPostgres(db);
  const { id, timestamp, json, bool } = columnTypes(db);
  await db.schema
    .createTable('products')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', pg ? sql`text collate "C"` : 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('unit', 'text')
    .addColumn('price', 'bigint')
    .addColumn('currency', 'text')
    .addColumn('tax_rate', pg ? sql`numeric(5,2)` : 'real')
    .addColumn('active', bool, (c) => c.notNull())
    .addColumn('owner_id', id)
    .addColumn('tags', json, (c) => c.notNull())
    .addColumn('custom', json, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addColumn('deleted_at', timestamp)
    .addPrimaryKeyConstraint('products_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('products_sku_unique', ['workspace_id', 'sku'])
    .execute();
  const nulls = pg ? ' NULLS FIRST' : '';
  for (const column of ['name_key', 'price', 'created_at', 'updated_at'])
    await sql
      .raw(`CREATE INDEX products_${column}_idx ON products (workspace_id, ${column}${nulls}, id)`)
      .execute(db);
  await sql`CREATE INDEX products_owner_idx ON products (workspace_id, owner_id, id)`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('products').execute();
}
