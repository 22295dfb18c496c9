import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobWorker } from '../jobs/worker.js';
import { addMember, createTestApp, signUpOwner, type Client, type TestApp } from '../testing/factories.js';
import { testDialects } from '../testing/test-database.js';
import { waitFor } from '../testing/wait-for.js';
import { BULK_INLINE_LIMIT, bulkJob } from './record-bulk.js';

interface Bulk {
  id: string;
  action: string;
  status: string;
  total: number;
  processed: number;
  changed: number;
  skipped: number;
  failed: number;
  failures: { id: string; message: string }[];
}

interface Person {
  id: string;
  tags: string[];
  ownerId: string | null;
  city: string | null;
  deletedAt: string | null;
}

interface Problem {
  errors?: { field: string; message: string }[];
}

async function person(client: Client, body: Record<string, unknown>) {
  const response = await client.post('/people', { firstName: 'Ana', lastName: 'Petrova', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Person>();
}

const read = async (client: Client, id: string) => (await client.get(`/people/${id}`)).json<Person>();

async function bulk(client: Client, body: unknown, status = 200) {
  const response = await client.post('/people/bulk', body);
  expect(response.statusCode, response.body).toBe(status);
  return response.json<Bulk>();
}

async function auditCount(client: Client, id: string, action: string) {
  const rows = await client.app.db
    .selectFrom('audit_log')
    .select('id')
    .where('workspace_id', '=', client.info.workspaceId)
    .where('entity_id', '=', id)
    .where('action', '=', action)
    .execute();
  return rows.length;
}

function expectProblem(response: { statusCode: number; body: string }, status: number, field: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(JSON.parse(response.body) as Problem).toMatchObject({
    errors: expect.arrayContaining([expect.objectContaining({ field })]) as unknown,
  });
}

describe.each(testDialects())('bulk actions on %s', (dialect) => {
  let t: TestApp;
  let worker: JobWorker;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    worker = new JobWorker(t.app.db, { definitions: [bulkJob], pollMs: 50 });
  });
  afterAll(async () => {
    await worker.stop();
    await t.close();
  });

  it('tags records by id with one history entry each, and undo puts the old tags back', async () => {
    const owner = await signUpOwner(t.app);
    const a = await person(owner, { tags: ['lead'] });
    const b = await person(owner, { tags: [] });
    const c = await person(owner, { tags: ['vip'] });
    const done = await bulk(owner, {
      action: 'tag',
      selection: { ids: [a.id, b.id, c.id] },
      values: { tags: ['fair-2026', 'vip'] },
    });
    expect(done).toMatchObject({ status: 'done', total: 3, processed: 3, changed: 3, skipped: 0 });
    expect((await read(owner, a.id)).tags).toEqual(['lead', 'fair-2026', 'vip']);
    expect((await read(owner, c.id)).tags).toEqual(['vip', 'fair-2026']);
    for (const p of [a, b, c]) expect(await auditCount(owner, p.id, 'update')).toBe(1);
    const events = await t.app.db
      .selectFrom('record_events')
      .select('record_id')
      .where('workspace_id', '=', owner.info.workspaceId)
      .where('type', '=', 'person.updated')
      .execute();
    expect(events.map((e) => e.record_id).sort()).toEqual([a.id, b.id, c.id].sort());

    const undo = await owner.post(`/people/bulk/${done.id}/undo`, {});
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json<Bulk>()).toMatchObject({ action: 'undo', status: 'done', changed: 3 });
    expect((await read(owner, a.id)).tags).toEqual(['lead']);
    expect((await read(owner, b.id)).tags).toEqual([]);
    expect((await read(owner, c.id)).tags).toEqual(['vip']);
    expect((await owner.post(`/people/bulk/${done.id}/undo`, {})).statusCode).toBe(409);
  });

  it('changes every record matching a filter, not only a loaded page; undo of a delete restores', async () => {
    const owner = await signUpOwner(t.app);
    const inBrno = [await person(owner, { city: 'Brno' }), await person(owner, { city: 'Brno' })];
    const other = await person(owner, { city: 'Łódź' });
    const changed = await bulk(owner, {
      action: 'update',
      selection: { filter: { city: 'Brno' } },
      values: { jobTitle: 'Buyer' },
    });
    expect(changed).toMatchObject({ total: 2, changed: 2 });
    expect((await read(owner, other.id)) as unknown).toMatchObject({ jobTitle: null });

    const trashed = await bulk(owner, { action: 'delete', selection: { q: 'Petrova' } });
    expect(trashed).toMatchObject({ total: 3, changed: 3 });
    expect((await read(owner, inBrno[0]!.id)).deletedAt).not.toBeNull();
    expect(await auditCount(owner, other.id, 'delete')).toBe(1);
    const undo = await owner.post(`/people/bulk/${trashed.id}/undo`, {});
    expect(undo.json<Bulk>()).toMatchObject({ changed: 3 });
    expect((await read(owner, other.id)).deletedAt).toBeNull();
    expect(await auditCount(owner, other.id, 'restore')).toBe(1);
  });

  it('skips and counts the records a member may not change', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(owner, 'member');
    const mine = await person(member, {});
    const theirs = await person(owner, {});
    const done = await bulk(member, {
      action: 'assign',
      selection: { ids: [mine.id, theirs.id] },
      values: { ownerId: member.info.userId },
    });
    expect(done).toMatchObject({ total: 2, changed: 0, skipped: 2 });
    const tagged = await bulk(member, {
      action: 'tag',
      selection: { ids: [mine.id, theirs.id] },
      values: { tags: ['mine'] },
    });
    expect(tagged).toMatchObject({ changed: 1, skipped: 1 });
    expect((await read(owner, theirs.id)).tags).toEqual([]);
    expect(await auditCount(owner, theirs.id, 'update')).toBe(0);
    const viewer = await addMember(owner, 'viewer');
    const refused = await viewer.post('/people/bulk', {
      action: 'tag',
      selection: { ids: [mine.id] },
      values: { tags: ['x'] },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('runs a large selection as a job with progress', async () => {
    const owner = await signUpOwner(t.app);
    for (let i = 0; i <= BULK_INLINE_LIMIT; i++) await person(owner, { lastName: `Kowalska ${i}` });
    const started = await bulk(
      owner,
      { action: 'assign', selection: { q: 'Kowalska' }, values: { ownerId: null } },
      202,
    );
    expect(started).toMatchObject({ status: 'running', total: BULK_INLINE_LIMIT + 1 });
    let progress: Bulk = started;
    await waitFor(
      async () => {
        progress = (await owner.get(`/people/bulk/${started.id}`)).json<Bulk>();
        return progress.status === 'done';
      },
      { timeoutMs: 60_000, what: 'the bulk job' },
    );
    expect(progress).toMatchObject({ processed: BULK_INLINE_LIMIT + 1, changed: BULK_INLINE_LIMIT + 1 });
    const unowned = await owner.get('/people?filter[ownerId][empty]=true&limit=200');
    expect(unowned.json<{ data: unknown[] }>().data).toHaveLength(BULK_INLINE_LIMIT + 1);
  });

  it('refuses bad input naming the field, and leaves everything as it was', async () => {
    const owner = await signUpOwner(t.app);
    const p = await person(owner, { tags: ['a'] });
    const ids = { ids: [p.id] };
    expectProblem(await owner.post('/people/bulk', { action: 'paint', selection: ids }), 400, 'action');
    expectProblem(await owner.post('/people/bulk', { action: 'tag', selection: ids }), 400, 'values.tags');
    expectProblem(
      await owner.post('/people/bulk', {
        action: 'tag',
        selection: { ids: ['nope'] },
        values: { tags: ['x'] },
      }),
      400,
      'selection.ids.0',
    );
    expectProblem(
      await owner.post('/people/bulk', { action: 'update', selection: ids, values: { nosuch: 1 } }),
      400,
      'values',
    );
    expectProblem(
      await owner.post('/people/bulk', {
        action: 'tag',
        selection: { filter: { city: 'Nowhere' } },
        values: { tags: ['x'] },
      }),
      400,
      'selection',
    );
    const failed = await bulk(owner, {
      action: 'update',
      selection: ids,
      values: { companyId: '01a20f35-1420-7000-b31a-9fa1d142533e' },
    });
    expect(failed).toMatchObject({ changed: 0, failed: 1, failures: [{ id: p.id }] });
    expect(await read(owner, p.id)).toMatchObject({ tags: ['a'], version: 1 });
  });

  it('exports only the ticked records, never those of another workspace', async () => {
    const owner = await signUpOwner(t.app);
    const stranger = await signUpOwner(t.app);
    const [a, , c] = [
      await person(owner, { lastName: 'Ábel' }),
      await person(owner, { lastName: 'Bell' }),
      await person(owner, { lastName: 'Čapek' }),
    ];
    const foreign = await person(stranger, { lastName: 'Foreign' });
    const csv = await owner.get(`/people/export?columns=lastName&ids=${a.id},${c.id},${foreign.id}`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(
      csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/),
    ).toEqual(['lastName', 'Ábel', 'Čapek']);
    expectProblem(await owner.get('/people/export?ids=nope'), 400, 'ids');
  });

  it('neither sees nor changes another workspace', async () => {
    const owner = await signUpOwner(t.app);
    const stranger = await signUpOwner(t.app);
    const p = await person(owner, {});
    const done = await bulk(owner, { action: 'tag', selection: { ids: [p.id] }, values: { tags: ['x'] } });
    expect((await stranger.get(`/people/bulk/${done.id}`)).statusCode).toBe(404);
    expect((await stranger.post(`/people/bulk/${done.id}/undo`, {})).statusCode).toBe(404);
    expect((await owner.get(`/companies/bulk/${done.id}`)).statusCode).toBe(404);
    const foreign = await bulk(stranger, {
      action: 'delete',
      selection: { ids: [p.id] },
    });
    expect(foreign).toMatchObject({ changed: 0, skipped: 1 });
    expect((await read(owner, p.id)).deletedAt).toBeNull();
  });
});
