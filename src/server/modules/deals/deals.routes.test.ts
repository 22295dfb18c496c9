import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestApp, signUpOwner, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';
import { createPipeline } from './deals.testing.js';

import type { Pipeline } from './deals.testing.js';

interface Deal {
  id: string;
  title: string;
  stageId: string;
  pipelineId: string;
  status: string;
  lostReason: string | null;
  stageEnteredAt: string;
  closedAt: string | null;
  version: number;
}

const errorFields = (body: string) =>
  (JSON.parse(body) as { errors?: { field: string }[] }).errors?.map((e) => e.field);

describe.each(testDialects())('deals on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('starts a deal in the first stage and moves it, keeping history, timelines and events', async () => {
    const owner = await signUpOwner(t.app);
    const pipeline = await createPipeline(owner);
    const company = (await owner.post('/companies', { name: 'Acme' })).json<{ id: string }>();
    const person = (await owner.post('/people', { firstName: 'Ana', companyId: company.id })).json<{
      id: string;
    }>();
    const created = await owner.post('/deals', {
      title: 'Acme renewal',
      amount: { amount: 120_000, currency: 'EUR' },
      pipelineId: pipeline.id,
      companyId: company.id,
      personIds: [person.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const deal = created.json<Deal>();
    expect(deal).toMatchObject({ stageId: pipeline.stages[0]!.id, status: 'open', closedAt: null });

    const moved = await owner.patch(`/deals/${deal.id}`, {
      stageId: pipeline.stages[1]!.id,
      expectedCloseDate: '2027-03-31',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<Deal>().stageEnteredAt >= deal.stageEnteredAt).toBe(true);

    const history = await owner.get(`/deals/${deal.id}/stage-changes`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json<{ data: { toStageId: string }[] }>().data.map((c) => c.toStageId)).toEqual([
      pipeline.stages[0]!.id,
      pipeline.stages[1]!.id,
    ]);
    for (const path of [`/deals/${deal.id}`, `/companies/${company.id}`, `/people/${person.id}`]) {
      const timeline = await owner.get(`${path}/timeline?kind=stage_changed`);
      expect(timeline.statusCode, timeline.body).toBe(200);
      const [event] = timeline.json<{ data: { data: { from: { name: string }; to: { name: string } } }[] }>()
        .data;
      expect(event?.data).toMatchObject({ from: { name: 'Lead' }, to: { name: 'Proposal' } });
    }
    const events = await t.app.db
      .selectFrom('record_events')
      .select('type')
      .where('record_id', '=', deal.id)
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['deal.created', 'deal.updated', 'deal.stage_changed']);
  });

  it('wins and loses deals: a lost deal needs its reason, and closing sets when', async () => {
    const owner = await signUpOwner(t.app);
    const pipeline = await createPipeline(owner);
    const deal = (
      await owner.post('/deals', {
        title: 'D',
        amount: { amount: 1, currency: 'EUR' },
        pipelineId: pipeline.id,
      })
    ).json<Deal>();
    const noReason = await owner.patch(`/deals/${deal.id}`, { status: 'lost' });
    expect(noReason.statusCode).toBe(400);
    expect(errorFields(noReason.body)).toEqual(['lostReason']);
    const lost = await owner.patch(`/deals/${deal.id}`, { status: 'lost', lostReason: 'Price' });
    expect(lost.json<Deal>()).toMatchObject({ status: 'lost', lostReason: 'Price' });
    expect(lost.json<Deal>().closedAt).not.toBeNull();
    const reopened = await owner.patch(`/deals/${deal.id}`, { status: 'open' });
    expect(reopened.json<Deal>()).toMatchObject({ status: 'open', lostReason: null, closedAt: null });
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const owner = await signUpOwner(t.app);
    const pipeline = await createPipeline(owner);
    const other = await createPipeline(owner, 'Partners');
    const base = { title: 'X', amount: { amount: 100, currency: 'EUR' }, pipelineId: pipeline.id };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, stageId: other.stages[0]!.id }, 'stageId'],
      [{ ...base, amount: { amount: 100, currency: 'XXQ' } }, 'amount.currency'],
      [{ ...base, amount: { amount: -5, currency: 'EUR' } }, 'amount.amount'],
      [{ ...base, stageId: pipeline.stages[1]!.id }, 'expectedCloseDate'],
      [{ ...base, status: 'lost' }, 'lostReason'],
      [{ ...base, pipelineId: '0190a6a0-0000-7000-8000-000000000000' }, 'pipelineId'],
      [{ ...base, personIds: ['0190a6a0-0000-7000-8000-000000000000'] }, 'personIds.0'],
      [{ ...base, status: 'maybe' }, 'status'],
    ];
    for (const [body, field] of cases) {
      const response = await owner.post('/deals', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(errorFields(response.body), JSON.stringify(body)).toEqual([field]);
    }
    expect((await owner.get('/deals')).json<{ data: unknown[] }>().data).toEqual([]);
  });

  it('takes a pipeline and stage by name', async () => {
    const owner = await signUpOwner(t.app);
    const pipeline = await createPipeline(owner);
    const response = await owner.post('/deals', {
      title: 'By name',
      amount: { amount: 100, currency: 'EUR' },
      pipelineId: 'Sales',
      stageId: 'negotiation',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<Deal>()).toMatchObject({ pipelineId: pipeline.id, stageId: pipeline.stages[2]!.id });
  });

  it('keeps pipelines for admins to change and every role to read; stages with deals stay', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(owner, 'member');
    const pipeline = await createPipeline(owner);
    expect((await member.get('/pipelines')).statusCode).toBe(200);
    expect(
      (await member.post('/pipelines', { name: 'Mine', stages: [{ name: 'A', probability: 1 }] })).statusCode,
    ).toBe(403);
    await owner.post('/deals', {
      title: 'Held',
      amount: { amount: 1, currency: 'EUR' },
      pipelineId: pipeline.id,
    });
    const dropFirst = await owner.patch(`/pipelines/${pipeline.id}`, { stages: pipeline.stages.slice(1) });
    expect(dropFirst.statusCode).toBe(409);
    expect(errorFields(dropFirst.body)).toEqual(['stages']);
    expect((await owner.delete(`/pipelines/${pipeline.id}`)).statusCode).toBe(409);
    const renamed = await owner.patch(`/pipelines/${pipeline.id}`, {
      stages: [{ ...pipeline.stages[0]!, name: 'New lead' }, ...pipeline.stages.slice(1)],
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json<Pipeline>().stages.map((s) => s.name)).toEqual([
      'New lead',
      'Proposal',
      'Negotiation',
    ]);
  });

  it('keeps workspaces apart: pipelines, their stages and deals of another workspace answer 404 or 400', async () => {
    const owner = await signUpOwner(t.app);
    const stranger = await signUpOwner(t.app);
    const pipeline = await createPipeline(owner);
    const deal = (
      await owner.post('/deals', {
        title: 'Mine',
        amount: { amount: 1, currency: 'EUR' },
        pipelineId: pipeline.id,
      })
    ).json<Deal>();
    expect((await stranger.get(`/pipelines/${pipeline.id}`)).statusCode).toBe(404);
    expect((await stranger.patch(`/pipelines/${pipeline.id}`, { name: 'Taken' })).statusCode).toBe(404);
    expect((await stranger.get(`/deals/${deal.id}/stage-changes`)).statusCode).toBe(404);
    const theirs = await stranger.post('/deals', {
      title: 'Theirs',
      amount: { amount: 1, currency: 'EUR' },
      pipelineId: pipeline.id,
    });
    expect(theirs.statusCode).toBe(400);
    expect(errorFields(theirs.body)).toEqual(['pipelineId']);
  });
});
