import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addWithRole,
  createTestApp,
  signUpOwner,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';
import { createPipeline, type Pipeline } from './deals.testing.js';

interface BoardStage {
  stageId: string;
  count: number;
  byCurrency: { currency: string; amount: number; count: number }[];
}

type Totals = Record<string, Record<string, { count: number; amount: number }>>;

describe.each(testDialects())('kept stage totals of the deal board on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let pipeline: Pipeline;
  let other: Pipeline;
  const ids: string[] = [];

  /** The pipeline's open, live deals counted from the rows themselves. */
  async function recount(pipelineId: string): Promise<Totals> {
    const { rows } = await sql<{ stage_id: string; currency: string; n: number; s: number }>`
      select stage_id, currency, count(*) as n, sum(amount) as s from deals
      where workspace_id = ${owner.info.workspaceId} and pipeline_id = ${pipelineId}
        and status = 'open' and deleted_at is null
      group by stage_id, currency`.execute(t.app.db);
    const totals: Totals = {};
    for (const row of rows)
      (totals[row.stage_id] ??= {})[row.currency] = { count: Number(row.n), amount: Number(row.s) };
    return totals;
  }

  async function board(client: Client, pipelineId: string, query = ''): Promise<Totals> {
    const response = await client.get(`/deals/board?pipelineId=${pipelineId}${query}`);
    expect(response.statusCode, response.body).toBe(200);
    const totals: Totals = {};
    for (const stage of response.json<{ stages: BoardStage[] }>().stages)
      for (const row of stage.byCurrency)
        (totals[stage.stageId] ??= {})[row.currency] = { count: row.count, amount: row.amount };
    return totals;
  }

  async function expectExact() {
    for (const p of [pipeline, other]) {
      const counted = await recount(p.id);
      expect(await board(owner, p.id)).toEqual(counted);
    }
  }

  const create = async (
    title: string,
    amount: number,
    currency: string,
    pipelineId: string,
    stageId?: string,
  ) => {
    const response = await owner.post('/deals', {
      title,
      amount: { amount, currency },
      pipelineId,
      ...(stageId && { stageId, expectedCloseDate: '2027-01-31' }),
    });
    expect(response.statusCode, response.body).toBe(201);
    ids.push(response.json<{ id: string }>().id);
    return response.json<{ id: string }>().id;
  };
  const patch = async (id: string, body: Record<string, unknown>) => {
    const response = await owner.patch(`/deals/${id}`, body);
    expect(response.statusCode, response.body).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    owner = await signUpOwner(t.app);
    pipeline = await createPipeline(owner);
    other = await createPipeline(owner, 'Renewals');
  });
  afterAll(async () => t.close());

  it('counts created deals per stage and currency', async () => {
    await create('A', 10_000, 'EUR', pipeline.id);
    await create('B', 2_500, 'EUR', pipeline.id);
    await create('C', 7_000, 'BGN', pipeline.id);
    await create('D', 1_000, 'EUR', pipeline.id, pipeline.stages[1]!.id);
    await create('E', 4_000, 'PLN', other.id);
    await expectExact();
    expect((await board(owner, pipeline.id))[pipeline.stages[0]!.id]).toEqual({
      EUR: { count: 2, amount: 12_500 },
      BGN: { count: 1, amount: 7_000 },
    });
  });

  it('follows moves, amounts, currencies, pipelines, closing and reopening', async () => {
    const [a, b, c, , e] = ids;
    await patch(a!, { stageId: pipeline.stages[1]!.id, expectedCloseDate: '2027-02-01' });
    await expectExact();
    await patch(b!, { amount: { amount: 3_333, currency: 'EUR' } });
    await patch(c!, { amount: { amount: 7_000, currency: 'EUR' } });
    await expectExact();
    await patch(e!, { pipelineId: pipeline.id, stageId: pipeline.stages[2]!.id });
    await expectExact();
    await patch(b!, { status: 'won' });
    await patch(c!, { status: 'lost', lostReason: 'Price' });
    await expectExact();
    await patch(c!, { status: 'open' });
    await expectExact();
  });

  it('follows trash, restore and bulk changes', async () => {
    const [a, , c, d] = ids;
    expect((await owner.delete(`/deals/${a!}`)).statusCode).toBe(204);
    await expectExact();
    expect((await owner.post(`/deals/${a!}/restore`, {})).statusCode).toBe(200);
    await expectExact();
    const trashed = await owner.post('/deals/bulk', { action: 'delete', selection: { ids: [c!, d!] } });
    expect(trashed.statusCode, trashed.body).toBeLessThan(300);
    await expectExact();
    const counted = await recount(pipeline.id);
    expect(Object.values(counted).flatMap((byCurrency) => Object.values(byCurrency))).not.toHaveLength(0);
  });

  it('follows rows deleted outright (a workspace or a purge)', async () => {
    await t.app.db
      .deleteFrom('deals')
      .where('workspace_id', '=', owner.info.workspaceId)
      .where('id', '=', ids[0]!)
      .execute();
    await expectExact();
  });

  it('counts on the spot for filtered boards and for roles that see part of the deals', async () => {
    const role = await owner.post('/roles', {
      name: 'Own deals',
      permissions: {
        deals: { create: 'all', read: 'own', update: 'own', delete: 'own' },
        pipelines: { read: 'all' },
      },
    });
    expect(role.statusCode, role.body).toBe(201);
    const member = await addWithRole(owner, role.json<{ id: string }>().id, 'rep');
    const mine = await member.post('/deals', {
      title: 'Mine',
      amount: { amount: 900, currency: 'EUR' },
      pipelineId: pipeline.id,
    });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(await board(member, pipeline.id)).toEqual({
      [pipeline.stages[0]!.id]: { EUR: { count: 1, amount: 900 } },
    });
    expect(await board(owner, pipeline.id, `&filter[ownerId]=${member.info.userId}`)).toEqual({
      [pipeline.stages[0]!.id]: { EUR: { count: 1, amount: 900 } },
    });
    await expectExact();
  });
});
