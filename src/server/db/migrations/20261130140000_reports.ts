import { sql, type Kysely } from 'kysely';
import { columnTypes } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Saved reports (with their email schedule), dashboards, and external data sets: a set's rows are
 * keyed by a country code, region or postcode within the set, their values kept in `custom` by
 * column key so that reports read them as they read custom fields.
 */
export async function up(db: AnyDb): Promise<void> {
  const { id, timestamp, json, bool } = columnTypes(db);
  await db.schema
    .createTable('reports')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('user_id', id, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('shared', bool, (c) => c.notNull())
    .addColumn('definition', json, (c) => c.notNull())
    .addColumn('chart', 'text', (c) => c.notNull())
    .addColumn('schedule', json)
    .addColumn('next_run_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('reports_pk', ['workspace_id', 'id'])
    .execute();
  await sql`CREATE INDEX reports_user_idx ON reports (workspace_id, user_id, name)`.execute(db);
  await sql`CREATE INDEX reports_due_idx ON reports (next_run_at) WHERE next_run_at IS NOT NULL`.execute(db);

  await db.schema
    .createTable('dashboards')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('user_id', id, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('shared', bool, (c) => c.notNull())
    .addColumn('widgets', json, (c) => c.notNull())
    .addColumn('filters', json, (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('dashboards_pk', ['workspace_id', 'id'])
    .execute();
  await sql`CREATE INDEX dashboards_user_idx ON dashboards (workspace_id, user_id, name)`.execute(db);

  await db.schema
    .createTable('data_sets')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_kind', 'text', (c) => c.notNull())
    .addColumn('columns', json, (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('data_sets_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('data_sets_name_unique', ['workspace_id', 'name'])
    .execute();

  await db.schema
    .createTable('data_set_rows')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('data_set_id', id, (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('custom', json, (c) => c.notNull())
    .addPrimaryKeyConstraint('data_set_rows_pk', ['workspace_id', 'data_set_id', 'key'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['data_set_rows', 'data_sets', 'dashboards', 'reports'])
    await db.schema.dropTable(table).execute();
}
