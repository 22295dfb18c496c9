import qs from 'qs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestApp, signUpOwner, type Client, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

type Row = { keys: { value: unknown }[]; values: unknown[]; filter: Record<string, unknown> | null };
type Problem = { errors?: { field: string; message: string }[] };

const BANDS = 'Country,Band,Spend\nbg,east,10.5\nSK,east,\nPT,west,30\n';
const mapping = {
  name: 'Regions',
  keyColumn: 'Country',
  keyKind: 'country',
  columns: [
    { header: 'Band', key: 'band', label: 'Band', type: 'text' },
    { header: 'Spend', key: 'spend', label: 'Spend per head', type: 'number' },
  ],
};

async function report(client: Client, definition: unknown) {
  const response = await client.post('/reports/run', { definition });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ rows: Row[] }>().rows;
}

describe.each(testDialects())('external data sets on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('joins a data set to companies by country: grouped by its value, drilled down, and per capita', async () => {
    const owner = await signUpOwner(t.app);
    const created = await owner.post('/data-sets', { ...mapping, csv: BANDS });
    expect(created.statusCode, created.body).toBe(201);
    const bands = created.json<{ id: string; rowCount: number }>();
    expect(bands.rowCount).toBe(3);
    const world = (await owner.post('/data-sets/examples/world-bank')).json<{ id: string }>();
    const companies = [
      ['Alfa', 'BG', 6446596_00],
      ['Beta', 'BG', 0],
      ['Gama', 'PT', 10578174_00],
      ['Delta', 'US', 100],
    ] as const;
    for (const [name, country, revenue] of companies)
      await owner.post('/companies', { name, country, annualRevenue: { amount: revenue, currency: 'EUR' } });

    const byBand = await report(owner, {
      object: 'company',
      groupBy: [{ field: `data.${bands.id}.band` }],
      measures: [{ op: 'count' }, { op: 'avg', field: `data.${bands.id}.spend` }],
    });
    expect(byBand.map((r) => [r.keys[0]!.value, ...r.values])).toEqual([
      [null, 1, null], // US is not in the set
      ['east', 2, 10.5],
      ['west', 1, 30],
    ]);
    const east = byBand.find((r) => r.keys[0]!.value === 'east')!;
    expect(east.filter).toEqual({ country: { in: 'BG,SK' } });
    const list = await owner.get(`/companies?${qs.stringify({ filter: east.filter })}`);
    expect(
      list
        .json<{ data: { name: string }[] }>()
        .data.map((c) => c.name)
        .sort(),
    ).toEqual(['Alfa', 'Beta']);

    const perCapita = await report(owner, {
      object: 'company',
      filter: { country: { in: ['BG', 'PT'] } },
      groupBy: [{ field: 'country' }],
      measures: [{ op: 'sum', field: 'annualRevenue', per: `data.${world.id}.population` }],
    });
    // 6,446,596.00 EUR over Bulgaria's 6,446,596 people: 100 cents a head.
    expect(perCapita.map((r) => [r.keys[0]!.value, r.values[0]])).toEqual([
      ['BG', [{ amount: 100, currency: 'EUR' }]],
      ['PT', [{ amount: 100, currency: 'EUR' }]],
    ]);

    const setItself = await report(owner, {
      object: `dataset:${world.id}`,
      filter: { country: { in: ['BG', 'PT'] } } as never,
      measures: [{ op: 'sum', field: 'population' }, { op: 'count' }],
    }).catch(() => null);
    expect(setItself).toBeNull(); // a data set's key is `key`, not the record field
    const whole = await report(owner, {
      object: `dataset:${world.id}`,
      filter: { key: { in: ['BG', 'PT'] } },
      measures: [{ op: 'sum', field: 'population' }, { op: 'count' }],
    });
    expect(whole[0]!.values).toEqual([6446596 + 10578174, 2]);
  });

  it('refuses bad files and mappings with the field at fault, and only admins import', async () => {
    const owner = await signUpOwner(t.app);
    const cases: [unknown, string][] = [
      [{ ...mapping, keyColumn: 'Land', csv: BANDS }, 'keyColumn'],
      [{ ...mapping, csv: 'Country,Band,Spend\nBG,east,lots\n' }, 'csv'],
      [{ ...mapping, csv: 'Country,Band,Spend\nBulgaria,east,1\n' }, 'csv'],
      [{ ...mapping, csv: 'Country,Band,Spend\nBG,east,1\nbg,west,2\n' }, 'csv'],
      [
        { ...mapping, columns: [{ ...mapping.columns[0], header: 'Colour' }], csv: BANDS },
        'columns.0.header',
      ],
      [{ ...mapping, keyKind: 'planet', csv: BANDS }, 'keyKind'],
    ];
    for (const [body, field] of cases) {
      const response = await owner.post('/data-sets', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json<Problem>().errors?.map((e) => e.field)).toContain(field);
    }
    expect((await owner.get('/data-sets')).json<{ data: unknown[] }>().data).toEqual([]);
    const member = await addMember(owner, 'member');
    expect((await member.post('/data-sets', { ...mapping, csv: BANDS })).statusCode).toBe(403);
    expect((await owner.post('/data-sets', { ...mapping, csv: BANDS })).statusCode).toBe(201);
    expect((await owner.post('/data-sets', { ...mapping, csv: BANDS })).statusCode).toBe(409);
    expect((await member.get('/data-sets')).json<{ data: unknown[] }>().data).toHaveLength(1);
  });

  it('keeps workspaces apart', async () => {
    const owner = await signUpOwner(t.app);
    const set = (await owner.post('/data-sets', { ...mapping, csv: BANDS })).json<{ id: string }>();
    const stranger = await signUpOwner(t.app);
    expect((await stranger.get(`/data-sets/${set.id}`)).statusCode).toBe(404);
    expect((await stranger.get(`/data-sets/${set.id}/rows`)).statusCode).toBe(404);
    expect((await stranger.delete(`/data-sets/${set.id}`)).statusCode).toBe(404);
    const used = await stranger.post('/reports/run', {
      definition: {
        object: 'company',
        groupBy: [{ field: `data.${set.id}.band` }],
        measures: [{ op: 'count' }],
      },
    });
    expect(used.statusCode).toBe(400);
    expect(used.json<Problem>().errors?.[0]?.field).toBe('definition.groupBy.0.field');
    expect((await owner.get(`/data-sets/${set.id}/rows`)).json<{ data: unknown[] }>().data).toHaveLength(3);
  });
});
