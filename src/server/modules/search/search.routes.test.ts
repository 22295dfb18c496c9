import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../db/migrate.js';
import {
  addWithRole,
  allPages,
  createTestApp,
  signUpOwner,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { openTestDatabase, testDialects } from '../../testing/test-database.js';
import { createWorkspace } from '../workspaces/workspaces.service.js';
import { searchDocuments } from './search.repository.js';

type Problem = { errors: { field: string }[] };

interface Hit {
  entityType: string;
  entityId: string;
  title: string;
  rank: number;
}

describe.each(testDialects())('global search on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    owner = await signUpOwner(t.app);
    await owner.post('/people', { firstName: 'Maria', lastName: 'Ivanova' });
    await owner.post('/people', { firstName: 'Petra', lastName: 'Novak', jobTitle: 'Ivanhoe partner' });
    await owner.post('/companies', { name: 'Ivanko Trade' });
    await owner.post('/people', { firstName: 'Ivan', lastName: 'Petrov' });
    await owner.post('/people', { firstName: 'Иван', lastName: 'Смирнов' });
  });
  afterAll(async () => t.close());

  const search = async (client: Client, query: string) => {
    const response = await client.get(`/search?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ data: Hit[] }>().data.map((hit) => `${hit.rank} ${hit.title}`);
  };

  it('ranks whole name words first, then name words that start with the query, then other text', async () => {
    expect(await search(owner, 'q=ivan')).toEqual([
      '3 Ivan Petrov',
      '3 Иван Смирнов',
      '2 Maria Ivanova',
      '2 Ivanko Trade',
      '1 Petra Novak',
    ]);
    expect(await search(owner, 'q=IVAN%20petr')).toEqual(['2 Ivan Petrov', '1 Petra Novak']);
    expect(await search(owner, 'q=ivan%20petrov')).toEqual(['3 Ivan Petrov']);
    expect(await search(owner, 'q=partner')).toEqual(['1 Petra Novak']);
  });

  it('keeps to the limit and the types asked for across tiers', async () => {
    expect(await search(owner, 'q=ivan&types=person&limit=3')).toEqual([
      '3 Ivan Petrov',
      '3 Иван Смирнов',
      '2 Maria Ivanova',
    ]);
    // Which of a tier's matches fill the last places is the index's choice; their rank is not.
    const three = await search(owner, 'q=ivan&limit=3');
    expect(three.slice(0, 2)).toEqual(['3 Ivan Petrov', '3 Иван Смирнов']);
    expect(['2 Maria Ivanova', '2 Ivanko Trade']).toContain(three[2]);
    expect(await search(owner, 'q=ivan&types=company')).toEqual(['2 Ivanko Trade']);
    expect(await search(owner, 'q=ivan&types=person&limit=4')).toEqual([
      '3 Ivan Petrov',
      '3 Иван Смирнов',
      '2 Maria Ivanova',
      '1 Petra Novak',
    ]);
    expect(await search(owner, 'q=%2B%2B%2B')).toEqual([]);
  });

  it('rejects bad input naming the parameter', async () => {
    for (const [query, field] of [
      ['', 'q'],
      ['q=%20', 'q'],
      ['q=ivan&types=spaceship', 'types'],
      ['q=ivan&limit=0', 'limit'],
      ['q=ivan&limit=51', 'limit'],
      ['q=ivan&limit=many', 'limit'],
    ] as const) {
      const response = await owner.get(`/search?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const fields = response.json<Problem>().errors.map((e) => e.field);
      expect(
        fields.some((name) => name.split('.')[0] === field),
        `${query}: ${fields.join()}`,
      ).toBe(true);
    }
  });

  it('never shows another workspace, nor types the actor reads only in part', async () => {
    const stranger = await signUpOwner(t.app);
    expect(await search(stranger, 'q=ivan')).toEqual([]);
    const role = await owner.post('/roles', {
      name: 'Own people only',
      permissions: { people: { read: 'own' }, companies: { read: 'all' } },
    });
    expect(role.statusCode, role.body).toBe(201);
    const seller = await addWithRole(owner, role.json<{ id: string }>().id);
    expect(await search(seller, 'q=ivan')).toEqual(['2 Ivanko Trade']);
  });
});

describe.each(testDialects())('search names migration on %s', (dialect) => {
  it('indexes the names of records that were there before it', async () => {
    const { db, close } = await openTestDatabase(dialect, '20261123140000_people_default_sort_index');
    try {
      const { workspaceId } = await createWorkspace(db, {
        name: 'Before',
        ownerEmail: 'before@example.com',
        ownerPassword: 'before-password-1',
      });
      const docs = [
        ['0190f0f0-0000-7000-8000-000000000001', 'Ivan Kovač', 'ivan kovac sofia'],
        ['0190f0f0-0000-7000-8000-000000000002', 'Jana Ivanová', 'jana ivanova'],
      ];
      for (const [entityId, title, body] of docs)
        await sql`insert into search_documents (workspace_id, entity_type, entity_id, title, subtitle, body)
          values (${workspaceId}, 'person', ${entityId}, ${title}, null, ${body})`.execute(db);
      await migrateToLatest(db);
      const hits = await searchDocuments(db, workspaceId, 'ivan', 'all', 10);
      expect(hits.map((hit) => [hit.title, hit.rank])).toEqual([
        ['Ivan Kovač', 3],
        ['Jana Ivanová', 2],
      ]);
      expect(
        (await searchDocuments(db, workspaceId, 'kovac', ['person'], 10)).map((hit) => hit.rank),
      ).toEqual([3]);
    } finally {
      await close();
    }
  });
});

describe.each(testDialects())('lists narrowed by q on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    owner = await signUpOwner(t.app);
    await owner.post('/people', { firstName: 'Maria', lastName: 'Ivanova', country: 'BG' });
    await owner.post('/people', { firstName: 'Petra', lastName: 'Novak', jobTitle: 'Ivanhoe partner' });
    await owner.post('/people', { firstName: 'Ivan', lastName: 'Petrov', country: 'BG' });
    await owner.post('/people', { firstName: 'Иван', lastName: 'Смирнов', country: 'RU' });
  });
  afterAll(async () => t.close());

  interface Page {
    data: { firstName: string }[];
    nextCursor: string | null;
  }
  const walk = async (client: Client, query: string) =>
    (await allPages<{ firstName: string }>(client, `/people?${query}`)).map((p) => p.firstName);

  it('comes best match first without a sort, and pages through every match', async () => {
    const best = ['Ivan', 'Иван', 'Maria', 'Petra'];
    expect(await walk(owner, 'q=ivan')).toEqual(best);
    expect(await walk(owner, 'q=ivan&limit=1')).toEqual(best);
    expect(await walk(owner, 'q=ivan&limit=3')).toEqual(best);
    expect(await walk(owner, 'q=ivan&filter[country]=BG&limit=1')).toEqual(['Ivan', 'Maria']);
    expect(await walk(owner, 'q=nobody')).toEqual([]);
  });

  it('keeps a sort of its own when given one', async () => {
    expect(await walk(owner, 'q=ivan&sort=-lastName&limit=2')).toEqual(['Иван', 'Ivan', 'Petra', 'Maria']);
  });

  it('finds the few matches that pass a filter among many that do not', async () => {
    const other = await signUpOwner(t.app);
    for (let i = 0; i < 45; i++)
      await other.post('/people', {
        firstName: `Ola${i}`,
        lastName: 'Olsen',
        country: i % 20 === 7 ? 'SK' : 'PL',
      });
    expect(await walk(other, 'q=olsen&filter[country]=SK&limit=1')).toEqual(['Ola7', 'Ola27']);
    expect(await walk(other, 'q=olsen&filter[country]=CZ')).toEqual([]);
    expect((await walk(other, 'q=ola&limit=7')).length).toBe(45);
  });

  it('searches the trash from the trash list only, and forgets it on restore', async () => {
    const other = await signUpOwner(t.app);
    await other.post('/people', { firstName: 'Radka', lastName: 'Trashová' });
    const binned = (await other.post('/people', { firstName: 'Radim', lastName: 'Trash' })).json<{
      id: string;
    }>();
    expect((await other.delete(`/people/${binned.id}`)).statusCode).toBe(204);
    const inTrash = async (query: string) =>
      (await allPages<{ firstName: string }>(other, `/people?deleted=true&${query}`)).map((p) => p.firstName);
    const commandBar = async () =>
      (await other.get('/search?q=trash')).json<{ data: { title: string }[] }>().data.map((hit) => hit.title);
    expect(await commandBar()).toEqual(['Radka Trashová']);
    expect(await walk(other, 'q=trash')).toEqual(['Radka']);
    expect(await inTrash('q=trash')).toEqual(['Radim']);
    expect(await inTrash('q=trash&sort=firstName')).toEqual(['Radim']);
    expect(await inTrash('q=radka')).toEqual([]);
    expect((await other.post(`/people/${binned.id}/restore`)).statusCode).toBe(200);
    expect(await commandBar()).toEqual(['Radim Trash', 'Radka Trashová']);
    expect(await inTrash('q=trash')).toEqual([]);
  });

  it('rejects a cursor from another order', async () => {
    const sorted = (await owner.get('/people?limit=1')).json<Page>();
    const searched = (await owner.get('/people?q=ivan&limit=1')).json<Page>();
    for (const query of [
      `q=ivan&cursor=${sorted.nextCursor}`,
      `cursor=${searched.nextCursor}`,
      `q=ivan&cursor=${Buffer.from(JSON.stringify(['q', 'x', 1])).toString('base64url')}`,
    ]) {
      const response = await owner.get(`/people?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json<Problem>().errors.map((e) => e.field)).toEqual(['cursor']);
    }
  });

  it('shows only the matches the actor may read, and nothing of another workspace', async () => {
    const role = await owner.post('/roles', {
      name: 'Own people',
      permissions: { people: { read: 'own', create: 'all' } },
    });
    expect(role.statusCode, role.body).toBe(201);
    const seller = await addWithRole(owner, role.json<{ id: string }>().id);
    expect((await seller.post('/people', { firstName: 'Ivana', lastName: 'Own' })).statusCode).toBe(201);
    expect(await walk(seller, 'q=ivan')).toEqual(['Ivana']);
    expect(await walk(seller, 'q=ivan&sort=firstName')).toEqual(['Ivana']);
    expect(await walk(await signUpOwner(t.app), 'q=ivan')).toEqual([]);
  });
});
