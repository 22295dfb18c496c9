import { z } from 'zod';
import { readJson, type Db, type DbOrTrx } from '../../db/database.js';
import { defineJob, enqueue, PermanentJobError } from '../../jobs/jobs.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { ratesByCurrency } from '../exchange-rates/exchange-rates.repository.js';
import { nextRunAt } from '../reports/report-schedule.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import {
  clvAnalysis,
  ClvDataError,
  cohortAnalysis,
  rfmAnalysis,
  type LevelAnalysis,
  type PurchaseDay,
} from './customer-value.analysis.js';
import {
  advanceSchedule,
  clearStaleValues,
  findRun,
  insertRun,
  listDueSchedules,
  purchaseDays,
  updateRun,
  writeCustomerValues,
  type CustomerLevel,
  type PurchaseSource,
  type ValueField,
} from './customer-value.repository.js';
import { PARAMS_BY_ANALYSIS, type AnalysisName, type ClvRunParams } from './customer-value.schemas.js';

const LEVELS: readonly CustomerLevel[] = ['company', 'person'];
const FIELDS: Record<AnalysisName, readonly ValueField[]> = {
  rfm: ['rfmSegment', 'rfmScore'],
  clv: ['expectedPurchases', 'probabilityAlive', 'churnRisk', 'lifetimeValue'],
  cohorts: [],
};
const MS_PER_DAY = 86_400_000;

const todayNumber = () => Math.floor(Date.now() / MS_PER_DAY);
const dayOf = (isoDate: string | undefined) =>
  isoDate === undefined ? todayNumber() : Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY;

function analyse(
  analysis: AnalysisName,
  purchases: AsyncIterable<PurchaseDay>,
  params: Record<string, unknown>,
): Promise<LevelAnalysis> {
  const asOf = dayOf(params.asOf as string | undefined);
  if (analysis === 'rfm') return rfmAnalysis(purchases, asOf);
  if (analysis === 'cohorts') return cohortAnalysis(purchases, asOf);
  return clvAnalysis(purchases, asOf, params as ClvRunParams);
}

/**
 * One run: for companies, then people, reads the purchase days from the orders, analyses them, writes
 * the values on the records and clears them where no purchase is left. Safe to repeat: a second
 * attempt recomputes and rewrites the same values.
 */
export async function runAnalysis(db: Db, workspaceId: string, runId: string, signal?: AbortSignal) {
  const run = await findRun(db, workspaceId, runId);
  if (!run) throw new PermanentJobError(`analysis run ${runId} is gone`);
  // A node that lost its lease may have finished it already: the values are written, nothing to redo.
  if (run.status === 'done') return;
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw new PermanentJobError('the workspace is gone');
  const analysis = run.analysis;
  const params = PARAMS_BY_ANALYSIS[analysis].parse(run.params) as Record<string, unknown>;
  const startedAt = nowIso();
  await updateRun(db, workspaceId, runId, { status: 'running', progress: 0, startedAt });
  const source: PurchaseSource = {
    currency: workspace.default_currency,
    rates: await ratesByCurrency(db, workspaceId),
    missingRates: new Set(),
  };
  const result: Record<string, unknown> = { currency: source.currency };
  for (const [index, level] of LEVELS.entries()) {
    const step = (share: number) =>
      updateRun(db, workspaceId, runId, { progress: Math.round(((index + share) / LEVELS.length) * 100) });
    let levelResult: LevelAnalysis | null = null;
    try {
      levelResult = await analyse(analysis, purchaseDays(db, workspaceId, level, source), params);
    } catch (error) {
      if (!(error instanceof ClvDataError)) throw error;
      result[level] = { error: error.message };
    }
    signal?.throwIfAborted();
    await step(0.5);
    if (levelResult) {
      result[level] = levelResult.summary;
      await writeCustomerValues(
        db,
        workspaceId,
        level,
        FIELDS[analysis],
        levelResult.values,
        { at: startedAt, currency: source.currency },
        (share) => step(0.5 + share / 2),
      );
    }
    if (FIELDS[analysis].length > 0)
      await clearStaleValues(db, workspaceId, level, FIELDS[analysis], startedAt);
    await step(1);
  }
  result.missingRates = [...source.missingRates].sort();
  await updateRun(db, workspaceId, runId, { status: 'done', progress: 100, result, finishedAt: nowIso() });
}

export const analysisRunJob = defineJob({
  type: 'customer-value.run',
  payload: z.object({ runId: z.uuid() }),
  maxAttempts: 3,
  timeoutMs: 30 * 60_000,
  run: async ({ runId }, { db, workspaceId, signal, attempt }) => {
    if (!workspaceId) throw new PermanentJobError('an analysis runs for a workspace');
    try {
      await runAnalysis(db, workspaceId, runId, signal);
    } catch (error) {
      // The run shows the failure once no attempt is left; until then it reads as running again.
      if (attempt >= 3 || error instanceof PermanentJobError)
        await updateRun(db, workspaceId, runId, {
          status: 'failed',
          error: error instanceof Error ? error.message : String(error),
          finishedAt: nowIso(),
        });
      throw error;
    }
  },
});

/** Adds a run and its job, in the caller's transaction when given one. */
export async function queueRun(
  db: DbOrTrx,
  workspaceId: string,
  analysis: AnalysisName,
  params: Record<string, unknown>,
  requestedBy: string | null,
) {
  const run = {
    id: uuidv7(),
    analysis,
    status: 'queued' as const,
    progress: 0,
    params,
    result: null,
    error: null,
    requestedBy,
    createdAt: nowIso(),
    startedAt: null,
    finishedAt: null,
  };
  await insertRun(db, workspaceId, run);
  await enqueue(db, analysisRunJob, { runId: run.id }, { workspaceId, dedupeKey: run.id });
  return run;
}

/** Every five minutes: the scheduled analyses that fell due, each queued once per period. */
export const scheduledAnalysesJob = defineJob({
  type: 'customer-value.schedules',
  payload: z.object({}),
  every: 5 * 60_000,
  maxAttempts: 1,
  run: async (_payload, { db }) => {
    let queued = 0;
    const now = new Date();
    for (const due of await listDueSchedules(db, now.toISOString(), 100)) {
      const next = nextRunAt(due.every as 'day' | 'week' | 'month', now);
      await db.transaction().execute(async (trx) => {
        if (!(await advanceSchedule(trx, due.workspace_id, due.analysis, due.next_run_at, next))) return;
        const params = readJson<Record<string, unknown>>(due.params, {});
        await queueRun(trx, due.workspace_id, due.analysis as AnalysisName, params, null);
        queued++;
      });
    }
    return { queued };
  },
});
