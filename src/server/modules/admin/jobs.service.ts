import { forUpdate, uniqueViolationField, type Db } from '../../db/database.js';
import type { JobStatus } from '../../db/schema.js';
import { wakeWorkers } from '../../jobs/jobs.js';
import { countJobsByStatus, findJob, listJobs, moveJob, toJob } from '../../jobs/jobs.repository.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { nowIso } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { JOB_STATUSES, type Job } from './jobs.schemas.js';

/**
 * The workspace's background jobs for its admins. Jobs of the whole instance (housekeeping) belong
 * to no workspace and are listed to none.
 */
export async function getJobs(
  db: Db,
  actor: Actor,
  query: { status: JobStatus; cursor?: string | undefined; limit: number },
) {
  authorize(actor, 'admin', 'read');
  const cursor = query.cursor ? await findJob(db, actor.workspaceId, query.cursor) : undefined;
  if (query.cursor && !cursor) throw invalid('cursor', 'is not a cursor from this list');
  const rows = await listJobs(db, actor.workspaceId, {
    status: query.status,
    after: cursor && { id: cursor.id, runAt: cursor.run_at },
    limit: query.limit + 1,
  });
  const data = rows.slice(0, query.limit).map(toJob);
  return { data, nextCursor: rows.length > query.limit ? data[data.length - 1]!.id : null };
}

export async function getJobCounts(db: Db, actor: Actor) {
  authorize(actor, 'admin', 'read');
  const counts = await countJobsByStatus(db, actor.workspaceId);
  return Object.fromEntries(JOB_STATUSES.map((status) => [status, counts.get(status) ?? 0])) as Record<
    JobStatus,
    number
  >;
}

export async function getJob(db: Db, actor: Actor, id: string): Promise<Job> {
  authorize(actor, 'admin', 'read');
  const row = await findJob(db, actor.workspaceId, id);
  if (!row) throw notFound('Job');
  return toJob(row);
}

const TRANSITIONS = {
  retry: { from: ['dead', 'cancelled'], to: { status: 'waiting', resetAttempts: true } },
  cancel: { from: ['waiting', 'running'], to: { status: 'cancelled' } },
} as const;

/**
 * Retry (a dead or cancelled job waits again, due now, with all its attempts) or cancel (a waiting
 * job never runs; a running one's node is told at its next lease renewal and aborts it). Audited.
 */
async function moveJobAs(db: Db, actor: Actor, id: string, action: keyof typeof TRANSITIONS) {
  authorize(actor, 'admin', 'update');
  const { from, to } = TRANSITIONS[action];
  const job = await db.transaction().execute(async (trx) => {
    const before = await forUpdate(
      trx,
      trx.selectFrom('jobs').select(['id', 'status']).where('workspace_id', '=', actor.workspaceId),
    )
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before) throw notFound('Job');
    if (!(from as readonly JobStatus[]).includes(before.status))
      throw conflict(
        'status',
        `a ${before.status} job cannot be ${action === 'retry' ? 'retried' : 'cancelled'}`,
      );
    try {
      await moveJob(trx, { workspaceId: actor.workspaceId, id, now: nowIso() }, [...from], to);
    } catch (error) {
      if (uniqueViolationField(error) === null) throw error;
      throw conflict('dedupeKey', 'a job with the same de-duplication key is already waiting or running');
    }
    await recordAudit(
      trx,
      actor,
      'job',
      id,
      'update',
      diffRecords({ status: before.status }, { status: to.status }),
    );
    return toJob((await findJob(trx, actor.workspaceId, id))!);
  });
  if (action === 'retry') wakeWorkers();
  return job;
}

export const retryJob = (db: Db, actor: Actor, id: string) => moveJobAs(db, actor, id, 'retry');
export const cancelJob = (db: Db, actor: Actor, id: string) => moveJobAs(db, actor, id, 'cancel');
