import type { Kysely } from 'kysely';
import { columnTypes } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Imports of records from files, and merges of duplicate records.
 *
 * `imports`: one row per uploaded file (CSV or vCard), stored in the file store as a `files` row of
 * record type `import`. It holds what the source looks like (format, delimiter, encoding, headers),
 * the column mapping, the de-duplication keys and the mode, the counts and, for resuming, the byte
 * `position` and `row_number` reached: both are written in the transaction of each batch of rows,
 * so a process killed mid-import resumes after the last committed batch and writes nothing twice.
 *
 * `import_errors`: the rows that could not be imported, one row per problem (a row may have several),
 * written in the transaction of their batch.
 *
 * `record_merges`: a record merged into another. The merged record stays in the trash with its
 * history; this row points from it to the record that survived.
 */
export async function up(db: AnyDb): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('imports')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('file_id', t.id, (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_size', 'bigint', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('encoding', 'text', (c) => c.notNull())
    .addColumn('delimiter', 'text', (c) => c.notNull())
    .addColumn('headers', t.json, (c) => c.notNull())
    .addColumn('data_offset', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('mapping', t.json, (c) => c.notNull())
    .addColumn('dedupe_on', t.json, (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('position', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('row_number', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('skipped_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('job_id', t.id)
    .addColumn('created_by', t.id)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('started_at', t.timestamp)
    .addColumn('finished_at', t.timestamp)
    .addPrimaryKeyConstraint('imports_pk', ['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('import_errors')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('import_id', t.id, (c) => c.notNull())
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('column_name', 'text')
    .addColumn('message', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_errors_pk', ['workspace_id', 'import_id', 'row_number', 'seq'])
    .execute();

  await db.schema
    .createTable('record_merges')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('merged_id', t.id, (c) => c.notNull())
    .addColumn('survivor_id', t.id, (c) => c.notNull())
    .addColumn('merged_by', t.id)
    .addColumn('merged_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('record_merges_pk', ['workspace_id', 'record_type', 'merged_id'])
    .execute();
  await db.schema
    .createIndex('record_merges_survivor_idx')
    .on('record_merges')
    .columns(['workspace_id', 'record_type', 'survivor_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('record_merges').execute();
  await db.schema.dropTable('import_errors').execute();
  await db.schema.dropTable('imports').execute();
}
