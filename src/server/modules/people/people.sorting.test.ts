import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../db/migrate.js';
import { allPages, createTestApp, signUpOwner, type Client, type TestApp } from '../../testing/factories.js';
import { openTestDatabase, testDialects } from '../../testing/test-database.js';
import { createWorkspace } from '../workspaces/workspaces.service.js';

const ALPHABETICAL = [
  'adams',
  'Łukasiewicz',
  'Lupták',
  'Novák',
  'Sedlák',
  'Šimko',
  'Zeman',
  'Иванов',
  'Йорданов',
];

describe.each(testDialects())('alphabetical lists on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    owner = await signUpOwner(t.app);
    const shuffled = [
      'Zeman',
      'Йорданов',
      'Šimko',
      'adams',
      'Novák',
      'Иванов',
      'Lupták',
      'Sedlák',
      'Łukasiewicz',
    ];
    for (const [i, lastName] of shuffled.entries()) {
      const city = i % 2 === 0 ? 'Žilina' : 'Zvolen';
      expect((await owner.post('/people', { firstName: 'A', lastName, city })).statusCode).toBe(201);
    }
  });
  afterAll(async () => t.close());

  const walk = async (query: string) =>
    (await allPages<{ lastName: string }>(owner, `/people?${query}`)).map((p) => p.lastName);

  it('sorts names by letter, not by code point, in both directions and across pages', async () => {
    expect(await walk('sort=lastName')).toEqual(ALPHABETICAL);
    expect(await walk('sort=lastName&limit=2')).toEqual(ALPHABETICAL);
    expect(await walk('sort=-lastName&limit=4')).toEqual([...ALPHABETICAL].reverse());
    expect(await walk('limit=3')).toEqual(ALPHABETICAL);
  });

  it('sorts company names the same way', async () => {
    for (const name of ['Zeta', 'Łódź Software', 'Ábaco', 'beta'])
      expect((await owner.post('/companies', { name })).statusCode).toBe(201);
    const response = await owner.get('/companies?sort=name');
    expect(response.json<{ data: { name: string }[] }>().data.map((c) => c.name)).toEqual([
      'Ábaco',
      'beta',
      'Łódź Software',
      'Zeta',
    ]);
  });

  it('compares filters alphabetically and matches values exactly', async () => {
    expect(await walk('filter[lastName]=Šimko')).toEqual(['Šimko']);
    expect(await walk('filter[lastName]=simko')).toEqual([]);
    expect(await walk('filter[lastName][lt]=M')).toEqual(['adams', 'Łukasiewicz', 'Lupták']);
    expect(await walk('filter[lastName][in]=Novák,Zeman')).toEqual(['Novák', 'Zeman']);
    expect(await walk('filter[lastName][ne]=Novák&sort=lastName')).toHaveLength(ALPHABETICAL.length - 1);
    expect((await walk('filter[city]=Žilina')).length).toBe(5);
    // Žilina (z) before Zvolen (zv): the háček does not put Ž after every other Z.
    expect(await walk('sort=city,lastName&limit=5')).toEqual([
      ...['Łukasiewicz', 'Lupták', 'Novák', 'Šimko', 'Zeman'],
      ...['adams', 'Sedlák', 'Иванов', 'Йорданов'],
    ]);
  });
});

describe.each(testDialects())('sort keys migration on %s', (dialect) => {
  it('keys the people and companies that were there before it', async () => {
    const { db, close } = await openTestDatabase(dialect, '20261124090000_search_names');
    try {
      const { workspaceId } = await createWorkspace(db, {
        name: 'Before',
        ownerEmail: 'before@example.com',
        ownerPassword: 'before-password-1',
      });
      const now = new Date().toISOString();
      for (const [i, lastName] of ['Zeman', 'Łukasiewicz', 'adams'].entries()) {
        const id = `0190f0f0-0000-7000-8000-00000000000${i}`;
        await sql`insert into people (workspace_id, id, first_name, last_name, emails, phones, tags, custom, city, created_at, updated_at)
          values (${workspaceId}, ${id}, 'A', ${lastName}, '[]', '[]', '[]', '{}', ${i === 1 ? null : 'Žilina'}, ${now}, ${now})`.execute(
          db,
        );
        await sql`insert into companies (workspace_id, id, name, tags, custom, created_at, updated_at)
          values (${workspaceId}, ${id}, ${lastName}, '[]', '{}', ${now}, ${now})`.execute(db);
      }
      await migrateToLatest(db);
      const keyed = await sql<{ last_name: string; city_key: string | null }>`
        select last_name, city_key from people order by last_name_key`.execute(db);
      expect(keyed.rows.map((row) => row.last_name)).toEqual(['adams', 'Łukasiewicz', 'Zeman']);
      expect(keyed.rows.map((row) => row.city_key === null)).toEqual([false, true, false]);
      const companies = await sql<{ name: string }>`select name from companies order by name_key`.execute(db);
      expect(companies.rows.map((row) => row.name)).toEqual(['adams', 'Łukasiewicz', 'Zeman']);
    } finally {
      await close();
    }
  });
});
