import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpOwner, type Client, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

type Page = {
  data: { id: string; firstName: string; custom: Record<string, unknown> }[];
  nextCursor: string | null;
};
type Problem = { errors: { field: string; message: string }[] };

const choices = (...values: string[]) => values.map((value) => ({ value, label: value.toUpperCase() }));

/** One custom field of every type on people. */
async function defineFields(owner: Client) {
  const fields = [
    { key: 'nickname', type: 'text' },
    { key: 'score', type: 'number' },
    { key: 'budget', type: 'money' },
    { key: 'since', type: 'date' },
    { key: 'tier', type: 'select', choices: choices('gold', 'silver') },
    { key: 'langs', type: 'multiselect', choices: choices('sk', 'pl', 'bg') },
    { key: 'vip', type: 'boolean' },
    { key: 'site', type: 'url' },
    { key: 'altMail', type: 'email' },
    { key: 'fax', type: 'phone' },
  ];
  for (const field of fields) {
    const response = await owner.post('/custom-fields', { object: 'person', label: field.key, ...field });
    expect(response.statusCode, response.body).toBe(201);
  }
}

/** Five people: four with custom values of every filterable kind, one with none. */
async function seedCustomPeople(owner: Client) {
  await defineFields(owner);
  const people = [
    [
      'Ada',
      {
        score: 10,
        tier: 'gold',
        langs: ['sk', 'pl'],
        vip: true,
        since: '2023-05-01',
        budget: { amount: 500, currency: 'EUR' },
        nickname: 'Adka',
      },
    ],
    [
      'Bob',
      {
        score: 3,
        tier: 'silver',
        langs: ['bg'],
        vip: false,
        since: '2024-01-15',
        budget: { amount: 9000, currency: 'EUR' },
      },
    ],
    ['Cid', { score: 25.5, tier: 'gold', langs: ['pl'], since: '2022-12-31' }],
    ['Dan', {}],
    ['Eve', { score: -1, tier: 'silver', langs: ['sk'], vip: true, nickname: 'Evka' }],
  ] as const;
  for (const [firstName, custom] of people) {
    const response = await owner.post('/people', { firstName, custom });
    expect(response.statusCode, response.body).toBe(201);
  }
}

const firstNames = async (client: Client, url: string) => {
  const response = await client.get(url);
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json<Page>().data.map((p) => p.firstName);
};

describe.each(testDialects())('custom fields on people on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('validates every type on create and update, naming custom.<key>, writing nothing', async () => {
    const owner = await signUpOwner(t.app);
    await defineFields(owner);
    const valid = {
      nickname: 'Jano',
      score: 12.5,
      budget: { amount: 150_000, currency: 'EUR' },
      since: '2024-02-29',
      tier: 'gold',
      langs: ['sk', 'pl', 'sk'],
      vip: true,
      site: 'https://example.sk',
      altMail: 'jano@example.sk',
      fax: '+421 2 123 456',
    };
    const created = await owner.post('/people', { firstName: 'Ján', custom: valid });
    expect(created.statusCode, created.body).toBe(201);
    const person = created.json<{ id: string; custom: Record<string, unknown> }>();
    expect(person.custom).toEqual({ ...valid, langs: ['sk', 'pl'] });

    const bad: Record<string, unknown> = {
      nickname: 42,
      score: '12',
      budget: { amount: 1.5, currency: 'EUR' },
      since: '2024-02-30x',
      tier: 'platinum',
      langs: ['sk', 'de'],
      vip: 'yes',
      site: 'ftp://example.sk',
      altMail: 'not-mail',
      fax: 'call me',
      unknown: 1,
    };
    for (const [key, value] of Object.entries(bad)) {
      const response = await owner.post('/people', { firstName: 'Bad', custom: { [key]: value } });
      expect(response.statusCode, key).toBe(400);
      expect(response.json<Problem>().errors.map((e) => e.field)).toEqual([`custom.${key}`]);
      const patched = await owner.patch(`/people/${person.id}`, { custom: { [key]: value } });
      expect(patched.statusCode, key).toBe(400);
      expect(patched.json<Problem>().errors.map((e) => e.field)).toEqual([`custom.${key}`]);
    }
    const all = await owner.post('/people', { firstName: 'Bad', custom: bad });
    expect(all.json<Problem>().errors).toHaveLength(Object.keys(bad).length);
    expect(await firstNames(owner, '/people')).toEqual(['Ján']);
    expect((await owner.get(`/people/${person.id}`)).json<{ custom: unknown }>().custom).toEqual(
      person.custom,
    );
  });

  it('records custom field changes as custom.<key> in the history', async () => {
    const owner = await signUpOwner(t.app);
    await defineFields(owner);
    const person = (
      await owner.post('/people', { firstName: 'Eva', custom: { score: 3, tier: 'silver' } })
    ).json<{ id: string }>();
    await owner.patch(`/people/${person.id}`, { custom: { score: 7, tier: null, vip: false } });
    const history = (await owner.get(`/people/${person.id}/history`)).json<{
      data: { changes: Record<string, unknown> }[];
    }>().data;
    expect(history[0]!.changes).toEqual({
      'custom.score': { before: 3, after: 7 },
      'custom.tier': { before: 'silver', after: null },
      'custom.vip': { before: null, after: false },
    });
  });

  it('filters by custom fields of every kind', async () => {
    const owner = await signUpOwner(t.app);
    await seedCustomPeople(owner);
    const q = (query: string) => firstNames(owner, `/people?sort=firstName&${query}`);
    expect(await q('filter[custom.score][gte]=10')).toEqual(['Ada', 'Cid']);
    expect(await q('filter[custom.score][lt]=3')).toEqual(['Eve']);
    expect(await q('filter[custom.tier]=gold')).toEqual(['Ada', 'Cid']);
    expect(await q('filter[custom.tier][ne]=gold')).toEqual(['Bob', 'Dan', 'Eve']);
    expect(await q('filter[custom.langs]=pl')).toEqual(['Ada', 'Cid']);
    expect(await q('filter[custom.langs][in]=bg,sk')).toEqual(['Ada', 'Bob', 'Eve']);
    expect(await q('filter[custom.langs][empty]=true')).toEqual(['Dan']);
    expect(await q('filter[custom.vip]=true')).toEqual(['Ada', 'Eve']);
    expect(await q('filter[custom.vip]=false')).toEqual(['Bob']);
    expect(await q('filter[custom.since][gte]=2023-01-01&filter[custom.since][lt]=2024-12-31')).toEqual([
      'Ada',
      'Bob',
    ]);
    expect(await q('filter[custom.budget][gt]=1000')).toEqual(['Bob']);
    expect(await q('filter[custom.nickname][contains]=KA')).toEqual(['Ada', 'Eve']);
    expect(await q('filter[custom.score][empty]=true')).toEqual(['Dan']);
  });

  it('sorts and pages by custom fields and rejects filters that do not fit the type', async () => {
    const owner = await signUpOwner(t.app);
    await seedCustomPeople(owner);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = (
        await owner.get(`/people?sort=-custom.score&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      paged.push(...page.data.map((p) => p.firstName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(['Cid', 'Ada', 'Bob', 'Eve', 'Dan']);
    expect(await firstNames(owner, '/people?sort=custom.since,firstName')).toEqual([
      'Dan',
      'Eve',
      'Cid',
      'Ada',
      'Bob',
    ]);

    for (const [url, field] of [
      ['/people?filter[custom.score][gte]=ten', 'filter[custom.score][gte]'],
      ['/people?filter[custom.vip]=maybe', 'filter[custom.vip][eq]'],
      ['/people?filter[custom.langs][gt]=sk', 'filter[custom.langs][gt]'],
      ['/people?filter[custom.nope]=1', 'filter[custom.nope]'],
      ['/people?sort=custom.langs', 'sort'],
    ] as const) {
      const response = await owner.get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json<Problem>().errors[0]!.field).toBe(field);
    }
  });
});
