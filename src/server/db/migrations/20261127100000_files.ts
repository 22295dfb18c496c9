import { sql, type Kysely } from 'kysely';
import { columnTypes } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Files attached to records. A row says what a file is and which record it belongs to (any record
 * type: `record_type` is the type's entity key); the content lives in the file store under
 * `storage_key`. `deleted_at` marks a deleted file, whose content housekeeping removes after a while.
 *
 * The index on `deleted_at` spans workspaces on purpose: housekeeping sweeps every workspace's
 * deleted files at once, like the other pruning jobs; it holds only the deleted ones.
 */
export async function up(db: AnyDb): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('files')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', t.id, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('created_by', t.id)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('deleted_at', t.timestamp)
    .addPrimaryKeyConstraint('files_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('files_storage_key_unique', ['workspace_id', 'storage_key'])
    .execute();
  await db.schema
    .createIndex('files_record_idx')
    .on('files')
    .columns(['workspace_id', 'record_type', 'record_id', 'id'])
    .execute();
  await db.schema
    .createIndex('files_deleted_idx')
    .on('files')
    .column('deleted_at')
    .where(sql.ref('deleted_at'), 'is not', null)
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('files').execute();
}
