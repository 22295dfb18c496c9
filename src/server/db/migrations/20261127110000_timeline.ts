import { sql, type Kysely } from 'kysely';
import { columnTypes, isPostgres } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * One timeline per record: the events every module writes about a record (created, changed,
 * trashed, restored, notes; later emails, calls, deals, orders, tickets…), read newest first a page
 * at a time.
 *
 * - `record_type`/`record_id`: the record whose timeline shows the event.
 * - `subject_type`/`subject_id`: set when the event is about another record and shows here too (a
 *   note on a person, on the person's company).
 * - `ref_type`/`ref_id`: the row the event came from (a note), and `ref_owner_id` its owner, so roles
 *   that see only their own or their team's rows of that module see only their events.
 * - `data`: what a reader needs to show the event without looking anything up.
 *
 * Pages walk `(occurred_at, id)` downwards in the record's index; a kind filter walks the kind index.
 * The partial index on the source finds a note's events when the note is deleted.
 *
 * Existing history is copied in where that is one statement: record changes from the audit log (its
 * ids become the events' ids) and the notes as they read now.
 */
export async function up(db: AnyDb): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('timeline_events')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', t.id, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_at', t.timestamp, (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', t.id)
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', t.id)
    .addColumn('ref_type', 'text')
    .addColumn('ref_id', t.id)
    .addColumn('ref_owner_id', t.id)
    .addColumn('data', t.json, (c) => c.notNull())
    .addPrimaryKeyConstraint('timeline_events_pk', ['workspace_id', 'id'])
    .execute();
  await sql`CREATE INDEX timeline_events_record_idx ON timeline_events
    (workspace_id, record_type, record_id, occurred_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX timeline_events_kind_idx ON timeline_events
    (workspace_id, record_type, record_id, kind, occurred_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX timeline_events_ref_idx ON timeline_events (workspace_id, ref_type, ref_id)
    WHERE ref_id IS NOT NULL`.execute(db);
  await backfill(db);
}

/** The record types and audit actions of the day, and the kind each became. */
const KINDS = { create: 'created', update: 'change', delete: 'deleted', restore: 'restored' };
const EXCERPT = 280;

async function backfill(db: AnyDb) {
  const pg = isPostgres(db);
  const kind = sql.raw(
    `case action ${Object.entries(KINDS)
      .map(([action, k]) => `when '${action}' then '${k}'`)
      .join(' ')} end`,
  );
  const changes = pg
    ? sql`case when action = 'update' then jsonb_build_object('changes', changes) else '{}'::jsonb end`
    : sql`case when action = 'update' then json_object('changes', json(changes)) else '{}' end`;
  await sql`
    insert into timeline_events
      (workspace_id, id, record_type, record_id, kind, occurred_at, actor_type, actor_id, data)
    select workspace_id, id, entity_type, entity_id, ${kind}, created_at, actor_type, actor_id, ${changes}
    from audit_log
    where entity_type in ('person', 'company', 'product')
      and action in ('create', 'update', 'delete', 'restore')`.execute(db);

  const excerpt = pg
    ? sql`case when char_length(trim(body)) > ${EXCERPT} then rtrim(left(trim(body), ${EXCERPT})) || '…' else trim(body) end`
    : sql`case when length(trim(body)) > ${EXCERPT} then rtrim(substr(trim(body), 1, ${EXCERPT})) || '…' else trim(body) end`;
  const noteData = pg
    ? sql`jsonb_build_object('action', 'added', 'excerpt', ${excerpt})`
    : sql`json_object('action', 'added', 'excerpt', ${excerpt})`;
  await sql`
    insert into timeline_events
      (workspace_id, id, record_type, record_id, kind, occurred_at, actor_type, actor_id,
       ref_type, ref_id, ref_owner_id, data)
    select workspace_id, id, entity_type, entity_id, 'note', created_at,
      case when author_id is null then 'system' else 'user' end, author_id,
      'note', id, author_id, ${noteData}
    from notes`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('timeline_events').execute();
}
