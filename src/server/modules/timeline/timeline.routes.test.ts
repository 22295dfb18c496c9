import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../lib/ids.js';
import {
  addMember,
  addWithRole,
  apiKeyClient,
  createTestApp,
  signUpOwner,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';
import { insertTimelineEvents, type StoredTimelineEvent } from './timeline.repository.js';

interface Event {
  id: string;
  kind: string;
  occurredAt: string;
  actor: { type: string; id: string | null; name: string | null };
  subject: { type: string; id: string; name: string | null } | null;
  ref: { type: string; id: string } | null;
  data: Record<string, unknown>;
}
type Page = { data: Event[]; nextCursor: string | null };
type Problem = { errors: { field: string }[] };

async function created(client: Client, path: string, body: unknown) {
  const response = await client.post(path, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

async function timeline(client: Client, path: string): Promise<Page> {
  const response = await client.get(path);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page>();
}

/** Every event of a timeline, following the cursor `limit` at a time. */
async function allEvents(client: Client, path: string, limit: number): Promise<Event[]> {
  const events: Event[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    expect(++pages, 'the cursor must move on').toBeLessThan(200);
    const separator = path.includes('?') ? '&' : '?';
    const page = await timeline(
      client,
      `${path}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(page.data.length).toBeLessThanOrEqual(limit);
    events.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return events;
}

async function roleWith(owner: Client, name: string, permissions: Record<string, Record<string, string>>) {
  return created(owner, '/roles', { name, permissions });
}

describe.each(testDialects())('record timelines on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('records creation, changes with their fields, trash and restore, newest first', async () => {
    const owner = await signUpOwner(t.app);
    const acme = await created(owner, '/companies', { name: 'Acme' });
    const globex = await created(owner, '/companies', { name: 'Globex' });
    const personId = await created(owner, '/people', { firstName: 'Mária', companyId: acme });
    const key = await apiKeyClient(owner);
    expect((await key.patch(`/people/${personId}`, { jobTitle: 'CFO', companyId: globex })).statusCode).toBe(
      200,
    );
    expect((await owner.patch(`/people/${personId}`, { jobTitle: 'CFO' })).statusCode).toBe(200);
    expect((await owner.delete(`/people/${personId}`)).statusCode).toBe(204);
    expect((await owner.post(`/people/${personId}/restore`)).statusCode).toBe(200);

    const events = (await timeline(owner, `/people/${personId}/timeline`)).data;
    expect(events.map((e) => e.kind)).toEqual(['restored', 'deleted', 'change', 'created']);
    const change = events[2]!;
    expect(change.actor).toMatchObject({ type: 'api_key', name: 'owner key' });
    expect(change.actor.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(change.data).toEqual({
      changes: {
        jobTitle: { before: null, after: 'CFO' },
        companyId: { before: acme, after: globex },
      },
      names: { companyId: { before: 'Acme', after: 'Globex' } },
    });
    expect(events[3]!.actor).toEqual({ type: 'user', id: owner.info.userId, name: 'Olga Owner' });
    expect(events.every((e) => e.subject === null && e.ref === null)).toBe(true);
    // The person's changes stay on the person: the companies' timelines show only their own creation.
    expect((await timeline(owner, `/companies/${acme}/timeline`)).data.map((e) => e.kind)).toEqual([
      'created',
    ]);
  });

  it('shows notes as added, edited and deleted, on the record and on the records it refers to', async () => {
    const owner = await signUpOwner(t.app);
    const acme = await created(owner, '/companies', { name: 'Acme' });
    const personId = await created(owner, '/people', {
      firstName: 'Ján',
      lastName: 'Novák',
      companyId: acme,
    });
    const long = `${'Ďakujem '.repeat(40)}\n${'x'.repeat(300)}`;
    const noteId = await created(owner, '/notes', { entityType: 'person', entityId: personId, body: long });
    expect((await owner.patch(`/notes/${noteId}`, { body: 'Wants a quote by Friday' })).statusCode).toBe(200);

    const onPerson = (await timeline(owner, `/people/${personId}/timeline?kind=note`)).data;
    expect(onPerson.map((e) => e.data)).toEqual([
      { action: 'edited', excerpt: 'Wants a quote by Friday' },
      { action: 'added', excerpt: `${Array.from(long).slice(0, 280).join('').trimEnd()}…` },
    ]);
    expect(onPerson[0]!.ref).toEqual({ type: 'activity', id: noteId });
    const onCompany = (await timeline(owner, `/companies/${acme}/timeline`)).data;
    expect(onCompany.map((e) => [e.kind, e.data.action])).toEqual([
      ['note', 'edited'],
      ['note', 'added'],
      ['created', undefined],
    ]);
    expect(onCompany[0]!.subject).toEqual({ type: 'person', id: personId, name: 'Ján Novák' });

    expect((await owner.delete(`/notes/${noteId}`)).statusCode).toBe(204);
    for (const path of [`/people/${personId}/timeline?kind=note`, `/companies/${acme}/timeline?kind=note`]) {
      const events = (await timeline(owner, path)).data;
      expect(events.map((e) => e.data)).toEqual([{ action: 'deleted' }]);
    }
  });

  it('pages by cursor through events that share a moment, with and without a kind filter', async () => {
    const owner = await signUpOwner(t.app);
    const personId = await created(owner, '/people', { firstName: 'Tie' });
    const moments = ['2026-01-01T10:00:00.000Z', '2026-01-01T10:00:00.000Z', '2026-01-02T08:30:00.000Z'];
    const seeded: StoredTimelineEvent[] = [];
    for (let i = 0; i < 21; i++) {
      seeded.push({
        id: uuidv7(),
        recordType: 'person',
        recordId: personId,
        kind: i % 3 === 0 ? 'note' : 'change',
        occurredAt: moments[i % moments.length]!,
        actorType: 'system',
        actorId: null,
        subjectType: null,
        subjectId: null,
        refType: i % 3 === 0 ? 'note' : null,
        refId: i % 3 === 0 ? uuidv7() : null,
        refOwnerId: null,
        data:
          i % 3 === 0
            ? { action: 'added', excerpt: `note ${i}` }
            : { changes: { city: { before: null, after: `c${i}` } } },
      });
    }
    // Written in shuffled order: the page order comes from (occurredAt, id), not from insertion.
    await insertTimelineEvents(
      t.app.db,
      owner.info.workspaceId,
      [...seeded].sort(() => Math.random() - 0.5),
    );
    const newestFirst = (events: { occurredAt: string; id: string }[]) =>
      [...events].sort((a, b) =>
        a.occurredAt === b.occurredAt ? (a.id < b.id ? 1 : -1) : a.occurredAt < b.occurredAt ? 1 : -1,
      );
    const live = (await timeline(owner, `/people/${personId}/timeline`)).data.find(
      (e) => e.kind === 'created',
    )!;
    const everything = newestFirst([...seeded, live]).map((e) => e.id);
    for (const limit of [1, 2, 5, 50])
      expect((await allEvents(owner, `/people/${personId}/timeline`, limit)).map((e) => e.id)).toEqual(
        everything,
      );

    const notes = newestFirst(seeded.filter((e) => e.kind === 'note')).map((e) => e.id);
    expect((await allEvents(owner, `/people/${personId}/timeline?kind=note`, 2)).map((e) => e.id)).toEqual(
      notes,
    );
    const notesAndCreation = newestFirst([...seeded.filter((e) => e.kind === 'note'), live]).map((e) => e.id);
    expect(
      (await allEvents(owner, `/people/${personId}/timeline?kind=created,note`, 3)).map((e) => e.id),
    ).toEqual(notesAndCreation);
    expect((await timeline(owner, `/people/${personId}/timeline?kind=restored`)).data).toEqual([]);
  });

  it('lets readers of the record read its timeline, and shows notes only to readers of notes', async () => {
    const owner = await signUpOwner(t.app);
    const viewer = await addMember(owner, 'viewer');
    const acme = await created(owner, '/companies', { name: 'Acme' });
    const personId = await created(owner, '/people', { firstName: 'Eva', companyId: acme });
    await created(owner, '/notes', { entityType: 'person', entityId: personId, body: 'Owner note' });
    expect((await timeline(viewer, `/people/${personId}/timeline`)).data.map((e) => e.kind)).toEqual([
      'note',
      'created',
    ]);

    const noNotes = await addWithRole(
      owner,
      await roleWith(owner, 'No notes', { people: { read: 'all' }, companies: { read: 'all' } }),
    );
    expect((await timeline(noNotes, `/people/${personId}/timeline`)).data.map((e) => e.kind)).toEqual([
      'created',
    ]);
    expect((await timeline(noNotes, `/people/${personId}/timeline?kind=note`)).data).toEqual([]);

    const ownNotesRole = await roleWith(owner, 'Own notes', {
      people: { read: 'all' },
      companies: { read: 'all' },
      activities: { read: 'own', create: 'all' },
    });
    const writer = await addWithRole(owner, ownNotesRole, 'writer');
    await created(writer, '/notes', { entityType: 'person', entityId: personId, body: 'Mine' });
    const seen = (await timeline(writer, `/people/${personId}/timeline?kind=note`)).data;
    expect(seen.map((e) => e.data.excerpt)).toEqual(['Mine']);

    // Notes about a person show on the company only to roles that read every person.
    const companiesOnly = await addWithRole(
      owner,
      await roleWith(owner, 'Companies only', {
        companies: { read: 'all' },
        people: { read: 'own' },
        activities: { read: 'all' },
      }),
    );
    expect((await timeline(owner, `/companies/${acme}/timeline?kind=note`)).data).toHaveLength(2);
    expect((await timeline(companiesOnly, `/companies/${acme}/timeline?kind=note`)).data).toEqual([]);
    // …and the person's own timeline follows the person's read scope, like the person itself.
    expect((await companiesOnly.get(`/people/${personId}/timeline`)).statusCode).toBe(
      (await companiesOnly.get(`/people/${personId}`)).statusCode,
    );
    const nothing = await addWithRole(owner, await roleWith(owner, 'Nothing', {}), 'nothing');
    expect((await nothing.get(`/people/${personId}/timeline`)).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/people/${personId}/timeline` })).statusCode,
    ).toBe(401);
  });

  it('keeps sensitive fields out of change events for roles that may not see them', async () => {
    const owner = await signUpOwner(t.app);
    const manager = await addMember(owner, 'manager');
    const member = await addMember(owner, 'member');
    const productId = await created(owner, '/products', {
      sku: 'S-1',
      name: 'Widget',
      cost: { amount: 100, currency: 'EUR' },
    });
    await owner.patch(`/products/${productId}`, {
      name: 'Widget Pro',
      cost: { amount: 120, currency: 'EUR' },
    });
    for (const amount of [130, 140, 150])
      expect(
        (await owner.patch(`/products/${productId}`, { cost: { amount, currency: 'EUR' } })).statusCode,
      ).toBe(200);

    const managerSees = await allEvents(manager, `/products/${productId}/timeline`, 2);
    expect(managerSees.map((e) => e.kind)).toEqual(['change', 'change', 'change', 'change', 'created']);
    expect(managerSees[3]!.data.changes).toHaveProperty('cost');

    // The three changes of the cost alone are not there at all; the mixed one shows its name only.
    for (const limit of [1, 2, 50]) {
      const memberSees = await allEvents(member, `/products/${productId}/timeline`, limit);
      expect(memberSees.map((e) => e.kind)).toEqual(['change', 'created']);
      expect(memberSees[0]!.data.changes).toEqual({ name: { before: 'Widget', after: 'Widget Pro' } });
      // The events' data only: ids and times are random and may hold the digits.
      expect(JSON.stringify(memberSees.map((event) => event.data))).not.toMatch(/cost|150/);
    }
  });

  it('keeps workspaces apart', async () => {
    const a = await signUpOwner(t.app);
    const b = await signUpOwner(t.app);
    const personId = await created(a, '/people', { firstName: 'Secret' });
    await created(a, '/notes', { entityType: 'person', entityId: personId, body: 'Secret note' });
    const response = await b.get(`/people/${personId}/timeline`);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect((await b.get(`/companies/${personId}/timeline`)).statusCode).toBe(404);
    // The same record id in another workspace sees nothing of the first one's events.
    const own = await created(b, '/people', { firstName: 'Other' });
    const page = await timeline(b, `/people/${own}/timeline`);
    expect(page.data.map((e) => e.kind)).toEqual(['created']);
  });

  it('rejects bad input with problem+json naming the parameter', async () => {
    const owner = await signUpOwner(t.app);
    const personId = await created(owner, '/people', { firstName: 'Bad' });
    const forged = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
    const cases: [string, string][] = [
      ['kind=bogus', 'kind'],
      ['kind=note,calls', 'kind'],
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['limit=many', 'limit'],
      ['cursor=abc', 'cursor'],
      [`cursor=${forged(['2026-01-01T00:00:00.000Z'])}`, 'cursor'],
      [`cursor=${forged(['yesterday', uuidv7()])}`, 'cursor'],
      [`cursor=${forged(['2026-02-30T00:00:00.000Z', uuidv7()])}`, 'cursor'],
      [`cursor=${forged(['2026-01-01T00:00:00.000Z', 'not-a-uuid'])}`, 'cursor'],
      [`cursor=${forged([1, 2])}`, 'cursor'],
    ];
    for (const [query, field] of cases) {
      const response = await owner.get(`/people/${personId}/timeline?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(
        response.json<Problem>().errors.map((e) => e.field),
        query,
      ).toContain(field);
    }
    const badId = await owner.get('/people/not-a-uuid/timeline');
    expect(badId.statusCode).toBe(400);
    expect(badId.json<Problem>().errors[0]!.field).toBe('id');
    expect((await owner.get(`/people/${uuidv7()}/timeline`)).statusCode).toBe(404);
  });
});
