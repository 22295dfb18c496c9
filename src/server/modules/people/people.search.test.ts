import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpOwner, type Client, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

describe.each(testDialects())('people search on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(dialect);
    owner = await signUpOwner(t.app);
    const company = (await owner.post('/companies', { name: 'Mlékárna Kunín' })).json<{ id: string }>();
    const people = {
      jose: { firstName: 'José', lastName: 'García', jobTitle: 'Director Comercial' },
      lukasz: {
        firstName: 'Łukasz',
        lastName: 'Wiśniewski',
        emails: [{ email: 'l.wisniewski@przyklad.pl' }],
      },
      ivan: { firstName: 'Иван', lastName: 'Петров', phones: [{ number: '+359 (2) 987-6543' }] },
      zuzana: { firstName: 'Zuzana', lastName: 'Hrubá', city: 'Žilina', companyId: company.id },
    };
    for (const [key, body] of Object.entries(people)) {
      const response = await owner.post('/people', body);
      expect(response.statusCode, response.body).toBe(201);
      ids[key] = response.json<{ id: string }>().id;
    }
  });
  afterAll(async () => t.close());

  const viaSearch = async (q: string) => {
    const response = await owner.get(`/search?q=${encodeURIComponent(q)}&types=person`);
    expect(response.statusCode, response.body).toBe(200);
    return response
      .json<{ data: { entityId: string }[] }>()
      .data.map((hit) => hit.entityId)
      .sort();
  };
  const viaList = async (q: string) => {
    const response = await owner.get(`/people?q=${encodeURIComponent(q)}`);
    expect(response.statusCode, response.body).toBe(200);
    return response
      .json<{ data: { id: string }[] }>()
      .data.map((p) => p.id)
      .sort();
  };

  it.each([
    ['jose', 'jose'],
    ['JOSÉ garc', 'jose'],
    ['lukasz', 'lukasz'],
    ['Łukasz', 'lukasz'],
    ['wisniewski', 'lukasz'],
    ['иван', 'ivan'],
    ['ivan', 'ivan'],
    ['Иван', 'ivan'],
    ['petrov', 'ivan'],
    ['zilina', 'zuzana'],
    ['hruba', 'zuzana'],
    ['kunin', 'zuzana'],
    ['mlekarna', 'zuzana'],
    ['comercial', 'jose'],
    ['przyklad', 'lukasz'],
    ['l.wisniewski@przyklad.pl', 'lukasz'],
    ['l.wisniewski@przy', 'lukasz'],
    ['9876543', 'ivan'],
    ['987', 'ivan'],
    ['359298', 'ivan'],
  ])('finds %s by both /search and /people?q=', async (query, key) => {
    expect(await viaSearch(query)).toEqual([ids[key]]);
    expect(await viaList(query)).toEqual([ids[key]]);
  });

  it('finds nothing for words no one has', async () => {
    expect(await viaSearch('nobody')).toEqual([]);
    expect(await viaList('nobody')).toEqual([]);
  });
});
