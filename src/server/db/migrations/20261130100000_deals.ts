import { sql, type Kysely } from 'kysely';
import { columnTypes, isPostgres } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Sales pipelines and deals. A pipeline's stages are rows of their own, so a deal's stage is checked
 * and named by id; a deal is a record table with the standard columns. Besides an index per
 * sortable field, deals have the board's indexes: a column's page (open deals of one stage in the
 * order they entered it) and the per-stage totals (read from the index alone). Every stage change
 * is kept in `deal_stage_changes`, which the sales-cycle report reads. Exchange rates convert other
 * currencies to the workspace's for totals and reports.
 */
export async function up(db: AnyDb): Promise<void> {
  const pg = isPostgres(db);
  const { id, timestamp, json } = columnTypes(db);
  const keyText = pg ? sql`text collate "C"` : 'text';
  await db.schema
    .createTable('pipelines')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('pipelines_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema
    .createTable('pipeline_stages')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('pipeline_id', id, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('probability', 'integer', (c) => c.notNull())
    .addColumn('rotting_days', 'integer')
    .addColumn('required_fields', json, (c) => c.notNull())
    .addPrimaryKeyConstraint('pipeline_stages_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'pipeline_stages_pipeline_fk',
      ['workspace_id', 'pipeline_id'],
      'pipelines',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await sql`CREATE INDEX pipeline_stages_pipeline_idx ON pipeline_stages (workspace_id, pipeline_id, position)`.execute(
    db,
  );

  await db.schema
    .createTable('deals')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_key', keyText, (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('pipeline_id', id, (c) => c.notNull())
    .addColumn('stage_id', id, (c) => c.notNull())
    .addColumn('company_id', id)
    .addColumn('person_ids', json, (c) => c.notNull())
    .addColumn('team_id', id)
    .addColumn('expected_close_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('lost_reason', 'text')
    .addColumn('lines', json, (c) => c.notNull())
    .addColumn('stage_entered_at', timestamp, (c) => c.notNull())
    .addColumn('closed_at', timestamp)
    .addColumn('owner_id', id)
    .addColumn('tags', json, (c) => c.notNull())
    .addColumn('custom', json, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addColumn('deleted_at', timestamp)
    .addPrimaryKeyConstraint('deals_pk', ['workspace_id', 'id'])
    .execute();
  const nulls = pg ? ' NULLS FIRST' : '';
  const sortable = [
    'title_key',
    'amount',
    'status',
    'expected_close_date',
    'stage_entered_at',
    'closed_at',
    'created_at',
    'updated_at',
  ];
  for (const column of sortable)
    await sql
      .raw(`CREATE INDEX deals_${column}_idx ON deals (workspace_id, ${column}${nulls}, id)`)
      .execute(db);
  await sql`CREATE INDEX deals_owner_idx ON deals (workspace_id, owner_id, id)`.execute(db);
  await sql`CREATE INDEX deals_company_idx ON deals (workspace_id, company_id, id)`.execute(db);
  // A board column: the open deals of one stage, oldest in the stage first.
  await sql
    .raw(
      `CREATE INDEX deals_board_idx ON deals (workspace_id, stage_id, status, stage_entered_at${nulls}, id)`,
    )
    .execute(db);
  // Stage totals and reports read amounts from this index without visiting the rows.
  await sql`CREATE INDEX deals_totals_idx ON deals (workspace_id, pipeline_id, status, stage_id, currency, amount, owner_id)`.execute(
    db,
  );

  await db.schema
    .createTable('deal_stage_changes')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('deal_id', id, (c) => c.notNull())
    .addColumn('pipeline_id', id, (c) => c.notNull())
    .addColumn('from_stage_id', id)
    .addColumn('to_stage_id', id, (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('changed_at', timestamp, (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addPrimaryKeyConstraint('deal_stage_changes_pk', ['workspace_id', 'id'])
    .execute();
  await sql`CREATE INDEX deal_stage_changes_deal_idx ON deal_stage_changes (workspace_id, deal_id, changed_at)`.execute(
    db,
  );

  await db.schema
    .createTable('exchange_rates')
    .addColumn('workspace_id', id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('rate', 'text', (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('exchange_rates_pk', ['workspace_id', 'currency'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['exchange_rates', 'deal_stage_changes', 'deals', 'pipeline_stages', 'pipelines'])
    await db.schema.dropTable(table).execute();
}
