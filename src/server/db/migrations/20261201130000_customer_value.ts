import { sql, type Kysely } from 'kysely';
import { columnTypes, isPostgres } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Customer value on people and companies (read-only columns written by the analyses: RFM segment and
 * score, expected purchases, P(alive), churn risk, lifetime value in the workspace currency), the
 * analyses' runs with their fits, and each workspace's schedule of analyses.
 */
export async function up(db: AnyDb): Promise<void> {
  const pg = isPostgres(db);
  const { id, timestamp, json } = columnTypes(db);
  const real = pg ? 'double precision' : 'real';
  const nulls = pg ? ' NULLS FIRST' : '';
  for (const table of ['people', 'companies']) {
    await db.schema.alterTable(table).addColumn('rfm_segment', 'text').execute();
    await db.schema.alterTable(table).addColumn('rfm_score', 'text').execute();
    await db.schema.alterTable(table).addColumn('expected_purchases', real).execute();
    await db.schema.alterTable(table).addColumn('probability_alive', real).execute();
    await db.schema.alterTable(table).addColumn('churn_risk', 'text').execute();
    await db.schema.alterTable(table).addColumn('lifetime_value', 'bigint').execute();
    await db.schema.alterTable(table).addColumn('value_currency', 'text').execute();
    await db.schema.alterTable(table).addColumn('value_updated_at', timestamp).execute();
    for (const column of ['rfm_segment', 'probability_alive', 'churn_risk', 'lifetime_value'])
      await sql
        .raw(`CREATE INDEX ${table}_${column}_idx ON ${table} (workspace_id, ${column}${nulls}, id)`)
        .execute(db);
  }

  await db.schema
    .createTable('customer_analysis_runs')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('analysis', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull())
    .addColumn('params', json, (c) => c.notNull())
    .addColumn('result', json)
    .addColumn('error', 'text')
    .addColumn('requested_by', id)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('started_at', timestamp)
    .addColumn('finished_at', timestamp)
    .addPrimaryKeyConstraint('customer_analysis_runs_pk', ['workspace_id', 'id'])
    .execute();
  await sql`CREATE INDEX customer_analysis_runs_analysis_idx ON customer_analysis_runs (workspace_id, analysis, id)`.execute(
    db,
  );

  await db.schema
    .createTable('customer_analysis_schedules')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('analysis', 'text', (c) => c.notNull())
    .addColumn('every', 'text', (c) => c.notNull())
    .addColumn('params', json, (c) => c.notNull())
    .addColumn('next_run_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_analysis_schedules_pk', ['workspace_id', 'analysis'])
    .execute();
  await sql`CREATE INDEX customer_analysis_schedules_due_idx ON customer_analysis_schedules (next_run_at)`.execute(
    db,
  );
}
