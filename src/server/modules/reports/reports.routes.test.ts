import qs from 'qs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  addWithRole,
  createTestApp,
  signUpOwner,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

type Row = {
  keys: { value: unknown; label: string | null }[];
  values: unknown[];
  others: boolean;
  filter: Record<string, unknown> | null;
};
type Result = { rows: Row[]; table: string };
type Problem = { errors?: { field: string; message: string }[] };

/** Six companies counted by hand below; one more in the trash, which no report counts. */
const COMPANIES = [
  { name: 'Alfa', country: 'BG', industry: 'Dairy', revenue: [1000, 'EUR'], at: '2026-01-15T10:00:00.000Z' },
  { name: 'Beta', country: 'BG', industry: 'dairy', revenue: [3000, 'EUR'], at: '2026-01-31T23:30:00.000Z' },
  { name: 'Gama', country: 'BG', industry: 'Banking', revenue: [500, 'BGN'], at: '2026-02-01T00:10:00.000Z' },
  { name: 'Delta', country: 'SK', industry: 'Dairy', revenue: null, at: '2026-04-02T08:00:00.000Z' },
  { name: 'Ema', country: null, industry: 'Banking', revenue: [2000, 'EUR'], at: '2026-04-03T08:00:00.000Z' },
] as const;

async function seedCompanies(client: Client) {
  const ids: string[] = [];
  for (const c of COMPANIES) {
    const created = await client.post('/companies', {
      name: c.name,
      country: c.country,
      industry: c.industry,
      annualRevenue: c.revenue ? { amount: c.revenue[0], currency: c.revenue[1] } : null,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    ids.push(id);
    await client.app.db.updateTable('companies').set({ created_at: c.at }).where('id', '=', id).execute();
  }
  const trashed = await client.post('/companies', {
    name: 'Gone',
    country: 'SK',
    annualRevenue: { amount: 7000, currency: 'EUR' },
  });
  await client.delete(`/companies/${trashed.json<{ id: string }>().id}`);
  return ids;
}

const run = async (client: Client, definition: unknown, context?: unknown) => {
  const response = await client.post('/reports/run', { definition, ...(context ? { context } : {}) });
  return response;
};
const rowsOf = async (client: Client, definition: unknown, context?: unknown) => {
  const response = await run(client, definition, context);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Result>().rows;
};

describe.each(testDialects())('reports on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('counts, sums per currency, averages and counts distinct values as counted by hand', async () => {
    const owner = await signUpOwner(t.app);
    await seedCompanies(owner);
    const rows = await rowsOf(owner, {
      object: 'company',
      groupBy: [{ field: 'country' }],
      measures: [
        { op: 'count' },
        { op: 'sum', field: 'annualRevenue' },
        { op: 'avg', field: 'annualRevenue' },
        { op: 'distinct', field: 'industry' },
        { op: 'max', field: 'createdAt' },
      ],
    });
    expect(rows.map((r) => [r.keys[0]!.value, ...r.values])).toEqual([
      [
        null,
        1,
        [{ amount: 2000, currency: 'EUR' }],
        [{ amount: 2000, currency: 'EUR' }],
        1,
        '2026-04-03T08:00:00.000Z',
      ],
      [
        'BG',
        3,
        [
          { amount: 500, currency: 'BGN' },
          { amount: 4000, currency: 'EUR' },
        ],
        [
          { amount: 500, currency: 'BGN' },
          { amount: 2000, currency: 'EUR' },
        ],
        3, // Dairy, dairy and Banking: the list's filter also tells the two spellings apart
        '2026-02-01T00:10:00.000Z',
      ],
      ['SK', 1, [], [], 1, '2026-04-02T08:00:00.000Z'],
    ]);
  });

  it('buckets dates by UTC month and week, groups by two fields, and keeps the top N with the others', async () => {
    const owner = await signUpOwner(t.app);
    await seedCompanies(owner);
    const byMonth = await rowsOf(owner, {
      object: 'company',
      groupBy: [{ field: 'createdAt', bucket: 'month' }, { field: 'industry' }],
      measures: [{ op: 'count' }],
    });
    expect(byMonth.map((r) => [r.keys[0]!.value, r.keys[1]!.value, r.values[0]])).toEqual([
      ['2026-01', 'Dairy', 1],
      ['2026-01', 'dairy', 1],
      ['2026-02', 'Banking', 1],
      ['2026-04', 'Banking', 1],
      ['2026-04', 'Dairy', 1],
    ]);
    const byWeek = await rowsOf(owner, {
      object: 'company',
      groupBy: [{ field: 'createdAt', bucket: 'week' }],
      measures: [{ op: 'count' }],
    });
    // Saturday 31 January 23:30 and Sunday 1 February 00:10 UTC are in the week from Monday 26 January.
    expect(byWeek.map((r) => [r.keys[0]!.value, r.values[0]])).toEqual([
      ['2026-01-12', 1],
      ['2026-01-26', 2],
      ['2026-03-30', 2],
    ]);
    const quarters = await rowsOf(owner, {
      object: 'company',
      groupBy: [{ field: 'createdAt', bucket: 'quarter' }],
      measures: [{ op: 'count' }],
      top: 1,
    });
    expect(quarters.map((r) => [r.keys[0]!.value, r.values[0], r.others])).toEqual([
      ['2026-Q1', 3, false],
      [null, 2, true],
    ]);
  });

  it('drills down to a list filter that the list and its CSV export read, with a dashboard range', async () => {
    const owner = await signUpOwner(t.app);
    const ids = await seedCompanies(owner);
    const rows = await rowsOf(
      owner,
      { object: 'company', groupBy: [{ field: 'country' }], measures: [{ op: 'count' }] },
      { from: '2026-01-20', to: '2026-03-31' },
    );
    const bg = rows.find((r) => r.keys[0]!.value === 'BG')!;
    expect(bg.values[0]).toBe(2);
    const query = qs.stringify({ filter: bg.filter });
    const list = await owner.get(`/companies?${query}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(
      list
        .json<{ data: { id: string }[] }>()
        .data.map((c) => c.id)
        .sort(),
    ).toEqual([ids[1], ids[2]].sort());
    const csv = await owner.get(`/companies/export?${query}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.trim().split('\n')).toHaveLength(3); // header and two companies
    const empty = rows.find((r) => r.keys[0]!.value === null);
    expect(empty).toBeUndefined(); // Ema was created in April, outside the range
  });

  it('never counts records the role may not read, and refuses sensitive fields to roles that cannot see them', async () => {
    const owner = await signUpOwner(t.app);
    const roles = (await owner.get('/roles')).json<{
      data: { id: string; key: string | null; permissions: Record<string, unknown> }[];
    }>().data;
    const member = roles.find((r) => r.key === 'member')!;
    const ownOnly = await owner.post('/roles', {
      name: 'Own companies',
      permissions: {
        ...member.permissions,
        companies: { create: 'all', read: 'own', update: 'own', delete: 'own' },
      },
    });
    expect(ownOnly.statusCode, ownOnly.body).toBe(201);
    const seller = await addWithRole(owner, ownOnly.json<{ id: string }>().id, 'seller');
    await seedCompanies(owner);
    await seller.post('/companies', { name: 'Mine', country: 'BG' });
    const definition = { object: 'company', groupBy: [{ field: 'country' }], measures: [{ op: 'count' }] };
    expect((await rowsOf(seller, definition)).map((r) => [r.keys[0]!.value, r.values[0]])).toEqual([
      ['BG', 1],
    ]);
    expect((await rowsOf(owner, definition)).find((r) => r.keys[0]!.value === 'BG')!.values[0]).toBe(4);

    const plain = await addMember(owner, 'member');
    await owner.post('/products', { sku: 'S-1', name: 'Cheese', cost: { amount: 100, currency: 'EUR' } });
    const cost = await run(plain, { object: 'product', measures: [{ op: 'sum', field: 'cost' }] });
    expect(cost.statusCode).toBe(403);
    expect(cost.json<Problem>().errors?.[0]?.field).toBe('definition.measures.0.field');
    const ownerCost = await rowsOf(owner, { object: 'product', measures: [{ op: 'sum', field: 'cost' }] });
    expect(ownerCost[0]!.values[0]).toEqual([{ amount: 100, currency: 'EUR' }]);
  });

  it('answers 400 naming the field for an unknown field, object or aggregate that does not apply', async () => {
    const owner = await signUpOwner(t.app);
    const cases: [unknown, string][] = [
      [{ object: 'spaceship', measures: [{ op: 'count' }] }, 'definition.object'],
      [
        { object: 'company', groupBy: [{ field: 'colour' }], measures: [{ op: 'count' }] },
        'definition.groupBy.0.field',
      ],
      [{ object: 'company', measures: [{ op: 'sum', field: 'name' }] }, 'definition.measures.0.field'],
      [{ object: 'company', measures: [{ op: 'avg' }] }, 'definition.measures.0.field'],
      [
        { object: 'company', groupBy: [{ field: 'name', bucket: 'month' }], measures: [{ op: 'count' }] },
        'definition.groupBy.0.bucket',
      ],
      [
        { object: 'company', filter: { colour: 'red' }, measures: [{ op: 'count' }] },
        'definition.filter[colour]',
      ],
      [{ object: 'company', measures: [] }, 'definition.measures'],
      [
        { object: 'company', groupBy: [{ field: 'tags' }], measures: [{ op: 'count' }] },
        'definition.groupBy.0.field',
      ],
    ];
    for (const [definition, field] of cases) {
      const response = await run(owner, definition);
      expect(response.statusCode, JSON.stringify(definition)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<Problem>().errors?.map((e) => e.field)).toContain(field);
    }
  });

  it('refuses a grouping of more than 1,000 values with a 400 instead of loading them', async () => {
    const owner = await signUpOwner(t.app);
    const now = new Date().toISOString();
    const rows = Array.from({ length: 1001 }, (_, i) => ({
      workspace_id: owner.info.workspaceId,
      id: `0190${String(i).padStart(4, '0')}-0000-7000-8000-000000000000`,
      name: `Company ${i}`,
      name_key: `company ${i}`,
      tags: '[]',
      custom: '{}',
      created_at: now,
      updated_at: now,
    }));
    for (let i = 0; i < rows.length; i += 200)
      await t.app.db
        .insertInto('companies')
        .values(rows.slice(i, i + 200))
        .execute();
    const response = await run(owner, {
      object: 'company',
      groupBy: [{ field: 'name' }],
      measures: [{ op: 'count' }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.[0]).toMatchObject({ field: 'definition.groupBy.0.field' });
    const top = await rowsOf(owner, {
      object: 'company',
      groupBy: [{ field: 'createdAt', bucket: 'year' }],
      measures: [{ op: 'count' }],
    });
    expect(top[0]!.values[0]).toBe(1001);
  });

  it('saves, shares, runs and deletes reports; another workspace sees none of them', async () => {
    const owner = await signUpOwner(t.app);
    await seedCompanies(owner);
    const created = await owner.post('/reports', {
      name: 'Companies by country',
      chart: 'bar',
      definition: { object: 'company', groupBy: [{ field: 'country' }], measures: [{ op: 'count' }] },
      schedule: { every: 'week', format: 'pdf', recipients: ['boss@example.com'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const report = created.json<{ id: string; nextRunAt: string }>();
    expect(new Date(report.nextRunAt).getUTCDay()).toBe(1);
    const ran = await owner.post(`/reports/${report.id}/run`, { context: { filter: { country: 'BG' } } });
    expect(ran.json<Result>().rows.map((r) => r.values[0])).toEqual([3]);

    const colleague = await addMember(owner, 'member');
    expect((await colleague.get(`/reports/${report.id}`)).statusCode).toBe(404); // personal
    await owner.patch(`/reports/${report.id}`, { shared: true });
    expect((await colleague.get(`/reports/${report.id}`)).statusCode).toBe(200);
    expect((await colleague.patch(`/reports/${report.id}`, { name: 'Mine now' })).statusCode).toBe(403);

    const stranger = await signUpOwner(t.app);
    expect((await stranger.get(`/reports/${report.id}`)).statusCode).toBe(404);
    expect((await stranger.post(`/reports/${report.id}/run`, {})).statusCode).toBe(404);
    expect((await stranger.get('/reports')).json<{ data: unknown[] }>().data).toEqual([]);
    const strangerRows = await rowsOf(stranger, { object: 'company', measures: [{ op: 'count' }] });
    expect(strangerRows[0]!.values[0]).toBe(0);

    const bad = await owner.post('/reports', {
      name: 'Bad',
      definition: { object: 'company', measures: [{ op: 'sum', field: 'country' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect((await owner.get('/reports')).json<{ data: unknown[] }>().data).toHaveLength(1);
    expect((await owner.delete(`/reports/${report.id}`)).statusCode).toBe(204);
    expect((await owner.get(`/reports/${report.id}`)).statusCode).toBe(404);
  });
});
