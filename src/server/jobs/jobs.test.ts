import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { openTestDatabase, testDialects } from '../testing/test-database.js';
import { waitFor } from '../testing/wait-for.js';
import { JOB_RETENTION_MS, pruneExpired } from './housekeeping.js';
import { defineJob, enqueue, PermanentJobError, type JobDefinition } from './jobs.js';
import { claimDueJobs } from './jobs.repository.js';
import { enqueueDueRecurring, ensureSchedules, nextPeriodStart } from './schedules.js';
import { JobWorker, type WorkerOptions } from './worker.js';

const job = (db: Db, id: string) =>
  db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** A gate a job waits at until the test opens it. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe.each(testDialects())('durable jobs on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  const workers: JobWorker[] = [];
  const startWorker = (options: WorkerOptions) => {
    const worker = new JobWorker(db, { pollMs: 20, ...options });
    workers.push(worker);
    return worker;
  };

  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(dialect));
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop(0)));
  });
  afterAll(async () => close());

  it('runs a job with its payload once, and refuses a payload that does not fit', async () => {
    const seen: { name: string; attempt: number; jobId: string }[] = [];
    const greet = defineJob({
      type: 'test.greet',
      payload: z.object({ name: z.string() }),
      run: async ({ name }, { attempt, jobId }) => void seen.push({ name, attempt, jobId }),
    });
    await expect(enqueue(db, greet, { name: 7 } as unknown as { name: string })).rejects.toThrow();
    const { id, created } = await enqueue(db, greet, { name: 'Łukasz' });
    expect(created).toBe(true);
    startWorker({ definitions: [greet] });
    await waitFor(async () => (await job(db, id)).status === 'done');
    expect(seen).toEqual([{ name: 'Łukasz', attempt: 1, jobId: id }]);
    const row = await job(db, id);
    expect(row).toMatchObject({ attempts: 1, locked_by: null, last_error: null });
    expect(row.finished_at).not.toBeNull();
  });

  it('retries a failing job after a growing, jittered wait and then succeeds', async () => {
    let calls = 0;
    const flaky = defineJob({
      type: 'test.flaky',
      payload: z.object({}),
      maxAttempts: 4,
      backoff: { baseMs: 60_000, maxMs: 600_000 },
      run: async () => {
        calls++;
        if (calls < 3) throw new Error(`SMTP refused, call ${calls}`);
      },
    });
    const { id } = await enqueue(db, flaky, {});
    startWorker({ definitions: [flaky] });
    for (const [attempt, step] of [
      [1, 60_000],
      [2, 120_000],
    ] as const) {
      await waitFor(
        async () => (await job(db, id)).attempts === attempt && (await job(db, id)).status === 'waiting',
      );
      const row = await job(db, id);
      expect(row.last_error).toBe(`SMTP refused, call ${attempt}`);
      const wait = Date.parse(row.run_at) - Date.parse(row.updated_at);
      expect(wait).toBeGreaterThanOrEqual(step / 2);
      expect(wait).toBeLessThanOrEqual(step);
      // Bring the retry forward instead of waiting for it.
      await db.updateTable('jobs').set({ run_at: new Date().toISOString() }).where('id', '=', id).execute();
    }
    await waitFor(async () => (await job(db, id)).status === 'done');
    expect(await job(db, id)).toMatchObject({ attempts: 3, last_error: null });
  });

  it('puts a job that keeps failing, or fails for good, in the dead letter with the reason', async () => {
    const broken = defineJob({
      type: 'test.broken',
      payload: z.object({ permanent: z.boolean() }),
      maxAttempts: 2,
      backoff: { baseMs: 1, maxMs: 1 },
      run: async ({ permanent }) => {
        throw permanent ? new PermanentJobError('address rejected') : new Error('server busy');
      },
    });
    const twice = await enqueue(db, broken, { permanent: false });
    const once = await enqueue(db, broken, { permanent: true });
    // Stored before a change of the job's payload schema: it can never run.
    const stale = await enqueue(db, broken, { permanent: false });
    await db.updateTable('jobs').set({ payload: '{"permanent":"yes"}' }).where('id', '=', stale.id).execute();
    startWorker({ definitions: [broken] });
    await waitFor(async () =>
      (await Promise.all([twice, once, stale].map(({ id }) => job(db, id)))).every(
        (row) => row.status === 'dead',
      ),
    );
    expect(await job(db, twice.id)).toMatchObject({ attempts: 2, last_error: 'server busy' });
    expect(await job(db, once.id)).toMatchObject({ attempts: 1, last_error: 'address rejected' });
    expect((await job(db, stale.id)).last_error).toMatch(/^payload does not fit the job: .*permanent/s);
  });

  it('fails an attempt that runs past its timeout and aborts its signal', async () => {
    let aborted = false;
    const slow = defineJob({
      type: 'test.slow',
      payload: z.object({}),
      maxAttempts: 1,
      timeoutMs: 50,
      run: async (_payload, { signal }) =>
        new Promise<void>((resolve) => signal.addEventListener('abort', () => ((aborted = true), resolve()))),
    });
    const { id } = await enqueue(db, slow, {});
    startWorker({ definitions: [slow] });
    await waitFor(async () => (await job(db, id)).status === 'dead');
    expect((await job(db, id)).last_error).toBe('timed out after 50 ms');
    expect(aborted).toBe(true);
  });

  it('keeps one waiting or running job per de-duplication key, and only jobs whose command commits', async () => {
    const ran: string[] = [];
    const index = defineJob({
      type: 'test.reindex',
      payload: z.object({ workspace: z.string() }),
      run: async ({ workspace }) => void ran.push(workspace),
    });
    const first = await enqueue(db, index, { workspace: 'a' }, { dedupeKey: 'a' });
    const again = await enqueue(db, index, { workspace: 'a' }, { dedupeKey: 'a' });
    const other = await enqueue(db, index, { workspace: 'b' }, { dedupeKey: 'b' });
    expect(again).toEqual({ id: first.id, created: false });
    expect(other.created).toBe(true);
    await db
      .transaction()
      .execute(async (trx) => {
        await enqueue(trx, index, { workspace: 'rolled back' });
        throw new Error('the command failed');
      })
      .catch(() => undefined);
    const inTransaction = await db
      .transaction()
      .execute(async (trx) => enqueue(trx, index, { workspace: 'a' }, { dedupeKey: 'a' }));
    expect(inTransaction.id).toBe(first.id);
    startWorker({ definitions: [index] });
    await waitFor(
      async () => (await job(db, other.id)).status === 'done' && (await job(db, first.id)).status === 'done',
    );
    expect(ran.sort()).toEqual(['a', 'b']);
    // Once the job is done, the key is free for the next one.
    const later = await enqueue(db, index, { workspace: 'a' }, { dedupeKey: 'a' });
    expect(later.created).toBe(true);
    expect(later.id).not.toBe(first.id);
  });

  it('runs a scheduled job only once it is due', async () => {
    const ran: string[] = [];
    const remind = defineJob({
      type: 'test.remind',
      payload: z.object({ what: z.string() }),
      run: async ({ what }) => void ran.push(what),
    });
    const later = await enqueue(db, remind, { what: 'later' }, { runAt: new Date(Date.now() + 3_600_000) });
    const now = await enqueue(db, remind, { what: 'now' });
    startWorker({ definitions: [remind] });
    await waitFor(async () => (await job(db, now.id)).status === 'done');
    // A claim after the finished one still leaves the future job alone.
    const claimed = await claimDueJobs(db, {
      nodeId: 'probe',
      types: ['test.remind'],
      limit: 10,
      now: new Date().toISOString(),
      lockedUntil: new Date().toISOString(),
    });
    expect(claimed).toEqual([]);
    expect((await job(db, later.id)).status).toBe('waiting');
    await db
      .updateTable('jobs')
      .set({ run_at: new Date().toISOString() })
      .where('id', '=', later.id)
      .execute();
    await waitFor(async () => (await job(db, later.id)).status === 'done');
    expect(ran).toEqual(['now', 'later']);
  });

  it('enqueues a recurring job once per period however many nodes look', async () => {
    const tick = defineJob({
      type: 'test.tick',
      payload: z.object({}),
      every: 60_000,
      run: async () => undefined,
    });
    const start = new Date(Date.UTC(2026, 10, 27, 9, 0, 30));
    await ensureSchedules(db, [tick], start);
    await ensureSchedules(db, [tick], start); // a second node starting
    const ticks = () =>
      db.selectFrom('jobs').select(['id', 'status']).where('type', '=', 'test.tick').execute();
    const nodes = await Promise.all([1, 2, 3].map(() => enqueueDueRecurring(db, [tick], start)));
    expect(nodes.flat()).toEqual(['test.tick']);
    expect(await ticks()).toHaveLength(1);
    const schedule = await db
      .selectFrom('job_schedules')
      .selectAll()
      .where('type', '=', 'test.tick')
      .executeTakeFirstOrThrow();
    expect(schedule.next_run_at).toBe(nextPeriodStart(start, 60_000).toISOString());
    expect(await enqueueDueRecurring(db, [tick], new Date(start.getTime() + 29_000))).toEqual([]);
    // The next period is due, but the last run still waits: no second one piles up behind it.
    const nextPeriod = new Date(Date.UTC(2026, 10, 27, 9, 1, 0));
    expect(await enqueueDueRecurring(db, [tick], nextPeriod)).toEqual([]);
    await db.updateTable('jobs').set({ status: 'done' }).where('type', '=', 'test.tick').execute();
    const third = new Date(Date.UTC(2026, 10, 27, 9, 2, 5));
    expect(await enqueueDueRecurring(db, [tick], third)).toEqual(['test.tick']);
    expect(await ticks()).toHaveLength(2);
  });

  it('runs recurring jobs from the worker, period after period', async () => {
    let runs = 0;
    const beat = defineJob({
      type: 'test.beat',
      payload: z.object({}),
      every: 100,
      run: async () => void runs++,
    });
    startWorker({ definitions: [beat] });
    await waitFor(async () => runs >= 3);
    const rows = await db.selectFrom('jobs').select('status').where('type', '=', 'test.beat').execute();
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });

  it('takes over the job of a node that died holding it once the lease runs out', async () => {
    const ranBy: string[] = [];
    const work = defineJob({
      type: 'test.takeover',
      payload: z.object({}),
      maxAttempts: 2,
      run: async () => void ranBy.push('survivor'),
    });
    const survivorJob = await enqueue(db, work, {});
    const lastChance = await enqueue(db, work, {});
    await db.updateTable('jobs').set({ attempts: 1 }).where('id', '=', lastChance.id).execute();
    // A node claims both and dies: it never renews nor finishes them.
    const claimed = await claimDueJobs(db, {
      nodeId: 'node-that-died',
      types: ['test.takeover'],
      limit: 10,
      now: new Date().toISOString(),
      lockedUntil: new Date(Date.now() + 300).toISOString(),
    });
    expect(claimed.map((row) => row.id).sort()).toEqual([survivorJob.id, lastChance.id].sort());
    startWorker({ definitions: [work], nodeId: 'survivor' });
    await waitFor(async () => (await job(db, survivorJob.id)).status === 'done');
    expect(await job(db, survivorJob.id)).toMatchObject({ attempts: 2, locked_by: null });
    // The other job had used its attempts: dead, with the reason.
    expect(await job(db, lastChance.id)).toMatchObject({
      status: 'dead',
      last_error: 'lease expired: node node-that-died stopped renewing it',
    });
    expect(ranBy).toEqual(['survivor']);
  });

  it('renews the lease of a long job so that no other node takes it', async () => {
    const started = gate();
    const finish = gate();
    let runs = 0;
    const long = defineJob({
      type: 'test.long',
      payload: z.object({}),
      run: async () => {
        runs++;
        started.open();
        await finish.opened;
      },
    });
    const { id } = await enqueue(db, long, {});
    // A lease long enough that the holder renews it in time on a busy machine, where timers fire late.
    startWorker({ definitions: [long], nodeId: 'holder', leaseMs: 600 });
    await started.opened;
    startWorker({ definitions: [long], nodeId: 'other', leaseMs: 600 });
    // Several lease lengths pass while the other node polls.
    await waitFor(
      async () =>
        Date.parse((await job(db, id)).locked_until!) - Date.parse((await job(db, id)).created_at) > 2400,
    );
    finish.open();
    await waitFor(async () => (await job(db, id)).status === 'done');
    expect(runs).toBe(1);
  });

  it('stops gracefully: finishes what ends before the deadline and hands back the rest', async () => {
    const quickStarted = gate();
    const stuckStarted = gate();
    const quickMayEnd = gate();
    let stuckAborted = false;
    const quick = defineJob({
      type: 'test.quick',
      payload: z.object({}),
      run: async () => {
        quickStarted.open();
        await quickMayEnd.opened;
      },
    });
    const stuck = defineJob({
      type: 'test.stuck',
      payload: z.object({}),
      run: async (_payload, { signal }) => {
        stuckStarted.open();
        await new Promise<void>((resolve) =>
          signal.addEventListener('abort', () => ((stuckAborted = true), resolve())),
        );
      },
    });
    const quickJob = await enqueue(db, quick, {});
    const stuckJob = await enqueue(db, stuck, {});
    const worker = new JobWorker(db, { definitions: [quick, stuck], pollMs: 20 });
    await Promise.all([quickStarted.opened, stuckStarted.opened]);
    const stopping = worker.stop(1500);
    quickMayEnd.open();
    expect(await stopping).toEqual({ released: 1 });
    expect((await job(db, quickJob.id)).status).toBe('done');
    expect(await job(db, stuckJob.id)).toMatchObject({ status: 'waiting', attempts: 0, locked_by: null });
    expect(stuckAborted).toBe(true);
  });

  it('spreads jobs over the slots of several workers, each job once', async () => {
    const runs = new Map<number, number>();
    const count = defineJob({
      type: 'test.count',
      payload: z.object({ n: z.number().int() }),
      run: async ({ n }) => {
        runs.set(n, (runs.get(n) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 2));
      },
    });
    const definitions: JobDefinition[] = [count];
    for (let n = 0; n < 60; n++) await enqueue(db, count, { n });
    for (const nodeId of ['a', 'b', 'c']) startWorker({ definitions, nodeId, concurrency: 3 });
    await waitFor(
      async () =>
        runs.size === 60 &&
        (
          await db
            .selectFrom('jobs')
            .select('id')
            .where('type', '=', 'test.count')
            .where('status', '!=', 'done')
            .execute()
        ).length === 0,
    );
    expect([...runs.values()].every((times) => times === 1)).toBe(true);
  });

  it('prunes finished jobs a week after they finished and keeps the rest', async () => {
    const old = defineJob({ type: 'test.old', payload: z.object({}), run: async () => undefined });
    const now = new Date();
    const weekAgo = new Date(now.getTime() - JOB_RETENTION_MS - 60_000).toISOString();
    const ids: Record<string, string> = {};
    for (const name of ['oldDone', 'oldDead', 'oldCancelled', 'recentDone', 'oldWaiting'])
      ids[name] = (await enqueue(db, old, {})).id;
    const finish = (id: string, status: 'done' | 'dead' | 'cancelled', at: string) =>
      db.updateTable('jobs').set({ status, finished_at: at }).where('id', '=', id).execute();
    await finish(ids.oldDone!, 'done', weekAgo);
    await finish(ids.oldDead!, 'dead', weekAgo);
    await finish(ids.oldCancelled!, 'cancelled', weekAgo);
    await finish(ids.recentDone!, 'done', now.toISOString());
    await db.updateTable('jobs').set({ created_at: weekAgo }).where('id', '=', ids.oldWaiting!).execute();
    expect((await pruneExpired(db, now)).jobs).toBe(3);
    const left = await db.selectFrom('jobs').select('id').where('type', '=', 'test.old').execute();
    expect(left.map((row) => row.id).sort()).toEqual([ids.recentDone, ids.oldWaiting].sort());
  });
});
