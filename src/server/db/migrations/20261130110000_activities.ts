import { sql, type Kysely } from 'kysely';
import { columnTypes, isPostgres } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Activities: notes, calls, meetings, logged emails and tasks, linked to a person, a company and a
 * deal (or, for a note on another kind of record, to that record). Notes become activities of type
 * `note` (decision 0010): their rows move here with their ids, their timeline events name the
 * activity they came from, and each role's grants on notes become its grants on activities.
 *
 * Indexes: one per sortable field for lists; one per link for a record's activities and merges; the
 * open activities of an owner by due time for "My day"; the reminders not yet sent by their time.
 * `calendar_feeds` holds the hash of each member's secret iCalendar address.
 */
export async function up(db: AnyDb): Promise<void> {
  const pg = isPostgres(db);
  const t = columnTypes(db);
  await db.schema
    .createTable('activities')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('body', 'text')
    .addColumn('due_at', t.timestamp)
    .addColumn('end_at', t.timestamp)
    .addColumn('completed_at', t.timestamp)
    .addColumn('person_id', t.id)
    .addColumn('company_id', t.id)
    .addColumn('deal_id', t.id)
    .addColumn('record_type', 'text')
    .addColumn('record_id', t.id)
    .addColumn('priority', 'text')
    .addColumn('direction', 'text')
    .addColumn('duration_minutes', 'integer')
    .addColumn('outcome', 'text')
    .addColumn('location', 'text')
    .addColumn('attendees', t.json, (c) => c.notNull())
    .addColumn('recurrence', t.json)
    .addColumn('remind_at', t.timestamp)
    .addColumn('reminded_at', t.timestamp)
    .addColumn('owner_id', t.id)
    .addColumn('tags', t.json, (c) => c.notNull())
    .addColumn('custom', t.json, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('deleted_at', t.timestamp)
    .addPrimaryKeyConstraint('activities_pk', ['workspace_id', 'id'])
    .execute();
  const nulls = pg ? ' NULLS FIRST' : '';
  for (const column of ['due_at', 'completed_at', 'created_at', 'updated_at'])
    await sql
      .raw(`CREATE INDEX activities_${column}_idx ON activities (workspace_id, ${column}${nulls}, id)`)
      .execute(db);
  for (const link of ['person_id', 'company_id', 'deal_id', 'owner_id'])
    await sql
      .raw(
        `CREATE INDEX activities_${link}_idx ON activities (workspace_id, ${link}, id) WHERE ${link} IS NOT NULL`,
      )
      .execute(db);
  await sql`CREATE INDEX activities_record_idx ON activities (workspace_id, record_type, record_id, id)
    WHERE record_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX activities_open_idx ON activities (workspace_id, owner_id, due_at, id)
    WHERE completed_at IS NULL AND deleted_at IS NULL AND due_at IS NOT NULL`.execute(db);
  await sql`CREATE INDEX activities_reminder_idx ON activities (remind_at)
    WHERE reminded_at IS NULL AND remind_at IS NOT NULL AND completed_at IS NULL AND deleted_at IS NULL`.execute(
    db,
  );

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('calendar_feeds_pk', ['workspace_id', 'user_id'])
    .addUniqueConstraint('calendar_feeds_token_unique', ['token_hash'])
    .execute();

  await moveNotes(db);
}

/** Notes on people and companies link to them; a note on any other record keeps its record. */
async function moveNotes(db: AnyDb) {
  const empty = isPostgres(db) ? sql`'[]'::jsonb` : sql`'[]'`;
  const emptyObject = isPostgres(db) ? sql`'{}'::jsonb` : sql`'{}'`;
  await sql`
    INSERT INTO activities (workspace_id, id, type, body, person_id, company_id, record_type, record_id,
      attendees, owner_id, tags, custom, version, created_at, updated_at)
    SELECT workspace_id, id, 'note', body,
      CASE WHEN entity_type = 'person' THEN entity_id END,
      CASE WHEN entity_type = 'company' THEN entity_id END,
      CASE WHEN entity_type NOT IN ('person', 'company') THEN entity_type END,
      CASE WHEN entity_type NOT IN ('person', 'company') THEN entity_id END,
      ${empty}, author_id, ${empty}, ${emptyObject}, 1, created_at, updated_at
    FROM notes`.execute(db);
  await sql`UPDATE timeline_events SET ref_type = 'activity' WHERE ref_type = 'note'`.execute(db);
  await sql`UPDATE audit_log SET entity_type = 'activity' WHERE entity_type = 'note'`.execute(db);
  const roles = await db.selectFrom('roles').select(['workspace_id', 'id', 'permissions']).execute();
  for (const role of roles) {
    const permissions = (
      typeof role.permissions === 'string' ? JSON.parse(role.permissions) : role.permissions
    ) as Record<string, unknown>;
    if (!permissions.notes) continue;
    const { notes, ...rest } = permissions;
    await db
      .updateTable('roles')
      .set({ permissions: JSON.stringify({ ...rest, activities: notes }) })
      .where('workspace_id', '=', role.workspace_id)
      .where('id', '=', role.id)
      .execute();
  }
  await db.schema.dropTable('notes').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('calendar_feeds').execute();
  await db.schema.dropTable('activities').execute();
}
