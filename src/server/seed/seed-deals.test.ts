import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRecord } from '../records/record-store.js';
import { addMember, createTestApp, signUpOwner, type Client, type TestApp } from '../testing/factories.js';
import { testDialects } from '../testing/test-database.js';
import { seedWorkspace, type SeedResult } from './seed-workspace.js';
// After the seed, which loads the record registry before a deal's rules (they reach each other).
import { dealType } from '../modules/deals/deals.record.js';

const PEOPLE = 2000;
const MONTH = 30 * 24 * 60 * 60_000;

interface DealRow {
  id: string;
  status: string;
  pipeline_id: string;
  stage_id: string;
  owner_id: string | null;
  company_id: string | null;
  expected_close_date: string | null;
  stage_entered_at: string;
}
interface Pipeline {
  id: string;
  name: string;
  stages: { id: string }[];
}
interface Board {
  stages: { stageId: string; count: number; data: { id: string }[] }[];
}
interface DealView {
  id: string;
  amount: { amount: number; currency: string };
  lines: { productId: string | null; netMinor: number }[];
  personIds: string[];
}

describe.each(testDialects())('seeding deals on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let stranger: Client;
  let result: SeedResult;
  let deals: DealRow[];
  let pipelines: Pipeline[];
  const now = Date.parse('2026-11-24T12:00:00Z');

  beforeAll(async () => {
    t = await createTestApp(dialect);
    owner = await signUpOwner(t.app);
    await addMember(owner, 'member');
    stranger = await signUpOwner(t.app);
    const currency = (await owner.get('/workspace')).json<{ defaultCurrency: string }>().defaultCurrency;
    for (const [name, price] of [
      ['Licence', 49_00],
      ['Onboarding', 1_200_00],
    ] as const) {
      const response = await owner.post('/products', { name, sku: name, price: { amount: price, currency } });
      expect(response.statusCode, response.body).toBe(201);
    }
    result = await seedWorkspace(t.app.db, {
      workspaceId: owner.info.workspaceId,
      people: PEOPLE,
      seed: 'deals-test',
      batchSize: 700,
      now,
      // Few activities: this test is about deals.
      activitiesPerPerson: 1,
    });
    deals = await t.app.db
      .selectFrom('deals')
      .select(['id', 'status', 'pipeline_id', 'stage_id', 'owner_id', 'company_id'])
      .select(['expected_close_date', 'stage_entered_at'])
      .where('workspace_id', '=', owner.info.workspaceId)
      .execute();
    pipelines = (await owner.get('/pipelines')).json<{ data: Pipeline[] }>().data;
  });
  afterAll(async () => t.close());

  it('makes about one deal per five people, most of them closed', () => {
    expect(deals).toHaveLength(result.deals);
    expect(result.deals / PEOPLE).toBeGreaterThan(0.16);
    expect(result.deals / PEOPLE).toBeLessThan(0.24);
    const share = (status: string) => deals.filter((d) => d.status === status).length / deals.length;
    expect(share('won')).toBeGreaterThan(0.25);
    expect(share('lost')).toBeGreaterThan(0.3);
    expect(share('open')).toBeGreaterThan(0.15);
    expect(share('open')).toBeLessThan(0.35);
  });

  it('spreads open deals over the stages of the pipelines it made, and over the months', () => {
    expect(pipelines.map((p) => p.name)).toEqual(['New business', 'Renewals']);
    const open = deals.filter((d) => d.status === 'open');
    const funnel = pipelines[0]!;
    const perStage = funnel.stages.map((s) => open.filter((d) => d.stage_id === s.id).length);
    expect(perStage.every((n) => n > 0)).toBe(true);
    expect(perStage[0]!).toBeGreaterThan(perStage[perStage.length - 1]!);
    const months = (values: string[]) => new Set(values.map((v) => v.slice(0, 7))).size;
    expect(months(open.map((d) => d.expected_close_date!))).toBeGreaterThan(4);
    expect(months(open.map((d) => d.stage_entered_at))).toBeGreaterThan(3);
    expect(open.every((d) => Date.parse(d.stage_entered_at) <= now)).toBe(true);
    expect(months(deals.map((d) => d.expected_close_date!))).toBeGreaterThan(12);
  });

  it('gives the deals to the members and links them to the people’s companies', () => {
    expect(new Set(deals.map((d) => d.owner_id)).size).toBe(2);
    expect(deals.filter((d) => d.company_id).length).toBeGreaterThan(deals.length / 2);
  });

  it('shows the open deals on the board, counted as the board counts them', async () => {
    const funnel = pipelines[0]!;
    const board = (await owner.get(`/deals/board?pipelineId=${funnel.id}`)).json<Board>();
    const open = deals.filter((d) => d.status === 'open' && d.pipeline_id === funnel.id);
    expect(board.stages.reduce((n, s) => n + s.count, 0)).toBe(open.length);
    expect(board.stages.every((s) => s.data.length > 0)).toBe(true);
  });

  it('prices product lines as the deals module does, and reads them back as stored', async () => {
    const listed = (await owner.get('/deals?limit=200')).json<{ data: DealView[] }>().data;
    const withLines = listed.filter((d) => d.lines.length > 0);
    expect(withLines.length).toBeGreaterThan(listed.length / 3);
    for (const deal of withLines)
      expect(deal.amount.amount).toBe(deal.lines.reduce((sum, line) => sum + line.netMinor, 0));
    const one = (await owner.get(`/deals/${withLines[0]!.id}`)).json<DealView & { companyName: unknown }>();
    const { companyName: _name, ...stored } = one;
    expect(await findRecord(t.app.db, dealType, owner.info.workspaceId, one.id)).toEqual(stored);
    const history = (await owner.get(`/deals/${one.id}/stage-changes`)).json<{ data: unknown[] }>().data;
    expect(history.length).toBeGreaterThan(0);
  });

  it('shows another workspace none of it, and reuses the pipelines when seeding again', async () => {
    expect((await stranger.get('/deals')).json<{ data: unknown[] }>().data).toHaveLength(0);
    expect((await stranger.get(`/deals/${deals[0]!.id}`)).statusCode).toBe(404);
    const again = await seedWorkspace(t.app.db, {
      workspaceId: owner.info.workspaceId,
      people: 50,
      seed: 'again',
      now,
    });
    expect(again.deals).toBeGreaterThan(0);
    expect((await owner.get('/pipelines')).json<{ data: unknown[] }>().data).toHaveLength(2);
  });

  it('keeps closing dates in the past', () => {
    const closedRecently = deals.filter((d) => d.status !== 'open');
    expect(closedRecently.every((d) => Date.parse(d.stage_entered_at) < now)).toBe(true);
    expect(closedRecently.some((d) => Date.parse(d.stage_entered_at) < now - 12 * MONTH)).toBe(true);
  });
});
