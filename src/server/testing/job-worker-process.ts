/**
 * One app node's job worker in a process of its own, for the multi-node test and the jobs benchmark:
 * `node --import tsx src/server/testing/job-worker-process.ts` with DATABASE_URL, JOB_NODE_ID and
 * optionally JOB_CONCURRENCY, JOB_LEASE_MS, JOB_POLL_MS. Prints `ready` once it works, and stops
 * gracefully on SIGTERM (printing what it released).
 */
import { openDatabase } from '../db/database.js';
import { JobWorker } from '../jobs/worker.js';
import { TEST_JOBS } from './test-jobs.js';

const number = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const db = openDatabase(process.env.DATABASE_URL);
const worker = new JobWorker(db, {
  definitions: TEST_JOBS,
  nodeId: process.env.JOB_NODE_ID ?? `node-${process.pid}`,
  concurrency: number('JOB_CONCURRENCY', 4),
  leaseMs: number('JOB_LEASE_MS', 30_000),
  pollMs: number('JOB_POLL_MS', 100),
});
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void worker.stop(5_000).then(async (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    await db.destroy();
    process.exit(0);
  });
});
