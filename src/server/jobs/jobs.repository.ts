import { sql } from 'kysely';
import { isPostgres, readJson, writeJson, type DbOrTrx } from '../db/database.js';
import type { JobStatus } from '../db/schema.js';

/** What a worker needs of a job it claimed. */
export interface ClaimedJob {
  id: string;
  workspaceId: string | null;
  type: string;
  payload: unknown;
  /** Including the one just started. */
  attempts: number;
  maxAttempts: number;
}

/** Inserts a job; false when a waiting or running job of its type has its de-duplication key. */
export async function insertJob(
  db: DbOrTrx,
  job: {
    id: string;
    workspaceId: string | null;
    type: string;
    payload: unknown;
    dedupeKey: string | null;
    runAt: string;
    maxAttempts: number;
    now: string;
  },
): Promise<boolean> {
  const result = await db
    .insertInto('jobs')
    .values({
      id: job.id,
      workspace_id: job.workspaceId,
      type: job.type,
      payload: writeJson(job.payload),
      status: 'waiting',
      dedupe_key: job.dedupeKey,
      run_at: job.runAt,
      attempts: 0,
      max_attempts: job.maxAttempts,
      locked_by: null,
      locked_until: null,
      last_error: null,
      created_at: job.now,
      updated_at: job.now,
      finished_at: null,
    })
    // No conflict target: the de-duplication index is partial, and any unique key counts.
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return result !== undefined;
}

export async function findWaitingOrRunningJob(db: DbOrTrx, type: string, dedupeKey: string) {
  return db
    .selectFrom('jobs')
    .select('id')
    .where('type', '=', type)
    .where('dedupe_key', '=', dedupeKey)
    .where('status', 'in', ['waiting', 'running'])
    .executeTakeFirst();
}

/**
 * Takes up to `limit` due jobs of the given types for `nodeId` until `lockedUntil`, counting an
 * attempt. On PostgreSQL the due rows are picked with `FOR UPDATE SKIP LOCKED`, so nodes claiming at
 * the same moment take different jobs without waiting for each other; SQLite runs one writer at a
 * time, so the single statement is the whole claim there.
 */
export async function claimDueJobs(
  db: DbOrTrx,
  claim: { nodeId: string; types: string[]; limit: number; now: string; lockedUntil: string },
): Promise<ClaimedJob[]> {
  if (claim.types.length === 0 || claim.limit <= 0) return [];
  const due = db
    .selectFrom('jobs')
    .select('id')
    .where('status', '=', 'waiting')
    .where('run_at', '<=', claim.now)
    .where('type', 'in', claim.types)
    .orderBy('run_at')
    .orderBy('id')
    .limit(claim.limit);
  const rows = await db
    // A CTE: PostgreSQL never inlines one that locks rows, so the pick runs exactly once.
    .with('due', () => (isPostgres(db) ? due.forUpdate().skipLocked() : due))
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      locked_by: claim.nodeId,
      locked_until: claim.lockedUntil,
      attempts: eb('attempts', '+', 1),
      updated_at: claim.now,
    }))
    .where('id', 'in', (eb) => eb.selectFrom('due').select('due.id'))
    .returning(['id', 'workspace_id', 'type', 'payload', 'attempts', 'max_attempts'])
    .execute();
  return rows.map((row) => ({
    id: row.id,
    workspaceId: row.workspace_id,
    type: row.type,
    payload: readJson<unknown>(row.payload, null),
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
  }));
}

/** Extends the leases `nodeId` still holds; returns the ids it still holds (others were taken away). */
export async function renewLeases(db: DbOrTrx, nodeId: string, ids: string[], lockedUntil: string) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .updateTable('jobs')
    .set({ locked_until: lockedUntil })
    .where('id', 'in', ids)
    .where('locked_by', '=', nodeId)
    .where('status', '=', 'running')
    .returning('id')
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** Records a job's outcome, only if `nodeId` still holds it (not cancelled, released or taken over). */
export async function finishJob(
  db: DbOrTrx,
  job: { id: string; nodeId: string; now: string },
  outcome:
    | { status: 'done' }
    | { status: 'waiting'; error: string; runAt: string }
    | { status: 'dead'; error: string },
): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({
      status: outcome.status,
      locked_by: null,
      locked_until: null,
      last_error: outcome.status === 'done' ? null : outcome.error.slice(0, 2000),
      updated_at: job.now,
      ...(outcome.status === 'waiting' ? { run_at: outcome.runAt } : { finished_at: job.now }),
    })
    .where('id', '=', job.id)
    .where('locked_by', '=', job.nodeId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Hands jobs back unfinished (a node shutting down): due at once, the attempt not counted. */
export async function releaseJobs(db: DbOrTrx, nodeId: string, ids: string[], now: string) {
  if (ids.length === 0) return 0;
  const result = await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'waiting',
      locked_by: null,
      locked_until: null,
      run_at: now,
      attempts: eb('attempts', '-', 1),
      updated_at: now,
    }))
    .where('id', 'in', ids)
    .where('locked_by', '=', nodeId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Jobs whose node stopped renewing its lease (it died or hung): those with attempts left wait again,
 * due at once; the rest are dead. Safe on every node at once: each row moves once.
 */
export async function reclaimExpiredLeases(db: DbOrTrx, now: string) {
  const expired = sql<string>`'lease expired: node ' || ${sql.ref('locked_by')} || ' stopped renewing it'`;
  const dead = await db
    .updateTable('jobs')
    .set({
      status: 'dead',
      last_error: expired,
      locked_by: null,
      locked_until: null,
      finished_at: now,
      updated_at: now,
    })
    .where('status', '=', 'running')
    .where('locked_until', '<', now)
    .whereRef('attempts', '>=', 'max_attempts')
    .executeTakeFirst();
  const requeued = await db
    .updateTable('jobs')
    .set({
      status: 'waiting',
      last_error: expired,
      locked_by: null,
      locked_until: null,
      run_at: now,
      updated_at: now,
    })
    .where('status', '=', 'running')
    .where('locked_until', '<', now)
    .executeTakeFirst();
  return { requeued: Number(requeued.numUpdatedRows), dead: Number(dead.numUpdatedRows) };
}

/** Creates the schedule of a recurring job type unless it exists. */
export async function ensureSchedule(db: DbOrTrx, type: string, firstRunAt: string) {
  await db
    .insertInto('job_schedules')
    .values({ type, next_run_at: firstRunAt })
    .onConflict((oc) => oc.column('type').doNothing())
    .execute();
}

/** Moves a due schedule on to `nextRunAt`; true for the one caller that moved it. */
export async function advanceSchedule(db: DbOrTrx, type: string, now: string, nextRunAt: string) {
  const result = await db
    .updateTable('job_schedules')
    .set({ next_run_at: nextRunAt })
    .where('type', '=', type)
    .where('next_run_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Deletes finished jobs (done, dead, cancelled) that finished before `before`. */
export async function deleteFinishedJobs(db: DbOrTrx, before: string) {
  const result = await db
    .deleteFrom('jobs')
    .where('finished_at', '<', before)
    .where('status', 'in', ['done', 'dead', 'cancelled'])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

const JOB_COLUMNS = [
  'id',
  'workspace_id',
  'type',
  'payload',
  'status',
  'dedupe_key',
  'run_at',
  'attempts',
  'max_attempts',
  'locked_by',
  'locked_until',
  'last_error',
  'created_at',
  'updated_at',
  'finished_at',
] as const;

type JobRow = Awaited<ReturnType<typeof findJob>> & object;

export function toJob(row: JobRow) {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    payload: readJson<unknown>(row.payload, null),
    dedupeKey: row.dedupe_key,
    runAt: row.run_at,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lockedBy: row.locked_by,
    lockedUntil: row.locked_until,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

export async function findJob(db: DbOrTrx, workspaceId: string, id: string) {
  return db
    .selectFrom('jobs')
    .select(JOB_COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * A workspace's jobs in one status: waiting ones in the order they are due, the others newest first.
 * `after` is the last job of the previous page.
 */
export async function listJobs(
  db: DbOrTrx,
  workspaceId: string,
  options: { status: JobStatus; after?: { id: string; runAt: string } | undefined; limit: number },
) {
  const { after } = options;
  let query = db
    .selectFrom('jobs')
    .select(JOB_COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', options.status);
  if (options.status === 'waiting') {
    if (after)
      query = query.where((eb) =>
        eb.or([
          eb('run_at', '>', after.runAt),
          eb.and([eb('run_at', '=', after.runAt), eb('id', '>', after.id)]),
        ]),
      );
    return query.orderBy('run_at').orderBy('id').limit(options.limit).execute();
  }
  if (after) query = query.where('id', '<', after.id);
  return query.orderBy('id', 'desc').limit(options.limit).execute();
}

export async function countJobsByStatus(db: DbOrTrx, workspaceId: string) {
  const rows = await db
    .selectFrom('jobs')
    .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
    .where('workspace_id', '=', workspaceId)
    .groupBy('status')
    .execute();
  return new Map(rows.map((row) => [row.status, Number(row.count)]));
}

/**
 * Moves a workspace's job from one of `from` to `to`, dropping any lease; false when it is in none of
 * them. One conditional statement, so a worker finishing the job at the same moment either lands
 * first (and this moves nothing) or finds the job gone from under it.
 */
export async function moveJob(
  db: DbOrTrx,
  job: { workspaceId: string; id: string; now: string },
  from: JobStatus[],
  to: { status: 'waiting'; resetAttempts: true } | { status: 'cancelled' },
) {
  const result = await db
    .updateTable('jobs')
    .set({
      status: to.status,
      locked_by: null,
      locked_until: null,
      updated_at: job.now,
      ...(to.status === 'waiting'
        ? { run_at: job.now, attempts: 0, finished_at: null }
        : { finished_at: job.now }),
    })
    .where('workspace_id', '=', job.workspaceId)
    .where('id', '=', job.id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
