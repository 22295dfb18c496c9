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
import { createPipeline } from './deals.testing.js';

interface BoardStage {
  stageId: string;
  count: number;
  total: { amount: number; currency: string; converted: boolean; missingRates: string[] };
  weighted: { amount: number };
  data: { id: string; title: string }[];
  nextCursor: string | null;
}

const deal = (
  client: Client,
  pipelineId: string,
  title: string,
  amount: number,
  currency = 'EUR',
  extra = {},
) => client.post('/deals', { title, amount: { amount, currency }, pipelineId, ...extra });

describe.each(testDialects())('the deal board and sales reports on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('totals each stage in the workspace currency, converting at the rates, and pages each column', async () => {
    const owner = await signUpOwner(t.app);
    const pipeline = await createPipeline(owner);
    expect(
      (await owner.put('/exchange-rates', { rates: [{ currency: 'BGN', rate: '0.5' }] })).statusCode,
    ).toBe(200);
    for (let i = 0; i < 3; i++)
      expect((await deal(owner, pipeline.id, `E${i}`, 10_000)).statusCode).toBe(201);
    await deal(owner, pipeline.id, 'B', 10_000, 'BGN');
    await deal(owner, pipeline.id, 'P', 777, 'PLN');
    const won = (await deal(owner, pipeline.id, 'Won', 99_999)).json<{ id: string }>();
    await owner.patch(`/deals/${won.id}`, { status: 'won' });

    const response = await owner.get(`/deals/board?pipelineId=${pipeline.id}&limit=2`);
    expect(response.statusCode, response.body).toBe(200);
    const [lead, proposal] = response.json<{ currency: string; stages: BoardStage[] }>().stages;
    expect(lead).toMatchObject({
      count: 5,
      total: { amount: 35_000, currency: 'EUR', converted: true, missingRates: ['PLN'] },
      weighted: { amount: 3500 },
    });
    expect(lead!.data).toHaveLength(2);
    expect(proposal).toMatchObject({ count: 0, data: [], nextCursor: null });

    const titles = lead!.data.map((d) => d.title);
    let cursor = lead!.nextCursor;
    while (cursor) {
      const next = await owner.get(
        `/deals?filter[pipelineId]=${pipeline.id}&filter[stageId]=${lead!.stageId}&filter[status]=open&sort=stageEnteredAt&limit=2&cursor=${encodeURIComponent(cursor)}`,
      );
      const body = next.json<{ data: { title: string }[]; nextCursor: string | null }>();
      titles.push(...body.data.map((d) => d.title));
      cursor = body.nextCursor;
    }
    expect(titles.sort()).toEqual(['B', 'E0', 'E1', 'E2', 'P']);

    const searched = await owner.get(`/deals/board?pipelineId=${pipeline.id}&filter[title]=E1`);
    expect(searched.json<{ stages: BoardStage[] }>().stages[0]).toMatchObject({
      count: 1,
      total: { amount: 10_000 },
    });
  });

  it('counts only the deals a viewer may read, on the board and in the reports', async () => {
    const owner = await signUpOwner(t.app);
    const pipeline = await createPipeline(owner);
    const role = await owner.post('/roles', {
      name: 'Own deals',
      permissions: {
        deals: { create: 'all', read: 'own', update: 'own', delete: 'own' },
        pipelines: { read: 'all' },
      },
    });
    expect(role.statusCode, role.body).toBe(201);
    const rep = await addWithRole(owner, role.json<{ id: string }>().id, 'rep');
    await deal(owner, pipeline.id, 'Owner open', 5000);
    const ownersWon = (await deal(owner, pipeline.id, 'Owner won', 7000)).json<{
      id: string;
      ownerId: string;
    }>();
    await owner.patch(`/deals/${ownersWon.id}`, { status: 'won' });

    const report = await owner.get(`/deals/reports?pipelineId=${pipeline.id}`);
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json()).toMatchObject({
      summary: { won: 1, lost: 0, winRate: 1, averageDealSize: 7000 },
      byOwner: [{ id: ownersWon.ownerId, won: 1 }],
      byStage: [{ count: 1, amount: 5000, weighted: 500 }, { count: 0 }, { count: 0 }],
    });
    // The rep's role reads only its own deals: none of the owner's count.
    const theirs = await rep.get(`/deals/reports?pipelineId=${pipeline.id}`);
    expect(theirs.statusCode, theirs.body).toBe(200);
    expect(theirs.json()).toMatchObject({
      summary: { won: 0, lost: 0, winRate: null },
      byStage: [{ count: 0 }, { count: 0 }, { count: 0 }],
    });
    const board = await rep.get(`/deals/board?pipelineId=${pipeline.id}`);
    expect(board.json<{ stages: BoardStage[] }>().stages[0]).toMatchObject({ count: 0, data: [] });
  });

  it('refuses bad input and other workspaces’ pipelines', async () => {
    const owner = await signUpOwner(t.app);
    const stranger = await signUpOwner(t.app);
    const pipeline = await createPipeline(owner);
    expect((await stranger.get(`/deals/board?pipelineId=${pipeline.id}`)).statusCode).toBe(404);
    expect((await stranger.get(`/deals/reports?pipelineId=${pipeline.id}`)).statusCode).toBe(404);
    const badRate = await owner.put('/exchange-rates', { rates: [{ currency: 'USD', rate: '0' }] });
    expect(badRate.statusCode).toBe(400);
    expect(badRate.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('rates.0.rate');
    const unknown = await owner.put('/exchange-rates', { rates: [{ currency: 'XQQ', rate: '1' }] });
    expect(unknown.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('rates.0.currency');
    const member = await addMember(owner, 'member');
    expect((await member.put('/exchange-rates', { rates: [] })).statusCode).toBe(403);
    expect((await owner.get('/exchange-rates')).json()).toMatchObject({ currency: 'EUR', data: [] });
    const period = await owner.get(`/deals/reports?pipelineId=${pipeline.id}&from=2027-01-02&to=2027-01-01`);
    expect(period.statusCode).toBe(400);
  });
});
