import type { Db } from '../../db/database.js';
import { notFound } from '../../lib/errors.js';
import type { ListQuery } from '../../lib/http-schemas.js';
import { authorize, scopeFor, type Actor } from '../../lib/permissions.js';
import { getRecord, listRecords, summarizeListRecords } from '../../records/record-service.js';
import { sumInCurrency } from '../exchange-rates/currency-conversion.js';
import { findWorkspaceMoney } from '../exchange-rates/exchange-rates.repository.js';
import { findPipeline } from '../pipelines/pipelines.repository.js';
import { dealType } from './deals.record.js';
import { findStageTotals, listStageChanges } from './deals.repository.js';

/**
 * Deals beyond the record lifecycle: a deal's stage history and the board of a pipeline. The board
 * is another view of the deals list: its filters, search and scope apply, each column is the list
 * of one stage's open deals (a page at a time). The totals of the whole pipeline, for a caller who
 * may read every deal, are read from the kept per-stage totals; a filtered or searched board, or a
 * role that sees only its own or its team's deals, counts its deals with one aggregate query.
 */

/** Where a pipeline's deals are, as the record kit names the list fields. */
const openIn = (query: ListQuery, pipelineId: string) => ({
  ...query,
  cursor: undefined,
  filter: { ...query.filter, pipelineId, status: 'open' },
});

export async function listDealStageChanges(db: Db, actor: Actor, id: string) {
  await getRecord(db, actor, dealType, id);
  return { data: await listStageChanges(db, actor.workspaceId, id), nextCursor: null };
}

export async function getWorkspaceMoney(db: Db, workspaceId: string) {
  const money = await findWorkspaceMoney(db, workspaceId);
  if (!money) throw notFound('Workspace');
  return money;
}

export async function getDealBoard(db: Db, actor: Actor, pipelineId: string, query: ListQuery) {
  authorize(actor, 'deals', 'read');
  const pipeline = await findPipeline(db, actor.workspaceId, pipelineId);
  if (!pipeline) throw notFound('Pipeline');
  const { currency, rates } = await getWorkspaceMoney(db, actor.workspaceId);
  const base = openIn(query, pipeline.id);
  const wholePipeline =
    !query.q &&
    !query.deleted &&
    Object.keys(query.filter ?? {}).length === 0 &&
    scopeFor(actor, 'deals', 'read') === 'all';
  const sums = wholePipeline
    ? await findStageTotals(db, actor.workspaceId, pipeline.id)
    : await summarizeListRecords(db, actor, dealType, base, ['stage_id', 'currency'], 'amount');
  const stages = [];
  for (const stage of pipeline.stages) {
    const rows = sums.filter((row) => row.stage_id === stage.id);
    const byCurrency = rows.map((row) => ({
      currency: row.currency as string,
      amount: Number(row.sum),
      count: Number(row.count),
    }));
    const total = sumInCurrency(byCurrency, currency, rates);
    const column = await listRecords(db, actor, dealType, {
      ...base,
      sort: query.sort ?? 'stageEnteredAt',
      filter: { ...base.filter, stageId: stage.id },
    });
    stages.push({
      stageId: stage.id,
      count: byCurrency.reduce((n, row) => n + row.count, 0),
      total,
      weighted: { amount: Math.round((total.amount * stage.probability) / 100), currency },
      byCurrency,
      ...column,
    });
  }
  return { pipelineId: pipeline.id, currency, stages };
}
