import type { Db } from '../../db/database.js';
import { AppError, notFound } from '../../lib/errors.js';
import { authorize, ownerFilter, type Actor } from '../../lib/permissions.js';
import { findPipeline } from '../pipelines/pipelines.repository.js';
import { sumClosedDeals, sumOpenDeals } from './deals.repository.js';
import { getWorkspaceMoney } from './deals.service.js';
import { salesReport } from './sales-reports.js';
import type { SalesReportQuery } from './sales-reports.schemas.js';

const DAY_MS = 86_400_000;

/** Reports count only the deals the actor may read: their own, their teams', or all. */
export async function getSalesReport(db: Db, actor: Actor, query: SalesReportQuery) {
  const scope = authorize(actor, 'deals', 'read');
  const pipeline = await findPipeline(db, actor.workspaceId, query.pipelineId);
  if (!pipeline) throw notFound('Pipeline');
  const to = query.to ?? new Date().toISOString().slice(0, 10);
  const from = query.from ?? new Date(Date.parse(to) - 365 * DAY_MS).toISOString().slice(0, 10);
  if (from > to)
    throw new AppError('validation', 'from is after to', [
      { field: 'from', message: 'must be on or before to' },
    ]);
  const reportScope = {
    workspaceId: actor.workspaceId,
    pipelineId: pipeline.id,
    ownerIds: ownerFilter(actor, scope),
  };
  const { currency, rates } = await getWorkspaceMoney(db, actor.workspaceId);
  const end = new Date(Date.parse(to) + DAY_MS).toISOString();
  const [open, closed] = [
    await sumOpenDeals(db, reportScope),
    await sumClosedDeals(db, reportScope, from, end),
  ];
  return {
    pipelineId: pipeline.id,
    from,
    to,
    ...salesReport({ currency, rates, stages: pipeline.stages, open, closed }),
  };
}
