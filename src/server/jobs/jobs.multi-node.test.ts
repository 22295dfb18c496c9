import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.js';
import { startNodeProcess } from '../testing/node-process.js';
import { CREATE_RUNS_TABLE, recordRunJob } from '../testing/test-jobs.js';
import { openTestDatabase } from '../testing/test-database.js';
import { waitFor } from '../testing/wait-for.js';
import { enqueue } from './jobs.js';

const WORKER = fileURLToPath(new URL('../testing/job-worker-process.ts', import.meta.url));
const postgres = Boolean(process.env.TEST_DATABASE_URL);
if (!postgres)
  console.warn(
    'Multi-node jobs test skipped: it needs PostgreSQL; set TEST_DATABASE_URL=postgres://… to run it',
  );

/** An app node's job worker in a process of its own, on the test's database. */
function startNode(url: string, nodeId: string, env: Record<string, string> = {}) {
  const node = startNodeProcess(WORKER, { DATABASE_URL: url, JOB_NODE_ID: nodeId, ...env }, /ready\n/);
  return { nodeId, ...node };
}
type Node = ReturnType<typeof startNode>;

describe.skipIf(!postgres)('jobs on three app nodes sharing one PostgreSQL', () => {
  let db: Db;
  let url: string;
  let close: () => Promise<void>;
  let nodes: Node[] = [];

  beforeAll(async () => {
    ({ db, url, close } = await openTestDatabase('postgres'));
    await CREATE_RUNS_TABLE.execute(db);
  });
  afterEach(async () => {
    for (const node of nodes) if (node.child.exitCode === null) node.child.kill('SIGKILL');
    await Promise.all(nodes.map((node) => node.exited));
    nodes = [];
    await db.deleteFrom('jobs').execute();
    await sql`delete from job_test_runs`.execute(db);
  });
  afterAll(async () => close());

  const runs = async () =>
    (
      await sql<{ job_id: string; node_id: string }>`select job_id, node_id from job_test_runs`.execute(db)
    ).rows.map((row) => ({ jobId: row.job_id, nodeId: row.node_id }));
  const unfinished = async () =>
    (await db.selectFrom('jobs').select('id').where('status', '!=', 'done').execute()).length;

  it('runs each of 300 jobs exactly once across three processes, and stops them gracefully', async () => {
    nodes = ['a', 'b', 'c'].map((id) => startNode(url, id));
    await Promise.all(nodes.map((node) => node.ready));
    const ids: string[] = [];
    for (let n = 0; n < 300; n++) ids.push((await enqueue(db, recordRunJob, { sleepMs: 5 })).id);
    await waitFor(async () => (await unfinished()) === 0, { timeoutMs: 60_000, what: 'every job to finish' });

    const done = await runs();
    expect(done).toHaveLength(300);
    expect(new Set(done.map((run) => run.jobId))).toEqual(new Set(ids));
    const perNode = new Map<string, number>();
    for (const run of done) perNode.set(run.nodeId, (perNode.get(run.nodeId) ?? 0) + 1);
    expect([...perNode.keys()].sort()).toEqual(['a', 'b', 'c']);

    for (const node of nodes) node.child.kill('SIGTERM');
    expect(await Promise.all(nodes.map((node) => node.exited))).toEqual([0, 0, 0]);
    expect(nodes.map((node) => node.output().trim().split('\n').pop())).toEqual([
      '{"released":0}',
      '{"released":0}',
      '{"released":0}',
    ]);
  }, 90_000);

  it('takes over the jobs of a node killed mid-run once its lease runs out, losing none', async () => {
    const env = { JOB_LEASE_MS: '1500', JOB_CONCURRENCY: '4' };
    nodes = ['a', 'b', 'c'].map((id) => startNode(url, id, env));
    await Promise.all(nodes.map((node) => node.ready));
    const ids: string[] = [];
    for (let n = 0; n < 150; n++) ids.push((await enqueue(db, recordRunJob, { sleepMs: 60 })).id);
    const heldBy = async (nodeId: string) =>
      (
        await db
          .selectFrom('jobs')
          .select('id')
          .where('locked_by', '=', nodeId)
          .where('status', '=', 'running')
          .execute()
      ).map((row) => row.id);
    await waitFor(async () => (await heldBy('a')).length > 0 && (await runs()).length > 10, {
      what: 'node a to be running jobs',
    });
    nodes[0]!.child.kill('SIGKILL');
    await nodes[0]!.exited;
    const orphaned = await heldBy('a');
    expect(orphaned.length).toBeGreaterThan(0);

    await waitFor(async () => (await unfinished()) === 0, { timeoutMs: 60_000, what: 'every job to finish' });
    const done = await runs();
    expect(new Set(done.map((run) => run.jobId))).toEqual(new Set(ids));
    // Jobs run at least once: only those the killed node held may have run twice (it may have done
    // the work and died before recording it).
    const times = new Map<string, number>();
    for (const run of done) times.set(run.jobId, (times.get(run.jobId) ?? 0) + 1);
    const repeated = [...times].filter(([, count]) => count > 1).map(([id]) => id);
    expect(orphaned).toEqual(expect.arrayContaining(repeated));
    for (const id of orphaned)
      expect(
        done.some((run) => run.jobId === id && run.nodeId !== 'a'),
        `${id} taken over`,
      ).toBe(true);
    const finished = await db
      .selectFrom('jobs')
      .select(['id', 'attempts'])
      .where('id', 'in', orphaned)
      .execute();
    expect(finished.every((job) => job.attempts === 2)).toBe(true);
  }, 90_000);
});
