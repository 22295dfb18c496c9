import { sql } from 'kysely';
import { z } from 'zod';
import { defineJob } from '../jobs/jobs.js';

/** The table `recordRunJob` writes to; tests and benchmarks create it in their own database. */
export const CREATE_RUNS_TABLE = sql`create table job_test_runs (job_id text not null, node_id text not null)`;

/**
 * Waits `sleepMs` (aborted with its signal), then records that this process ran the job: one row
 * per run in `job_test_runs`, with the node named by JOB_NODE_ID.
 */
export const recordRunJob = defineJob({
  type: 'test.record-run',
  payload: z.object({ sleepMs: z.number().int().min(0) }),
  run: async ({ sleepMs }, { db, jobId, signal }) => {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, sleepMs);
      signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason as Error)));
    });
    await sql`insert into job_test_runs (job_id, node_id) values (${jobId}, ${process.env.JOB_NODE_ID ?? 'local'})`.execute(
      db,
    );
  },
});

/** Does nothing: what a benchmark of the queue itself runs. */
export const noopJob = defineJob({
  type: 'test.noop',
  payload: z.object({ n: z.number().int() }),
  run: async () => undefined,
});

export const TEST_JOBS = [recordRunJob, noopJob];
