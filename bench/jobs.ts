/**
 * Jobs per second through the durable queue: enqueue N no-op jobs one by one (as commands do), and
 * run them on ready workers, on SQLite (one node, in this process) and, with `--database`, on
 * PostgreSQL with one and with three nodes (worker processes of their own). Then the workers' own
 * rate: N more jobs enqueued for later, made due at once in one statement, and drained.
 *
 *   npx tsx bench/jobs.ts [--jobs 2000] [--slots 8] [--database postgres://…]
 *
 * Each run gets a fresh database: a file under bench/.out/, or a schema of its own in the given
 * PostgreSQL database, dropped afterwards. Prints, per run, enqueue/s, end-to-end jobs/s (from the
 * first enqueue to the last job done) and drain/s (from the moment a backlog fell due to its last job
 * done: what the nodes can claim and run).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase, type Db } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { enqueue } from '../src/server/jobs/jobs.js';
import { JobWorker } from '../src/server/jobs/worker.js';
import { noopJob } from '../src/server/testing/test-jobs.js';
import { OUT, ROOT } from './lib/setup.js';

const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '2000' },
    slots: { type: 'string', default: '8' },
    database: { type: 'string' },
  },
});
const JOBS = Number(values.jobs);
const SLOTS = values.slots;
const WORKER_PROCESS = `${ROOT}src/server/testing/job-worker-process.ts`;

interface Result {
  run: string;
  jobs: number;
  enqueuePerSecond: number;
  jobsPerSecond: number;
  drainPerSecond: number;
}

const doneCount = async (db: Db) =>
  Number(
    (
      await db
        .selectFrom('jobs')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('status', '=', 'done')
        .executeTakeFirstOrThrow()
    ).n,
  );

const allDone = async (db: Db, jobs: number) => {
  while ((await doneCount(db)) < jobs) await new Promise((resolve) => setTimeout(resolve, 20));
};

/**
 * Enqueues JOBS jobs and waits until all are done (the workers are already running); then enqueues
 * JOBS more for an hour later, makes them due in one statement and times the drain.
 */
async function measure(run: string, db: Db): Promise<Result> {
  const start = performance.now();
  for (let n = 0; n < JOBS; n++) await enqueue(db, noopJob, { n });
  const enqueued = performance.now();
  await allDone(db, JOBS);
  const done = performance.now();

  const later = new Date(Date.now() + 3_600_000);
  for (let n = 0; n < JOBS; n++) await enqueue(db, noopJob, { n }, { runAt: later });
  const due = performance.now();
  await db
    .updateTable('jobs')
    .set({ run_at: new Date().toISOString() })
    .where('status', '=', 'waiting')
    .execute();
  await allDone(db, 2 * JOBS);
  const drained = performance.now();
  return {
    run,
    jobs: JOBS,
    enqueuePerSecond: Math.round(JOBS / ((enqueued - start) / 1000)),
    jobsPerSecond: Math.round(JOBS / ((done - start) / 1000)),
    drainPerSecond: Math.round(JOBS / ((drained - due) / 1000)),
  };
}

async function onSqlite(): Promise<Result> {
  mkdirSync(OUT, { recursive: true });
  const file = `${OUT}jobs-bench.db`;
  rmSync(file, { force: true });
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  const db = openDatabase(`sqlite:${file}`);
  await migrateToLatest(db);
  const worker = new JobWorker(db, { definitions: [noopJob], concurrency: Number(SLOTS) });
  try {
    return await measure('SQLite, 1 node', db);
  } finally {
    await worker.stop();
    await db.destroy();
  }
}

function startNode(url: string, nodeId: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER_PROCESS], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      JOB_NODE_ID: nodeId,
      JOB_CONCURRENCY: SLOTS,
      JOB_POLL_MS: '100',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`${nodeId} exited with ${code}`)));
  });
}

async function onPostgres(baseUrl: string, nodes: number): Promise<Result> {
  const schema = `bench_jobs_${process.pid}_${nodes}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema},public`);
  const db = openDatabase(url.toString());
  const children: ChildProcess[] = [];
  try {
    await migrateToLatest(db);
    for (let n = 0; n < nodes; n++) children.push(await startNode(url.toString(), `bench-${n + 1}`));
    return await measure(`PostgreSQL, ${nodes} node${nodes > 1 ? 's' : ''}`, db);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
    await db.destroy();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

const results = [await onSqlite()];
if (values.database) {
  results.push(await onPostgres(values.database, 1));
  results.push(await onPostgres(values.database, 3));
}
console.log(`${JOBS} no-op jobs, ${SLOTS} slots per node, ${cpus().length} CPUs`);
console.table(results);
