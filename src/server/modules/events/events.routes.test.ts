import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openEventStream, type EventStreamClient } from '../../testing/event-stream.js';
import {
  addWithRole,
  apiKeyClient,
  createTestApp,
  signUpOwner,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';
import { recordTypeOf } from '../../records/registry.js';
import { pruneRecordEvents, RECORD_EVENT_RETENTION_MS, recordEvent, recordEvents } from './events.outbox.js';
import type { StreamEvent } from './events.schemas.js';

describe.each(testDialects())('live record events on %s', (dialect) => {
  let t: TestApp;
  let base: string;
  const streams: EventStreamClient[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await t.close();
  });

  const credentials = (client: Client): Record<string, string> =>
    client.auth.apiKey ? { authorization: `Bearer ${client.auth.apiKey}` } : { cookie: client.auth.cookie! };

  /** A stream for the client, open once its `ready` event has arrived; returns where it starts. */
  async function connect(client: Client, headers: Record<string, string> = {}, query = '') {
    const stream = await openEventStream(`${base}/api/v1/events/stream${query}`, {
      ...credentials(client),
      ...headers,
    });
    streams.push(stream);
    expect(stream.status).toBe(200);
    const first = await stream.next();
    return { stream, first };
  }

  const nextRecord = async (stream: EventStreamClient) => (await stream.nextOf('record')).data as StreamEvent;

  const createPerson = async (client: Client, body: Record<string, unknown> = {}) => {
    const response = await client.post('/people', { firstName: 'Ada', lastName: 'Lovelace', ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };

  it('sends every create, change, trash and restore as it is committed, with ids and changed fields only', async () => {
    const owner = await signUpOwner(t.app);
    const { stream, first } = await connect(owner);
    expect(first.event).toBe('ready');
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers['cache-control']).toBe('no-store');
    expect(stream.headers['content-security-policy']).toContain("default-src 'none'");
    expect(stream.headers['x-content-type-options']).toBe('nosniff');
    expect(stream.headers['ratelimit-limit']).toBeDefined();

    const id = await createPerson(owner);
    expect((await owner.patch(`/people/${id}`, { firstName: 'Augusta' })).statusCode).toBe(200);
    expect((await owner.delete(`/people/${id}`)).statusCode).toBe(204);
    expect((await owner.post(`/people/${id}/restore`)).statusCode).toBe(200);

    const events = [
      await nextRecord(stream),
      await nextRecord(stream),
      await nextRecord(stream),
      await nextRecord(stream),
    ];
    expect(events.map((e) => [e.type, e.recordType, e.recordId, e.version])).toEqual([
      ['person.created', 'person', id, 1],
      ['person.updated', 'person', id, 2],
      ['person.deleted', 'person', id, 3],
      ['person.restored', 'person', id, 4],
    ]);
    const start = (first.data as { seq: number }).seq;
    expect(events.map((e) => e.seq)).toEqual([start + 1, start + 2, start + 3, start + 4]);
    expect(events[1]!.changedFields).toEqual(['firstName']);
    expect(events[2]!.changedFields).toEqual(['deletedAt']);
    expect(events[0]!.changedFields).toEqual(expect.arrayContaining(['firstName', 'lastName', 'ownerId']));
    expect(Object.keys(events[1]!).sort()).toEqual(
      ['changedFields', 'id', 'occurredAt', 'recordId', 'recordType', 'seq', 'type', 'version'].sort(),
    );
    expect(new Set(events.map((e) => e.id)).size).toBe(4);
  });

  it('writes no event for a change that is rolled back, and leaves no gap in the numbers', async () => {
    const owner = await signUpOwner(t.app);
    const { stream, first } = await connect(owner);
    const start = (first.data as { seq: number }).seq;
    const id = await createPerson(owner);
    const person = recordTypeOf('person');
    const stored = {
      id,
      ownerId: owner.info.userId,
      tags: [],
      custom: {},
      version: 9,
      createdAt: '',
      updatedAt: '',
      deletedAt: null,
    };
    await expect(
      t.app.db.transaction().execute(async (trx) => {
        await recordEvent(trx, owner.info.workspaceId, person, 'updated', stored, stored);
        throw new Error('the change fails after its event was written');
      }),
    ).rejects.toThrow('the change fails');
    // A change refused by its own checks writes nothing either.
    const refused = await owner.patch(`/people/${id}`, { companyId: '00000000-0000-7000-8000-000000000000' });
    expect(refused.statusCode).toBe(400);
    expect((await owner.patch(`/people/${id}`, { lastName: 'Byron' })).statusCode).toBe(200);

    expect(await nextRecord(stream)).toMatchObject({ type: 'person.created', seq: start + 1 });
    expect(await nextRecord(stream)).toMatchObject({ type: 'person.updated', seq: start + 2, version: 2 });
    const rows = await t.app.db
      .selectFrom('record_events')
      .select(['seq', 'type'])
      .where('workspace_id', '=', owner.info.workspaceId)
      .orderBy('seq')
      .execute();
    expect(rows).toEqual([
      { seq: start + 1, type: 'person.created' },
      { seq: start + 2, type: 'person.updated' },
    ]);
  });

  it('numbers events of parallel changes without gaps, in the order they commit', async () => {
    const owner = await signUpOwner(t.app);
    const { stream, first } = await connect(owner);
    const start = (first.data as { seq: number }).seq;
    const ids = await Promise.all(
      Array.from({ length: 12 }, (_, i) => createPerson(owner, { lastName: `Parallel ${i}` })),
    );
    const received: StreamEvent[] = [];
    for (const _ of ids) received.push(await nextRecord(stream));
    expect(received.map((e) => e.seq)).toEqual(ids.map((_, i) => start + i + 1));
    expect(received.map((e) => e.recordId).sort()).toEqual([...ids].sort());
  });

  it('numbers the events of several changes in one transaction in the order given', async () => {
    const owner = await signUpOwner(t.app);
    const { stream, first } = await connect(owner);
    const start = (first.data as { seq: number }).seq;
    const ids = [await createPerson(owner), await createPerson(owner)];
    const person = recordTypeOf('person');
    const stored = (id: string, version: number) => ({
      id,
      ownerId: owner.info.userId,
      tags: [],
      custom: {},
      version,
      createdAt: '',
      updatedAt: '',
      deletedAt: null,
    });
    await t.app.db.transaction().execute((trx) =>
      recordEvents(trx, owner.info.workspaceId, person, [
        { action: 'updated', before: stored(ids[1]!, 1), after: stored(ids[1]!, 2) },
        { action: 'deleted', before: stored(ids[0]!, 1), after: { ...stored(ids[0]!, 2), deletedAt: 'now' } },
      ]),
    );
    const received = [];
    for (let i = 0; i < 4; i++) received.push(await nextRecord(stream));
    expect(received.map((e) => [e.seq, e.type, e.recordId])).toEqual([
      [start + 1, 'person.created', ids[0]],
      [start + 2, 'person.created', ids[1]],
      [start + 3, 'person.updated', ids[1]],
      [start + 4, 'person.deleted', ids[0]],
    ]);
  });

  it('sends what was missed to a client that reconnects with Last-Event-ID or ?after=', async () => {
    const owner = await signUpOwner(t.app);
    const { stream } = await connect(owner);
    const id = await createPerson(owner);
    const seen = await stream.nextOf('record');
    stream.close();

    expect((await owner.patch(`/people/${id}`, { firstName: 'Missed' })).statusCode).toBe(200);
    expect((await owner.delete(`/people/${id}`)).statusCode).toBe(204);

    for (const resume of [{ headers: { 'last-event-id': seen.id! } }, { query: `?after=${seen.id}` }]) {
      const { stream: again, first } = await connect(owner, resume.headers, resume.query);
      expect(first).toMatchObject({ event: 'ready', id: seen.id });
      const missed = [await again.nextOf('record'), await again.nextOf('record')];
      expect(missed.map((e) => (e.data as StreamEvent).type)).toEqual(['person.updated', 'person.deleted']);
      expect(missed.map((e) => Number(e.id))).toEqual([Number(seen.id) + 1, Number(seen.id) + 2]);
      again.close();
    }
  });

  it('tells a client to reload everything when what it missed is not kept or not of this stream', async () => {
    const owner = await signUpOwner(t.app);
    const { stream } = await connect(owner);
    const id = await createPerson(owner);
    const seen = Number((await stream.nextOf('record')).id);
    stream.close();
    expect((await owner.patch(`/people/${id}`, { firstName: 'Later' })).statusCode).toBe(200);

    // An id this workspace never reached (another database, another workspace's numbers).
    const { first: unknown } = await connect(owner, { 'last-event-id': String(seen + 1000) });
    expect(unknown).toMatchObject({ event: 'reset', id: String(seen + 1) });
    // The missed event is older than the replay window.
    await t.app.db
      .updateTable('record_events')
      .set({ occurred_at: '2000-01-01T00:00:00.000Z' })
      .where('workspace_id', '=', owner.info.workspaceId)
      .where('seq', '=', seen + 1)
      .execute();
    const { stream: old, first } = await connect(owner, { 'last-event-id': String(seen) });
    expect(first).toMatchObject({ event: 'reset', id: String(seen + 1) });
    expect((await old.next()).event).toBe('ready');
  });

  it('prunes events older than a week, and numbering goes on where it was', async () => {
    const owner = await signUpOwner(t.app);
    const id = await createPerson(owner);
    const [event] = await t.app.db
      .selectFrom('record_events')
      .select('seq')
      .where('workspace_id', '=', owner.info.workspaceId)
      .execute();
    const now = new Date();
    const weekAgo = new Date(now.getTime() - RECORD_EVENT_RETENTION_MS - 60_000).toISOString();
    await t.app.db
      .updateTable('record_events')
      .set({ occurred_at: weekAgo })
      .where('workspace_id', '=', owner.info.workspaceId)
      .execute();
    expect(await pruneRecordEvents(t.app.db, now)).toBeGreaterThanOrEqual(1);
    expect(await pruneRecordEvents(t.app.db, now)).toBe(0);

    const { stream, first } = await connect(owner, { 'last-event-id': String(event!.seq - 1) });
    expect(first).toMatchObject({ event: 'reset', id: String(event!.seq) });
    expect((await owner.patch(`/people/${id}`, { firstName: 'Anew' })).statusCode).toBe(200);
    expect(await nextRecord(stream)).toMatchObject({ type: 'person.updated', seq: event!.seq + 1 });
  });

  it('refuses bad resume positions and missing credentials with problem documents', async () => {
    const owner = await signUpOwner(t.app);
    const call = (url: string, headers: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: `/api/v1/events/stream${url}`, headers });
    const cases: [string, Record<string, string>, number, string | null][] = [
      ['', {}, 401, null],
      ['', { authorization: 'Bearer rpk_not_a_key' }, 401, null],
      ['', { cookie: owner.auth.cookie!, 'last-event-id': 'abc' }, 400, 'Last-Event-ID'],
      ['', { cookie: owner.auth.cookie!, 'last-event-id': '-1' }, 400, 'Last-Event-ID'],
      ['?after=-1', { cookie: owner.auth.cookie! }, 400, 'after'],
      ['?after=1.5', { cookie: owner.auth.cookie! }, 400, 'after'],
      ['?after[]=1', { cookie: owner.auth.cookie! }, 400, 'after'],
    ];
    for (const [url, headers, status, field] of cases) {
      const response = await call(url, headers);
      expect(response.statusCode, `${url} ${JSON.stringify(headers)}`).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      if (field) expect(response.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe(field);
    }
  });

  it('sends a role that reads only its own records the changes of those, including hand-overs', async () => {
    const owner = await signUpOwner(t.app);
    const role = await owner.post('/roles', {
      name: 'Own people only',
      permissions: { people: { read: 'own', create: 'all', update: 'own' }, companies: { read: 'none' } },
    });
    expect(role.statusCode, role.body).toBe(201);
    const member = await addWithRole(owner, role.json<{ id: string }>().id);
    const { stream } = await connect(member);

    const theirs = await createPerson(owner, { lastName: 'Theirs' });
    const mine = await createPerson(owner, { lastName: 'Mine', ownerId: member.info.userId });
    expect((await owner.post('/companies', { name: 'Hidden Ltd' })).statusCode).toBe(201);
    expect(await nextRecord(stream)).toMatchObject({ type: 'person.created', recordId: mine });

    // Given to the member, then taken away: both changes are theirs to see; later ones are not.
    expect((await owner.patch(`/people/${theirs}`, { ownerId: member.info.userId })).statusCode).toBe(200);
    expect(await nextRecord(stream)).toMatchObject({ recordId: theirs, changedFields: ['ownerId'] });
    expect((await owner.patch(`/people/${theirs}`, { ownerId: owner.info.userId })).statusCode).toBe(200);
    expect(await nextRecord(stream)).toMatchObject({ recordId: theirs, changedFields: ['ownerId'] });
    expect((await owner.patch(`/people/${theirs}`, { firstName: 'Private' })).statusCode).toBe(200);
    expect((await owner.patch(`/people/${mine}`, { firstName: 'Visible' })).statusCode).toBe(200);
    expect(await nextRecord(stream)).toMatchObject({ recordId: mine, changedFields: ['firstName'] });
  });

  it('leaves sensitive fields out of every event', async () => {
    const owner = await signUpOwner(t.app);
    const { stream } = await connect(owner);
    const created = await owner.post('/products', {
      sku: 'S-1',
      name: 'Widget',
      unitPrice: { amount: 1000, currency: 'EUR' },
      cost: { amount: 400, currency: 'EUR' },
      taxRate: 20,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    expect(
      (await owner.patch(`/products/${id}`, { name: 'Gadget', cost: { amount: 500, currency: 'EUR' } }))
        .statusCode,
    ).toBe(200);
    expect((await nextRecord(stream)).changedFields).not.toContain('cost');
    expect((await nextRecord(stream)).changedFields).toEqual(['name']);
    const stored = await t.app.db
      .selectFrom('record_events')
      .select(['record', 'changed_fields'])
      .where('workspace_id', '=', owner.info.workspaceId)
      .execute();
    expect(stored.length).toBe(2);
    for (const row of stored) expect(JSON.stringify(row)).not.toMatch(/cost/i);
  });

  it('keeps workspaces apart', async () => {
    const [first, second] = [await signUpOwner(t.app), await signUpOwner(t.app)];
    const key = await apiKeyClient(second);
    const { stream } = await connect(key);
    await createPerson(first, { lastName: 'Elsewhere' });
    const own = await createPerson(second, { lastName: 'Here' });
    expect(await nextRecord(stream)).toMatchObject({ type: 'person.created', recordId: own });
    // A position from the other workspace means nothing here: nothing of the other one is replayed.
    const { stream: resumed } = await connect(key, { 'last-event-id': '0' });
    expect(await nextRecord(resumed)).toMatchObject({ recordId: own });
  });

  it.runIf(dialect === 'postgres')(
    'listens again when its PostgreSQL connection is lost, and sends what was committed meanwhile',
    async () => {
      const owner = await signUpOwner(t.app);
      const { stream } = await connect(owner);
      await sql`select pg_terminate_backend(pid) from pg_stat_activity
        where query = 'LISTEN rapport_record_events' and pid <> pg_backend_pid()`.execute(t.app.db);
      const id = await createPerson(owner, { lastName: 'After the outage' });
      expect(await nextRecord(stream)).toMatchObject({ type: 'person.created', recordId: id });
      const later = await createPerson(owner, { lastName: 'Listening again' });
      expect(await nextRecord(stream)).toMatchObject({ type: 'person.created', recordId: later });
    },
  );

  it('holds a limited number of streams per credential and frees them when clients go', async () => {
    const owner = await signUpOwner(t.app);
    const open: EventStreamClient[] = [];
    for (let i = 0; i < 20; i++) open.push((await connect(owner)).stream);
    const refused = await openEventStream(`${base}/api/v1/events/stream`, credentials(owner));
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(await refused.text())).toMatchObject({ status: 429 });
    for (const stream of open) stream.close();
    // The server notices each closed connection on its own time: wait until it has freed a place.
    await vi.waitFor(async () => {
      const again = await openEventStream(`${base}/api/v1/events/stream`, credentials(owner));
      streams.push(again);
      expect(again.status).toBe(200);
    });
  });
});
