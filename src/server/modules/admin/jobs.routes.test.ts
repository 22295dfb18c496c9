import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob, enqueue } from '../../jobs/jobs.js';
import { claimDueJobs } from '../../jobs/jobs.repository.js';
import { JobWorker } from '../../jobs/worker.js';
import {
  addMember,
  apiKeyClient,
  type Client,
  createTestApp,
  signUpOwner,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';
import { waitFor } from '../../testing/wait-for.js';

interface JobBody {
  id: string;
  type: string;
  status: string;
  attempts: number;
  lastError: string | null;
  lockedBy: string | null;
}
type Problem = { errors?: { field: string }[] };
const fieldsOf = (body: string) => (JSON.parse(body) as Problem).errors?.map((e) => e.field) ?? [];
const MISSING = '0190f0f0-0000-7000-8000-000000000000';

const sendReport = defineJob({
  type: 'test.send-report',
  payload: z.object({ to: z.string() }),
  maxAttempts: 1,
  run: async () => {
    throw new Error('mailbox full');
  },
});

describe.each(testDialects())('jobs admin API on %s', (dialect) => {
  let t: TestApp;
  const workers: JobWorker[] = [];
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop(0)));
  });
  afterAll(async () => t.close());

  const jobsOf = async (client: Client, status: string) => {
    const response = await client.get(`/jobs?status=${status}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ data: JobBody[]; nextCursor: string | null }>();
  };
  const enqueueFor = (client: Client, to: string, runAt?: Date) =>
    enqueue(t.app.db, sendReport, { to }, { workspaceId: client.info.workspaceId, ...(runAt && { runAt }) });
  const statusOf = async (id: string) =>
    (await t.app.db.selectFrom('jobs').select('status').where('id', '=', id).executeTakeFirstOrThrow())
      .status;

  it('lists jobs by status with counts, pages through them, and shows why one died', async () => {
    const owner = await signUpOwner(t.app);
    // Due in a different order than they were made; equal due times go by id.
    const inMinutes = (minutes: number) => new Date(Date.UTC(2030, 0, 1, 9, minutes));
    const waiting = [];
    for (const minutes of [30, 10, 10]) waiting.push((await enqueueFor(owner, 'x', inMinutes(minutes))).id);
    const dying = await enqueueFor(owner, 'dies');
    workers.push(new JobWorker(t.app.db, { definitions: [sendReport], pollMs: 20 }));
    await waitFor(async () => (await statusOf(dying.id)) === 'dead');

    expect((await owner.get('/jobs/counts')).json()).toEqual({
      waiting: 3,
      running: 0,
      done: 0,
      dead: 1,
      cancelled: 0,
    });
    const first = (await owner.get('/jobs?status=waiting&limit=2')).json<{
      data: JobBody[];
      nextCursor: string;
    }>();
    expect(first.data.map((job) => job.id)).toEqual([waiting[1], waiting[2]]);
    const second = await jobsOf(owner, `waiting&limit=2&cursor=${first.nextCursor}`);
    expect(second).toEqual({ data: [expect.objectContaining({ id: waiting[0] })], nextCursor: null });
    const done = [];
    for (const to of ['d', 'e', 'f']) {
      const { id } = await enqueueFor(owner, to, inMinutes(1));
      await t.app.db.updateTable('jobs').set({ status: 'done' }).where('id', '=', id).execute();
      done.push(id);
    }
    const newest = (await owner.get('/jobs?status=done&limit=2')).json<{
      data: JobBody[];
      nextCursor: string;
    }>();
    expect(newest.data.map((job) => job.id)).toEqual([done[2], done[1]]);
    const oldest = await jobsOf(owner, `done&limit=2&cursor=${newest.nextCursor}`);
    expect(oldest.data.map((job) => job.id)).toEqual([done[0]]);
    const [dead] = (await jobsOf(owner, 'dead')).data;
    expect(dead).toMatchObject({
      id: dying.id,
      type: 'test.send-report',
      attempts: 1,
      lastError: 'mailbox full',
    });
    const one = await owner.get(`/jobs/${dying.id}`);
    expect(one.json()).toMatchObject({ id: dying.id, payload: { to: 'dies' }, status: 'dead' });
  });

  it('retries a dead job and cancels a waiting one, with audit entries', async () => {
    const owner = await signUpOwner(t.app);
    const dying = await enqueueFor(owner, 'x');
    await t.app.db
      .updateTable('jobs')
      .set({ status: 'dead', attempts: 1, last_error: 'boom' })
      .where('id', '=', dying.id)
      .execute();
    const retried = await owner.post(`/jobs/${dying.id}/retry`);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'waiting', attempts: 0, lastError: 'boom' });
    expect((await owner.post(`/jobs/${dying.id}/retry`)).statusCode).toBe(409);

    const cancelled = await owner.post(`/jobs/${dying.id}/cancel`);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    const again = await owner.post(`/jobs/${dying.id}/cancel`);
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(again.body)).toEqual(['status']);
    expect((await owner.post(`/jobs/${dying.id}/retry`)).json()).toMatchObject({ status: 'waiting' });

    const audit = (await owner.get(`/audit-log?entityType=job&entityId=${dying.id}`)).json<{
      data: { changes: { status: { before: string; after: string } } }[];
    }>().data;
    expect(audit.map((entry) => entry.changes.status)).toEqual([
      { before: 'cancelled', after: 'waiting' },
      { before: 'waiting', after: 'cancelled' },
      { before: 'dead', after: 'waiting' },
    ]);
  });

  it('cancels a running job: its node aborts it and records nothing', async () => {
    const owner = await signUpOwner(t.app);
    let aborted = false;
    let markStarted!: () => void;
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    const longReport = defineJob({
      type: 'test.long-report',
      payload: z.object({}),
      run: async (_payload, { signal }) => {
        markStarted();
        await new Promise<void>((resolve) =>
          signal.addEventListener('abort', () => ((aborted = true), resolve())),
        );
      },
    });
    const { id } = await enqueue(t.app.db, longReport, {}, { workspaceId: owner.info.workspaceId });
    workers.push(new JobWorker(t.app.db, { definitions: [longReport], pollMs: 20, leaseMs: 90 }));
    await started;
    expect((await owner.post(`/jobs/${id}/cancel`)).json()).toMatchObject({
      status: 'cancelled',
      lockedBy: null,
    });
    await waitFor(() => aborted);
    expect(await statusOf(id)).toBe('cancelled');
  });

  it('refuses a retry that would duplicate a waiting job with the same key', async () => {
    const owner = await signUpOwner(t.app);
    const options = { workspaceId: owner.info.workspaceId, dedupeKey: 'monthly' };
    const first = await enqueue(t.app.db, sendReport, { to: 'x' }, options);
    await owner.post(`/jobs/${first.id}/cancel`);
    const second = await enqueue(t.app.db, sendReport, { to: 'x' }, options);
    expect(second.created).toBe(true);
    const retry = await owner.post(`/jobs/${first.id}/retry`);
    expect(retry.statusCode).toBe(409);
    expect(fieldsOf(retry.body)).toEqual(['dedupeKey']);
    expect(await statusOf(first.id)).toBe('cancelled');
  });

  it('rejects bad input naming the field', async () => {
    const owner = await signUpOwner(t.app);
    for (const [url, field] of [
      ['/jobs', 'status'],
      ['/jobs?status=failed', 'status'],
      ['/jobs?status=dead&limit=0', 'limit'],
      ['/jobs?status=dead&limit=500', 'limit'],
      ['/jobs?status=dead&cursor=abc', 'cursor'],
      [`/jobs?status=dead&cursor=${MISSING}`, 'cursor'],
      ['/jobs/not-a-job', 'id'],
    ] as const) {
      const response = await owner.get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(fieldsOf(response.body)).toContain(field);
    }
    const bad = await owner.post('/jobs/not-a-job/retry');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toContain('id');
    expect((await owner.post(`/jobs/${MISSING}/cancel`)).statusCode).toBe(404);
  });

  it('is for admins only', async () => {
    const owner = await signUpOwner(t.app);
    const { id } = await enqueueFor(owner, 'x');
    const admin = await addMember(owner, 'admin');
    expect((await jobsOf(admin, 'waiting')).data.map((job) => job.id)).toEqual([id]);
    for (const client of [
      await addMember(owner, 'manager'),
      await addMember(owner, 'member'),
      await apiKeyClient(owner, 'viewer'),
    ]) {
      expect((await client.get('/jobs?status=waiting')).statusCode).toBe(403);
      expect((await client.get('/jobs/counts')).statusCode).toBe(403);
      expect((await client.get(`/jobs/${id}`)).statusCode).toBe(403);
      expect((await client.post(`/jobs/${id}/cancel`)).statusCode).toBe(403);
      expect((await client.post(`/jobs/${id}/retry`)).statusCode).toBe(403);
    }
    expect(await statusOf(id)).toBe('waiting');
    expect((await admin.post(`/jobs/${id}/cancel`)).statusCode).toBe(200);
  });

  it("keeps workspaces apart, and the instance's own jobs out of every workspace", async () => {
    const a = await signUpOwner(t.app);
    const b = await signUpOwner(t.app);
    const { id } = await enqueueFor(a, 'a only');
    await enqueue(t.app.db, sendReport, { to: 'instance' });
    expect((await jobsOf(b, 'waiting')).data).toEqual([]);
    expect((await b.get('/jobs/counts')).json<{ waiting: number }>().waiting).toBe(0);
    expect((await b.get(`/jobs/${id}`)).statusCode).toBe(404);
    expect((await b.post(`/jobs/${id}/cancel`)).statusCode).toBe(404);
    await t.app.db.updateTable('jobs').set({ status: 'dead' }).where('id', '=', id).execute();
    expect((await b.post(`/jobs/${id}/retry`)).statusCode).toBe(404);
    expect(await statusOf(id)).toBe('dead');
    expect((await jobsOf(a, 'waiting')).data).toEqual([]);
    expect((await jobsOf(a, 'dead')).data.map((job) => job.id)).toEqual([id]);
  });

  it('lets a worker claim a job only once, even when a cancelled one is retried meanwhile', async () => {
    const owner = await signUpOwner(t.app);
    const { id } = await enqueueFor(owner, 'x');
    const claim = () =>
      claimDueJobs(t.app.db, {
        nodeId: 'n1',
        types: ['test.send-report'],
        limit: 5,
        now: new Date().toISOString(),
        lockedUntil: new Date(Date.now() + 60_000).toISOString(),
      });
    expect((await claim()).map((job) => job.id)).toContain(id);
    expect((await claim()).map((job) => job.id)).not.toContain(id);
    await owner.post(`/jobs/${id}/cancel`);
    await owner.post(`/jobs/${id}/retry`);
    expect((await claim()).map((job) => job.id)).toContain(id);
  });
});
