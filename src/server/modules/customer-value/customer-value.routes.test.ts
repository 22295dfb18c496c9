import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  allPages,
  createTestApp,
  signUpOwner,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';
import { eventually } from '../../testing/wait-for.js';
import { analysisRunJob } from './customer-value.job.js';

const bin = fileURLToPath(new URL('../../../../bin/rapport.mjs', import.meta.url));
const AS_OF = '2026-06-30';

/** The command line's output (--json), as a user would run it. */
function rapport(...args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bin, ...args, '--json'], (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as Record<string, unknown>);
    });
  });
}

interface Run {
  id: string;
  status: string;
  progress: number;
  result: Record<string, Record<string, unknown>> | null;
}

/** A small deterministic generator, so every run seeds the same orders. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Twelve companies, with a person each, buying every few weeks over two years, some stopping. */
async function seedOrders(owner: Client) {
  const next = random(7);
  const start = Date.parse('2024-07-01T00:00:00Z') / 86_400_000;
  const end = Date.parse(`${AS_OF}T00:00:00Z`) / 86_400_000;
  for (let c = 0; c < 12; c++) {
    const company = (await owner.post('/companies', { name: `Customer ${c}` })).json<{ id: string }>();
    const person = (
      await owner.post('/people', { firstName: 'Buyer', lastName: `${c}`, companyId: company.id })
    ).json<{
      id: string;
    }>();
    let day = start + Math.floor(next() * 200);
    const stopsAt = day + Math.floor(next() * 700);
    const gap = 10 + Math.floor(next() * 60);
    while (day <= Math.min(end, stopsAt)) {
      const created = await owner.post('/orders', {
        companyId: company.id,
        personId: c % 3 === 0 ? null : person.id,
        currency: 'EUR',
        issueDate: isoDay(day),
        lines: [
          {
            description: 'Goods',
            quantity: '1',
            unitPriceMinor: 1_000 + Math.floor(next() * 20_000),
            taxRate: '20',
          },
        ],
      });
      expect(created.statusCode, created.body).toBe(201);
      day += gap + Math.floor(next() * gap);
    }
  }
  // Without a rate into EUR, an order in dollars is left out and named.
  const lone = (await owner.post('/companies', { name: 'Dollar buyer' })).json<{ id: string }>();
  await owner.post('/orders', {
    companyId: lone.id,
    currency: 'USD',
    issueDate: '2025-01-10',
    lines: [{ description: 'Goods', quantity: '1', unitPriceMinor: 5_000, taxRate: '0' }],
  });
}

interface OrderRow {
  companyId: string | null;
  personId: string | null;
  issueDate: string;
  currency: string;
  status: string;
  totals: { grossMinor: number };
}

/** The workspace's orders as a transaction file (customer, date, amount in minor units), by customer and day. */
async function exportOrders(owner: Client, dir: string, level: 'companyId' | 'personId') {
  const orders = (await allPages<OrderRow>(owner, '/orders?limit=200')).filter(
    (o) => o[level] !== null && o.currency === 'EUR' && o.status !== 'cancelled',
  );
  orders.sort((a, b) => (a[level]! + a.issueDate < b[level]! + b.issueDate ? -1 : 1));
  const path = join(dir, `${level}.csv`);
  const lines = orders.map((o) => `${o[level]},${o.issueDate},${o.totals.grossMinor}`);
  await writeFile(path, ['customer,date,amount', ...lines].join('\n'));
  return path;
}

async function runToEnd(owner: Client, analysis: string, params: Record<string, unknown>) {
  const started = await owner.post(`/customer-analyses/${analysis}/runs`, { params });
  expect(started.statusCode, started.body).toBe(202);
  const { id } = started.json<Run>();
  return eventually(
    async () => (await owner.get(`/customer-analyses/runs/${id}`)).json<Run>(),
    (run) => run.status === 'done' || run.status === 'failed',
    { timeoutMs: 400_000, what: `the ${analysis} run to end` },
  );
}

const csvRows = (text: string) => {
  const [header, ...rows] = text.trim().split('\n');
  const names = header!.split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((v, i) => [names[i]!, v])));
};

describe.each(testDialects())('customer analyses on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp(dialect, { jobs: [analysisRunJob] });
    owner = await signUpOwner(t.app);
    await seedOrders(owner);
    dir = await mkdtemp(join(tmpdir(), 'rapport-value-'));
  }, 900_000);
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('CLV, P(alive) and churn risk on the orders equal the command line on the same orders as CSV', async () => {
    const params = {
      asOf: AS_OF,
      model: 'pareto-nbd',
      horizonWeeks: 52,
      holdoutWeeks: 26,
      discountRate: 0.1,
    };
    const run = await runToEnd(owner, 'clv', params);
    expect(run.status, JSON.stringify(run)).toBe('done');
    expect(run.result!.missingRates).toEqual(['USD']);
    const file = await exportOrders(owner, dir, 'companyId');
    const out = join(dir, 'clv.csv');
    const common = [
      '--input',
      file,
      '--customer-col',
      'customer',
      '--date-col',
      'date',
      '--amount-col',
      'amount',
    ];
    const weekly = ['--period', 'week', '--model', 'pareto-nbd', '--horizon', '52', '--discount-rate', '0.1'];
    const cli = await rapport(
      'analytics',
      'clv',
      ...common,
      ...weekly,
      '--calibration-end',
      AS_OF,
      '--holdout-end',
      AS_OF,
      '--out',
      out,
    );
    const companies = run.result!.company!;
    expect(companies.customers).toBe(cli.customers);
    expect(companies.model).toEqual(cli.model);
    expect(companies.spend).toEqual(cli.spend);
    const held = await rapport(
      'analytics',
      'clv',
      ...common,
      ...weekly,
      '--calibration-end',
      '2025-12-30',
      '--holdout-end',
      AS_OF,
    );
    const validation = companies.validation as {
      holdout: { actual: number; predicted: number };
      model: unknown;
    };
    expect(validation.model).toEqual(held.model);
    expect(validation.holdout.actual).toBe((held.holdout as { actual: number }).actual);
    expect(validation.holdout.predicted).toBe((held.holdout as { predicted: number }).predicted);

    const stored = await allPages<{
      id: string;
      probabilityAlive: number | null;
      churnRisk: string | null;
      lifetimeValue: { amount: number; currency: string } | null;
    }>(owner, '/companies?limit=200');
    const byId = new Map(stored.map((c) => [c.id, c]));
    const rows = csvRows(await readFile(out, 'utf8'));
    expect(rows.length).toBe(12);
    for (const row of rows) {
      const company = byId.get(row.customer!)!;
      expect(Math.round(company.probabilityAlive! * 1e6) / 1e6).toBe(Number(row.p_alive));
      expect(company.lifetimeValue).toEqual({ amount: Math.round(Number(row.clv)), currency: 'EUR' });
      const risk = Number(row.p_alive) < 0.3 ? 'high' : Number(row.p_alive) < 0.7 ? 'medium' : 'low';
      expect(company.churnRisk).toBe(risk);
    }
    // The dollar buyer has no purchase in euros: nothing stored.
    expect(stored.find((c) => !rows.some((r) => r.customer === c.id))?.lifetimeValue).toBeNull();
    // Lists sort and filter by the stored values.
    const top = (await owner.get('/companies?sort=-lifetimeValue&limit=3')).json<{
      data: { lifetimeValue: { amount: number } }[];
    }>();
    const amounts = top.data.map((c) => c.lifetimeValue.amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    const high = await allPages<{ churnRisk: string }>(owner, '/companies?filter[churnRisk]=high');
    expect(high.every((c) => c.churnRisk === 'high')).toBe(true);
    expect(high.length).toBe((companies.churn as { high: number }).high);
  }, 900_000);

  it('RFM segments and cohorts of people equal the command line', async () => {
    const rfm = await runToEnd(owner, 'rfm', { asOf: AS_OF });
    expect(rfm.status).toBe('done');
    const file = await exportOrders(owner, dir, 'personId');
    const out = join(dir, 'rfm.csv');
    const columns = [
      '--input',
      file,
      '--customer-col',
      'customer',
      '--date-col',
      'date',
      '--amount-col',
      'amount',
    ];
    const cli = await rapport('analytics', 'rfm', ...columns, '--as-of', AS_OF, '--out', out);
    const people = rfm.result!.person!;
    expect(people.customers).toBe(cli.customers);
    const segments = people.segments as { segment: string; customers: number }[];
    expect(segments.map((s) => s.customers)).toEqual(Object.values(cli.segments as Record<string, number>));
    const stored = new Map(
      (
        await allPages<{ id: string; rfmSegment: string | null; rfmScore: string | null }>(
          owner,
          '/people?limit=200',
        )
      ).map((p) => [p.id, p]),
    );
    for (const row of csvRows(await readFile(out, 'utf8'))) {
      const person = stored.get(row.customer!)!;
      expect(person.rfmScore).toBe(`${row.r}${row.f}${row.m}`);
      expect(person.rfmSegment).toBe(row.segment!.toLowerCase().replace("'", '').replace(/ /g, '_'));
    }

    const cohorts = await runToEnd(owner, 'cohorts', { asOf: AS_OF });
    const cliCohorts = await rapport('analytics', 'cohorts', ...columns);
    const mine = cohorts.result!.person!.cohorts as {
      cohort: string;
      customers: number;
      active: number[];
      revenueMinor: number[];
    }[];
    const theirs = cliCohorts.cohorts as {
      cohort: string;
      customers: number;
      active: number[];
      revenue: number[];
    }[];
    expect(mine.map((c) => [c.cohort, c.customers, c.active])).toEqual(
      theirs.map((c) => [c.cohort, c.customers, c.active]),
    );
    // The command reads amounts as units and prints them with two decimals; here they are minor units.
    expect(mine.map((c) => c.revenueMinor)).toEqual(theirs.map((c) => c.revenue));
  }, 900_000);

  it('refuses an unknown analysis and bad parameters, naming them', async () => {
    const fields = async (path: string, body: unknown) => {
      const response = await owner.post(path, body);
      expect(response.statusCode, response.body).toBe(400);
      return response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    };
    expect(await fields('/customer-analyses/churn/runs', {})).toEqual(['analysis']);
    expect(await fields('/customer-analyses/clv/runs', { params: { horizonWeeks: 0 } })).toEqual([
      'params.horizonWeeks',
    ]);
    expect(await fields('/customer-analyses/clv/runs', { params: { model: 'magic' } })).toEqual([
      'params.model',
    ]);
    expect(await fields('/customer-analyses/rfm/runs', { params: { asOf: '2026-02-30' } })).toEqual([
      'params.asOf',
    ]);
    expect(await fields('/customer-analyses/rfm/runs', { params: { horizon: 3 } })).toEqual([
      'params.horizon',
    ]);
    const schedule = await owner.put('/customer-analyses/clv/schedule', { every: 'hour' });
    expect(schedule.statusCode).toBe(400);
  });

  it('keeps workspaces apart and leaves running to roles that change every customer', async () => {
    const latest = (await owner.get('/customer-analyses/clv')).json<{ latest: Run }>().latest;
    const other = await signUpOwner(t.app);
    expect((await other.get(`/customer-analyses/runs/${latest.id}`)).statusCode).toBe(404);
    const theirs = (await other.get('/customer-analyses/clv')).json<{ latest: Run | null }>();
    expect(theirs.latest).toBeNull();
    const run = await runToEnd(other, 'clv', {});
    expect(typeof run.result!.company!.error).toBe('string');
    const member = await addMember(owner, 'member');
    expect((await member.post('/customer-analyses/rfm/runs', {})).statusCode).toBe(403);
    expect((await member.get('/customer-analyses/rfm')).statusCode).toBe(200);
    const viewer = await addMember(owner, 'viewer');
    expect((await viewer.put('/customer-analyses/rfm/schedule', { every: 'week' })).statusCode).toBe(403);
    const scheduled = await owner.put('/customer-analyses/rfm/schedule', { every: 'week', params: {} });
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    expect((await other.get('/customer-analyses/rfm')).json<{ schedule: unknown }>().schedule).toBeNull();
    expect((await other.delete('/customer-analyses/rfm/schedule')).statusCode).toBe(404);
    expect((await owner.delete('/customer-analyses/rfm/schedule')).statusCode).toBe(204);
  });
});
