import type { Kysely } from 'kysely';
import { columnTypes } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * The outbox of record changes: one row per create, update, delete (to the trash) and restore of any
 * record type, written in the transaction of the change. The web app's live updates read it now,
 * webhooks later.
 *
 * `seq` numbers a workspace's events 1, 2, 3… without gaps in the order their transactions commit:
 * it is taken from `record_event_counters` under that row's lock at the end of the transaction, so a
 * reader that has seen event n of a workspace knows it has seen every event before it. `id` is the
 * event's stable identity (a UUIDv7), for deliveries that must be recognised when repeated.
 *
 * `owner_id` and `previous_owner_id` let readers with own or team scope see an event when the record
 * was theirs before or after the change. `record` is the record as stored after the change, without
 * its sensitive fields; `changed_fields` names the fields the change touched (`custom.<key>` for
 * custom fields).
 */
export async function up(db: AnyDb): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('record_events')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('seq', t.bigint, (c) => c.notNull())
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', t.id, (c) => c.notNull())
    .addColumn('record_version', 'integer', (c) => c.notNull())
    .addColumn('owner_id', t.id)
    .addColumn('previous_owner_id', t.id)
    .addColumn('changed_fields', t.json, (c) => c.notNull())
    .addColumn('record', t.json, (c) => c.notNull())
    .addColumn('occurred_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('record_events_pkey', ['workspace_id', 'seq'])
    .execute();
  // Retention deletes old events of every workspace at once.
  await db.schema
    .createIndex('record_events_occurred_idx')
    .on('record_events')
    .column('occurred_at')
    .execute();

  await db.schema
    .createTable('record_event_counters')
    .addColumn('workspace_id', t.id, (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('last_seq', t.bigint, (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('record_event_counters').execute();
  await db.schema.dropTable('record_events').execute();
}
