import type { Kysely } from 'kysely';
import { columnTypes } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Bulk actions on records (tag, assign an owner, change a field, delete).
 *
 * `bulk_actions`: one row per action: its record type, action and values, the selected ids, its
 * status and counts. `bulk_action_items`: one row per record handled, written in the transaction
 * that changed it, with the values it had before (for undo) and its outcome; a run that stops half
 * way resumes after the records that already have a row.
 */
export async function up(db: AnyDb): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('bulk_actions')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('values', t.json, (c) => c.notNull())
    .addColumn('record_ids', t.json, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('changed_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('skipped_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('undo_of', t.id)
    .addColumn('job_id', t.id)
    .addColumn('created_by', t.id)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('finished_at', t.timestamp)
    .addPrimaryKeyConstraint('bulk_actions_pk', ['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('bulk_action_items')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('bulk_id', t.id, (c) => c.notNull())
    .addColumn('record_id', t.id, (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('before', t.json)
    .addColumn('message', 'text')
    .addPrimaryKeyConstraint('bulk_action_items_pk', ['workspace_id', 'bulk_id', 'record_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('bulk_action_items').execute();
  await db.schema.dropTable('bulk_actions').execute();
}
