import { sql, type Kysely } from 'kysely';
import { isPostgres } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * The board reads live deals only (`deleted_at IS NULL`), a column its indexes did not hold: SQLite
 * found a pipeline's open deals by the totals index but read every row to check it, 120 ms for the
 * stage totals at 100,000 open deals. With `deleted_at` in both indexes the totals come from the
 * index alone, in stage and currency order (no sort for the grouping), and a column's page is a walk
 * of the board index in its order. The board index also takes the pipeline, so that it matches more
 * of a column's conditions than the totals index and the planner keeps it for pages. (A partial
 * index on live deals does not do: SQLite still reads each row for `deleted_at`.)
 */
export async function up(db: AnyDb): Promise<void> {
  const nulls = isPostgres(db) ? ' NULLS FIRST' : '';
  await sql`DROP INDEX deals_totals_idx`.execute(db);
  await sql`DROP INDEX deals_board_idx`.execute(db);
  await sql`CREATE INDEX deals_live_totals_idx ON deals (workspace_id, pipeline_id, status, deleted_at, stage_id, currency, amount, owner_id)`.execute(
    db,
  );
  await sql
    .raw(
      `CREATE INDEX deals_live_board_idx ON deals (workspace_id, pipeline_id, stage_id, status, deleted_at, stage_entered_at${nulls}, id)`,
    )
    .execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  const nulls = isPostgres(db) ? ' NULLS FIRST' : '';
  await sql`DROP INDEX deals_live_totals_idx`.execute(db);
  await sql`DROP INDEX deals_live_board_idx`.execute(db);
  await sql`CREATE INDEX deals_totals_idx ON deals (workspace_id, pipeline_id, status, stage_id, currency, amount, owner_id)`.execute(
    db,
  );
  await sql
    .raw(
      `CREATE INDEX deals_board_idx ON deals (workspace_id, stage_id, status, stage_entered_at${nulls}, id)`,
    )
    .execute(db);
}
