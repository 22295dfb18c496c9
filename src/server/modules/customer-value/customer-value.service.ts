import type { Db } from '../../db/database.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import { nowIso } from '../../lib/ids.js';
import { scopeFor, type Actor } from '../../lib/permissions.js';
import { nextRunAt } from '../reports/report-schedule.js';
import { queueRun } from './customer-value.job.js';
import {
  deleteSchedule,
  findRun,
  listRuns,
  listSchedules,
  saveSchedule,
} from './customer-value.repository.js';
import { PARAMS_BY_ANALYSIS, type AnalysisName } from './customer-value.schemas.js';

/**
 * Customer value analyses sum up every order of the workspace, so reading them takes reading every
 * order; running or scheduling one writes on every person and company, so it also takes changing
 * every one of them (owners, admins and managers in the built-in roles).
 */
function mayRead(actor: Actor) {
  if (scopeFor(actor, 'orders', 'read') !== 'all')
    throw forbidden('Customer analyses sum up every order; your role does not read them all');
}

function mayRun(actor: Actor) {
  mayRead(actor);
  if (scopeFor(actor, 'people', 'update') !== 'all' || scopeFor(actor, 'companies', 'update') !== 'all')
    throw forbidden(
      'Running an analysis writes on every person and company; your role may not change them all',
    );
}

/** The analysis's parameters with their defaults, or a 400 naming the parameter at fault. */
function checkParams(analysis: AnalysisName, params: Record<string, unknown>) {
  const parsed = PARAMS_BY_ANALYSIS[analysis].safeParse(params);
  if (parsed.success) return parsed.data as Record<string, unknown>;
  throw new AppError(
    'validation',
    'The analysis’s parameters are not valid',
    parsed.error.issues.map((issue) => ({
      field:
        ['params', ...issue.path.map(String)].join('.') +
        (issue.code === 'unrecognized_keys' ? `.${issue.keys.join(',')}` : ''),
      message: issue.code === 'unrecognized_keys' ? 'is not a parameter of this analysis' : issue.message,
    })),
  );
}

export async function startAnalysis(
  db: Db,
  actor: Actor,
  analysis: AnalysisName,
  params: Record<string, unknown>,
) {
  mayRun(actor);
  const checked = checkParams(analysis, params);
  return db.transaction().execute((trx) => queueRun(trx, actor.workspaceId, analysis, checked, actor.userId));
}

export async function getAnalysis(db: Db, actor: Actor, analysis: AnalysisName) {
  mayRead(actor);
  const [runs, schedules] = await Promise.all([
    listRuns(db, actor.workspaceId, analysis, 20),
    listSchedules(db, actor.workspaceId),
  ]);
  return {
    analysis,
    latest: runs.find((run) => run.status === 'done') ?? null,
    current: runs.find((run) => run.status === 'queued' || run.status === 'running') ?? null,
    schedule: schedules.find((schedule) => schedule.analysis === analysis) ?? null,
  };
}

export async function getAnalysisRun(db: Db, actor: Actor, id: string) {
  mayRead(actor);
  const run = await findRun(db, actor.workspaceId, id);
  if (!run) throw notFound('Analysis run');
  return run;
}

export async function scheduleAnalysis(
  db: Db,
  actor: Actor,
  analysis: AnalysisName,
  input: { every: 'day' | 'week' | 'month'; params: Record<string, unknown> },
) {
  mayRun(actor);
  const schedule = {
    analysis,
    every: input.every,
    params: checkParams(analysis, input.params),
    nextRunAt: nextRunAt(input.every, new Date()),
  };
  await saveSchedule(db, actor.workspaceId, schedule, nowIso());
  return schedule;
}

export async function unscheduleAnalysis(db: Db, actor: Actor, analysis: AnalysisName) {
  mayRun(actor);
  if (!(await deleteSchedule(db, actor.workspaceId, analysis))) throw notFound('Schedule');
}
