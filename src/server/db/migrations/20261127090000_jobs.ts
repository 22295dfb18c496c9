import { sql, type Kysely } from 'kysely';
import { columnTypes } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Durable jobs.
 *
 * `jobs` holds every job, waiting, running (held by a node until its lease ends), done, dead (gave
 * up, with the reason) or cancelled. Jobs of the whole instance (housekeeping) have no workspace,
 * so, like the email outbox, the table is not distributed by `workspace_id`: workers read it through
 * the partial indexes of due jobs and of held leases; the admin lists read it by workspace and
 * status, waiting jobs in the order they are due, the others newest first.
 *
 * A de-duplication key is unique per job type among jobs still waiting or running.
 *
 * `job_schedules` holds the next run of each recurring job type; moving it forward with one
 * conditional update lets exactly one node enqueue each period's run.
 */
export async function up(db: AnyDb): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('jobs')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.references('workspaces.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', t.json, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text')
    .addColumn('run_at', t.timestamp, (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', t.timestamp)
    .addColumn('last_error', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('finished_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('jobs_due_idx')
    .on('jobs')
    .columns(['run_at', 'id'])
    .where(sql.ref('status'), '=', sql.lit('waiting'))
    .execute();
  await db.schema
    .createIndex('jobs_lease_idx')
    .on('jobs')
    .column('locked_until')
    .where(sql.ref('status'), '=', sql.lit('running'))
    .execute();
  await db.schema
    .createIndex('jobs_dedupe_idx')
    .on('jobs')
    .columns(['type', 'dedupe_key'])
    .unique()
    .where(sql<boolean>`dedupe_key is not null and status in ('waiting', 'running')`)
    .execute();
  await db.schema
    .createIndex('jobs_workspace_status_idx')
    .on('jobs')
    .columns(['workspace_id', 'status', 'id'])
    .execute();
  await db.schema
    .createIndex('jobs_workspace_due_idx')
    .on('jobs')
    .columns(['workspace_id', 'status', 'run_at', 'id'])
    .execute();
  await db.schema.createIndex('jobs_finished_idx').on('jobs').column('finished_at').execute();

  await db.schema
    .createTable('job_schedules')
    .addColumn('type', 'text', (c) => c.primaryKey())
    .addColumn('next_run_at', t.timestamp, (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('job_schedules').execute();
  await db.schema.dropTable('jobs').execute();
}
