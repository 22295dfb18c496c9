import { sql, type Kysely } from 'kysely';
import { columnTypes, isPostgres } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Open deals counted and summed per pipeline, stage and currency, kept by triggers on `deals` in
 * the transaction of every write (the record kit's, an import's, a bulk action's, the seed's, a
 * purge), so that the board's totals are read, not recounted: counting 100,000 open deals took the
 * board 18 ms of database time per request. The triggers only count open, live deals; a row whose
 * count fell to 0 stays and is skipped by readers. On PostgreSQL a move touches the stage it leaves
 * and the one it enters in key order, so two opposite moves wait for each other instead of
 * deadlocking.
 */
const COUNTED = (row: 'NEW' | 'OLD') => `${row}.status = 'open' AND ${row}.deleted_at IS NULL`;
const KEY = (row: 'NEW' | 'OLD') =>
  `workspace_id = ${row}.workspace_id AND pipeline_id = ${row}.pipeline_id AND stage_id = ${row}.stage_id AND currency = ${row}.currency`;
const ADD = (table: string) =>
  `INSERT INTO deal_stage_totals (workspace_id, pipeline_id, stage_id, currency, deals, amount)
   SELECT NEW.workspace_id, NEW.pipeline_id, NEW.stage_id, NEW.currency, 1, NEW.amount WHERE ${COUNTED('NEW')}
   ON CONFLICT (workspace_id, pipeline_id, stage_id, currency)
   DO UPDATE SET deals = ${table}.deals + 1, amount = ${table}.amount + excluded.amount`;
const REMOVE = `UPDATE deal_stage_totals SET deals = deals - 1, amount = amount - OLD.amount WHERE ${KEY('OLD')}`;
const WATCHED = 'status, deleted_at, pipeline_id, stage_id, currency, amount';

async function sqliteTriggers(db: AnyDb) {
  await sql
    .raw(
      `CREATE TRIGGER deal_stage_totals_insert AFTER INSERT ON deals WHEN ${COUNTED('NEW')} BEGIN ${ADD('deal_stage_totals')}; END`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER deal_stage_totals_delete AFTER DELETE ON deals WHEN ${COUNTED('OLD')} BEGIN ${REMOVE}; END`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER deal_stage_totals_update AFTER UPDATE OF ${WATCHED} ON deals BEGIN
         ${REMOVE} AND ${COUNTED('OLD')};
         ${ADD('deal_stage_totals')};
       END`,
    )
    .execute(db);
}

async function postgresTrigger(db: AnyDb) {
  await sql
    .raw(
      `CREATE FUNCTION deal_stage_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         leaves boolean := TG_OP <> 'INSERT' AND ${COUNTED('OLD')};
         enters boolean := TG_OP <> 'DELETE' AND ${COUNTED('NEW')};
         leave_first boolean := NOT enters OR NOT leaves
           OR (OLD.pipeline_id, OLD.stage_id, OLD.currency) <= (NEW.pipeline_id, NEW.stage_id, NEW.currency);
       BEGIN
         IF leaves AND leave_first THEN ${REMOVE}; END IF;
         IF enters THEN ${ADD('deal_stage_totals')}; END IF;
         IF leaves AND NOT leave_first THEN ${REMOVE}; END IF;
         RETURN NULL;
       END $$`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER deal_stage_totals_trigger AFTER INSERT OR DELETE OR UPDATE OF ${WATCHED} ON deals
       FOR EACH ROW EXECUTE FUNCTION deal_stage_totals_apply()`,
    )
    .execute(db);
}

export async function up(db: AnyDb): Promise<void> {
  const { id } = columnTypes(db);
  await db.schema
    .createTable('deal_stage_totals')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('pipeline_id', id, (c) => c.notNull())
    .addColumn('stage_id', id, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('deals', 'bigint', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('deal_stage_totals_pk', ['workspace_id', 'pipeline_id', 'stage_id', 'currency'])
    .execute();
  await sql`
    INSERT INTO deal_stage_totals (workspace_id, pipeline_id, stage_id, currency, deals, amount)
    SELECT workspace_id, pipeline_id, stage_id, currency, count(*), sum(amount) FROM deals
    WHERE status = 'open' AND deleted_at IS NULL
    GROUP BY workspace_id, pipeline_id, stage_id, currency`.execute(db);
  if (isPostgres(db)) await postgresTrigger(db);
  else await sqliteTriggers(db);
}

export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    await sql`DROP TRIGGER deal_stage_totals_trigger ON deals`.execute(db);
    await sql`DROP FUNCTION deal_stage_totals_apply()`.execute(db);
  } else {
    for (const name of ['insert', 'delete', 'update'])
      await sql.raw(`DROP TRIGGER deal_stage_totals_${name}`).execute(db);
  }
  await db.schema.dropTable('deal_stage_totals').execute();
}
