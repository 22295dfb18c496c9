import { sql } from 'kysely';
import { isPostgres, type DbOrTrx } from '../../db/database.js';
import type { Actor } from '../../lib/permissions.js';

/** Deals' own SQL beyond the record kit's: the stage history. */

export interface NewStageChange {
  id: string;
  dealId: string;
  pipelineId: string;
  fromStageId: string | null;
  toStageId: string;
  fromStatus: string | null;
  toStatus: string;
  changedAt: string;
  actor: Actor;
}

export async function insertStageChange(db: DbOrTrx, workspaceId: string, change: NewStageChange) {
  await db
    .insertInto('deal_stage_changes')
    .values({
      workspace_id: workspaceId,
      id: change.id,
      deal_id: change.dealId,
      pipeline_id: change.pipelineId,
      from_stage_id: change.fromStageId,
      to_stage_id: change.toStageId,
      from_status: change.fromStatus,
      to_status: change.toStatus,
      changed_at: change.changedAt,
      actor_type: change.actor.userId ? 'user' : change.actor.apiKeyId ? 'api_key' : 'system',
      actor_id: change.actor.userId ?? change.actor.apiKeyId,
    })
    .execute();
}

export async function listStageChanges(db: DbOrTrx, workspaceId: string, dealId: string) {
  const rows = await db
    .selectFrom('deal_stage_changes')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('deal_id', '=', dealId)
    .orderBy('changed_at')
    .orderBy('id')
    .limit(500)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    pipelineId: row.pipeline_id,
    fromStageId: row.from_stage_id,
    toStageId: row.to_stage_id,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    changedAt: row.changed_at,
    actor: { type: row.actor_type, id: row.actor_id },
  }));
}

/**
 * Open deals per stage and currency of a pipeline, as the triggers of migration
 * 20261201160000_deal_stage_totals keep them: a few rows, whatever the number of deals.
 */
export async function findStageTotals(db: DbOrTrx, workspaceId: string, pipelineId: string) {
  const { rows } = await sql<{
    stage_id: string;
    currency: string;
    count: number | string;
    sum: number | string;
  }>`
    select stage_id, currency, deals as count, amount as sum from deal_stage_totals
    where workspace_id = ${workspaceId} and pipeline_id = ${pipelineId} and deals > 0
    order by stage_id, currency`.execute(db);
  return rows;
}

/** Which deals a report counts: the pipeline's, owned by these users (null: all) — never others. */
export interface ReportScope {
  workspaceId: string;
  pipelineId: string;
  ownerIds: string[] | null;
}

function scoped(db: DbOrTrx, scope: ReportScope) {
  let query = db
    .selectFrom('deals')
    .where('workspace_id', '=', scope.workspaceId)
    .where('pipeline_id', '=', scope.pipelineId)
    .where('deleted_at', 'is', null);
  if (scope.ownerIds) query = query.where('owner_id', 'in', scope.ownerIds);
  return query;
}

/** Open deals' amounts per stage, currency and expected close month (`YYYY-MM`, null without a date). */
export async function sumOpenDeals(db: DbOrTrx, scope: ReportScope) {
  if (scope.ownerIds?.length === 0) return [];
  const month = sql<string | null>`substr(expected_close_date, 1, 7)`;
  const rows = await scoped(db, scope)
    .where('status', '=', 'open')
    .select([
      'stage_id',
      'currency',
      month.as('month'),
      sql<number | string>`count(*)`.as('count'),
      sql<number | string>`sum(amount)`.as('sum'),
    ])
    .groupBy(['stage_id', 'currency', month])
    .execute();
  return rows.map((row) => ({
    stageId: row.stage_id,
    currency: row.currency,
    month: row.month,
    count: Number(row.count),
    amount: Number(row.sum),
  }));
}

/** Deals closed in [from, to): per owner, team, status and currency, with their summed days open. */
export async function sumClosedDeals(db: DbOrTrx, scope: ReportScope, from: string, to: string) {
  if (scope.ownerIds?.length === 0) return [];
  const days = isPostgres(db)
    ? sql<number>`extract(epoch from (closed_at - created_at)) / 86400`
    : sql<number>`julianday(closed_at) - julianday(created_at)`;
  const rows = await scoped(db, scope)
    .where('status', 'in', ['won', 'lost'])
    .where('closed_at', '>=', from)
    .where('closed_at', '<', to)
    .select([
      'owner_id',
      'team_id',
      'status',
      'currency',
      sql<number | string>`count(*)`.as('count'),
      sql<number | string>`sum(amount)`.as('sum'),
      sql<number | string>`sum(${days})`.as('days'),
    ])
    .groupBy(['owner_id', 'team_id', 'status', 'currency'])
    .execute();
  return rows.map((row) => ({
    ownerId: row.owner_id,
    teamId: row.team_id,
    status: row.status as 'won' | 'lost',
    currency: row.currency,
    count: Number(row.count),
    amount: Number(row.sum),
    days: Number(row.days),
  }));
}
