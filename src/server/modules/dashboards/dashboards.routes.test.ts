import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestApp, signUpOwner, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

type Results = {
  widgets: {
    id: string;
    result: { rows: { values: unknown[] }[] } | null;
    error: { status: number } | null;
  }[];
};
type Problem = { errors?: { field: string }[] };

const layout = (x: number) => ({ x, y: 0, w: 6, h: 4 });
const countCompanies = { object: 'company', measures: [{ op: 'count' }] };

describe.each(testDialects())('dashboards on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('runs every widget under the dashboard’s range and filters, each as the viewer', async () => {
    const owner = await signUpOwner(t.app);
    for (const [name, country] of [
      ['Alfa', 'BG'],
      ['Beta', 'PT'],
      ['Gama', 'PT'],
    ])
      await owner.post('/companies', { name, country });
    const report = await owner.post('/reports', {
      name: 'By country',
      shared: true,
      chart: 'bar',
      definition: { object: 'company', groupBy: [{ field: 'country' }], measures: [{ op: 'count' }] },
    });
    const created = await owner.post('/dashboards', {
      name: 'Sales',
      shared: true,
      filters: { filter: { country: 'PT' } },
      widgets: [
        { id: 'total', title: 'Companies', chart: 'number', definition: countCompanies, layout: layout(0) },
        {
          id: 'split',
          title: 'By country',
          chart: 'bar',
          reportId: report.json<{ id: string }>().id,
          layout: layout(6),
        },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const results = (await owner.post(`/dashboards/${id}/results`, {})).json<Results>();
    expect(results.widgets.map((w) => w.result?.rows.map((r) => r.values[0]))).toEqual([[2], [2]]);
    const wider = (await owner.post(`/dashboards/${id}/results`, { context: {} })).json<Results>();
    expect(wider.widgets[0]!.result!.rows[0]!.values[0]).toBe(3);

    // Moved by dragging (or the keyboard): the layout is saved as sent.
    const moved = await owner.patch(`/dashboards/${id}`, {
      widgets: created
        .json<{ widgets: unknown[] }>()
        .widgets.map((w, i) => ({ ...(w as object), layout: { x: 0, y: i * 4, w: 12, h: 4 } })),
    });
    expect(moved.statusCode, moved.body).toBe(200);

    const colleague = await addMember(owner, 'member');
    expect((await colleague.post(`/dashboards/${id}/results`, {})).statusCode).toBe(200);
    expect((await colleague.delete(`/dashboards/${id}`)).statusCode).toBe(403);
    await owner.delete(`/reports/${report.json<{ id: string }>().id}`);
    const afterDelete = (await owner.post(`/dashboards/${id}/results`, {})).json<Results>();
    expect(afterDelete.widgets[1]!.error?.status).toBe(404);
  });

  it('refuses widgets that cannot run, naming the widget’s field; other workspaces see nothing', async () => {
    const owner = await signUpOwner(t.app);
    const bad = await owner.post('/dashboards', {
      name: 'Broken',
      widgets: [
        {
          id: 'a',
          title: 'Sum of names',
          chart: 'number',
          definition: { object: 'company', measures: [{ op: 'sum', field: 'name' }] },
          layout: layout(0),
        },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors?.[0]?.field).toBe('widgets.0.definition.measures.0.field');
    const twice = await owner.post('/dashboards', {
      name: 'Twice',
      widgets: [
        { id: 'a', title: 'One', chart: 'number', definition: countCompanies, layout: layout(0) },
        { id: 'a', title: 'Two', chart: 'number', definition: countCompanies, layout: layout(6) },
      ],
    });
    expect(twice.json<Problem>().errors?.[0]?.field).toBe('widgets.1.id');
    const neither = await owner.post('/dashboards', {
      name: 'Empty widget',
      widgets: [{ id: 'a', title: 'One', chart: 'number', layout: layout(0) }],
    });
    expect(neither.json<Problem>().errors?.[0]?.field).toBe('widgets.0');
    expect((await owner.get('/dashboards')).json<{ data: unknown[] }>().data).toEqual([]);

    const mine = (await owner.post('/dashboards', { name: 'Mine' })).json<{ id: string }>();
    const stranger = await signUpOwner(t.app);
    expect((await stranger.get(`/dashboards/${mine.id}`)).statusCode).toBe(404);
    expect((await stranger.post(`/dashboards/${mine.id}/results`, {})).statusCode).toBe(404);
    expect((await stranger.patch(`/dashboards/${mine.id}`, { name: 'Taken' })).statusCode).toBe(404);
  });
});
