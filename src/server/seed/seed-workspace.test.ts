import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personType, type Person } from '../modules/people/people.record.js';
import { findRecord } from '../records/record-store.js';
import { upsertSearchDocument } from '../modules/search/search.repository.js';
import { foldText } from '../lib/text-fold.js';
import { addMember, createTestApp, signUpOwner, type Client, type TestApp } from '../testing/factories.js';
import { testDialects } from '../testing/test-database.js';
import { seedWorkspace, type SeedResult } from './seed-workspace.js';

const PEOPLE = 500;

type PersonView = Person & { companyName: string | null };

interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

async function listAll<T>(client: Client, url: string): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | null = null;
  do {
    const response = await client.get(
      `${url}${url.includes('?') ? '&' : '?'}limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(response.statusCode).toBe(200);
    const page = response.json<Page<T>>();
    all.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

describe.each(testDialects())('seeding a workspace on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let stranger: Client;
  let result: SeedResult;
  let people: PersonView[];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    owner = await signUpOwner(t.app);
    await addMember(owner, 'member');
    stranger = await signUpOwner(t.app);
    // The seed "test-3" was picked because it makes a Łukasz among its Poles.
    result = await seedWorkspace(t.app.db, {
      workspaceId: owner.info.workspaceId,
      people: PEOPLE,
      seed: 'test-3',
      batchSize: 120,
    });
    people = await listAll<PersonView>(owner, '/people');
  });
  afterAll(async () => t.close());

  it('reports and stores what it made', async () => {
    expect(result).toMatchObject({ workspaceId: owner.info.workspaceId, people: PEOPLE, companies: 33 });
    expect(people).toHaveLength(PEOPLE);
    expect(await listAll(owner, '/companies')).toHaveLength(33);
    const notes = await t.app.db
      .selectFrom('activities')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('workspace_id', '=', owner.info.workspaceId)
      .where('type', '=', 'note')
      .executeTakeFirstOrThrow();
    expect(Number(notes.n)).toBe(result.notes);
    // Seeded data is not an audited change (see seed-workspace.ts).
    const audit = await t.app.db
      .selectFrom('audit_log')
      .select('id')
      .where('workspace_id', '=', owner.info.workspaceId)
      .where('entity_type', '=', personType.entity)
      .execute();
    expect(audit).toHaveLength(0);
  });

  it('gives each person about ten activities, on their timelines and in their owners’ days', async () => {
    const rows = await t.app.db
      .selectFrom('activities')
      .select(['type', 'person_id', 'completed_at', 'due_at'])
      .where('workspace_id', '=', owner.info.workspaceId)
      .where('type', '<>', 'note')
      .execute();
    expect(rows).toHaveLength(result.activities);
    expect(result.activities / PEOPLE).toBeGreaterThan(8);
    expect(result.activities / PEOPLE).toBeLessThan(12);
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['call', 'email', 'meeting', 'task']));
    const someone = rows[0]!.person_id!;
    const timeline = (
      await owner.get(`/people/${someone}/timeline?kind=call,meeting,task,email_logged`)
    ).json<{
      data: { kind: string }[];
    }>().data;
    expect(timeline.length).toBe(rows.filter((r) => r.person_id === someone).length);
    const tasks = rows.filter((r) => r.type === 'task');
    expect(tasks.some((r) => r.completed_at === null) && tasks.some((r) => r.completed_at !== null)).toBe(
      true,
    );
  });

  it('spreads people over the members and their companies', async () => {
    expect(new Set(people.map((p) => p.ownerId)).size).toBe(2);
    const employed = people.filter((p) => p.companyId);
    expect(employed.length).toBeGreaterThan(PEOPLE / 2);
    const person = employed[0]!;
    const company = (await owner.get(`/companies/${person.companyId}`)).json<{
      name: string;
      domain: string;
    }>();
    expect(person.companyName).toBe(company.name);
    const colleagues = await listAll<PersonView>(owner, `/companies/${person.companyId}/people`);
    expect(colleagues.length).toBe(employed.filter((p) => p.companyId === person.companyId).length);
  });

  it('reads a seeded person the same way through the API and the repository', async () => {
    const person = people[123]!;
    const response = await owner.get(`/people/${person.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(person);
    const { companyName: _ignored, ...stored } = person;
    expect(await findRecord(t.app.db, personType, owner.info.workspaceId, person.id)).toEqual(stored);
  });

  it('filters and sorts on the server', async () => {
    const slovaks = await listAll<PersonView>(owner, '/people?filter[country]=SK&sort=lastName');
    expect(slovaks.length).toBe(people.filter((p) => p.country === 'SK').length);
    expect(slovaks.every((p) => p.country === 'SK')).toBe(true);
  });

  it('finds people by folded, accent-free and transliterated text', async () => {
    const lukasz = people.find((p) => p.firstName === 'Łukasz');
    expect(lukasz).toBeDefined();
    const query = encodeURIComponent(`lukasz ${foldText(lukasz!.lastName)}`);
    const hits = (await owner.get(`/search?q=${query}&types=person`)).json<{ data: { entityId: string }[] }>()
      .data;
    expect(hits.map((h) => h.entityId)).toContain(lukasz!.id);
    const listed = (await owner.get(`/people?q=${query}`)).json<Page<PersonView>>().data;
    expect(listed.map((p) => p.id)).toContain(lukasz!.id);

    const bulgarian = people.find((p) => p.country === 'BG')!;
    for (const q of [bulgarian.lastName, foldText(bulgarian.lastName)]) {
      const found = (await owner.get(`/people?q=${encodeURIComponent(`${bulgarian.firstName} ${q}`)}`)).json<
        Page<PersonView>
      >().data;
      expect(found.map((p) => p.id)).toContain(bulgarian.id);
    }
  });

  it('indexes exactly what the people service would', async () => {
    const person = people[42]!;
    const read = () =>
      t.app.db
        .selectFrom('search_documents')
        .select(['title', 'subtitle', 'body'])
        .where('workspace_id', '=', owner.info.workspaceId)
        .where('entity_id', '=', person.id)
        .executeTakeFirstOrThrow();
    const seeded = await read();
    const { companyName, ...stored } = person;
    await upsertSearchDocument(
      t.app.db,
      owner.info.workspaceId,
      personType.entity,
      person.id,
      personType.search(stored, { companyName }),
    );
    expect(await read()).toEqual(seeded);
  });

  it('shows another workspace none of it', async () => {
    expect((await stranger.get('/people')).json<Page<unknown>>().data).toHaveLength(0);
    expect((await stranger.get('/companies')).json<Page<unknown>>().data).toHaveLength(0);
    const name = encodeURIComponent(people[0]!.lastName);
    expect((await stranger.get(`/search?q=${name}`)).json<Page<unknown>>().data).toHaveLength(0);
    expect((await stranger.get(`/people/${people[0]!.id}`)).statusCode).toBe(404);
  });

  it('refuses an unknown workspace and a bad count', async () => {
    await expect(
      seedWorkspace(t.app.db, { workspaceId: '01a20000-0000-7000-8000-000000000000', people: 5, seed: 'x' }),
    ).rejects.toThrow('Workspace not found');
    await expect(
      seedWorkspace(t.app.db, { workspaceId: owner.info.workspaceId, people: 0, seed: 'x' }),
    ).rejects.toThrow('people');
  });

  // Last, because it changes the workspace the other tests read.
  it('adds to a workspace seeded before, batch by batch', async () => {
    const again = await seedWorkspace(t.app.db, {
      workspaceId: owner.info.workspaceId,
      people: 30,
      seed: 'seed-test',
      batchSize: 7,
    });
    expect(again.people).toBe(30);
    expect(await listAll(owner, '/people')).toHaveLength(PEOPLE + 30);
  });
});
