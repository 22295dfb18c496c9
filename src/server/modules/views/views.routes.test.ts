import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  apiKeyClient,
  createTestApp,
  signUpOwner,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

interface ViewBody {
  id: string;
  object: string;
  name: string;
  shared: boolean;
  ownerId: string;
  config: { columns: string[]; sort?: string; filter?: Record<string, unknown>; q?: string };
}
type Page = { data: ViewBody[]; nextCursor: string | null };
type Problem = { errors: { field: string }[] };

const viewNames = async (client: Client, url = '/views') => {
  const response = await client.get(url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page>().data.map((v) => v.name);
};

const personView = (name: string, shared = false) => ({
  object: 'person',
  name,
  shared,
  config: { columns: ['firstName', 'lastName', 'email'], sort: 'lastName' },
});

describe.each(testDialects())('saved views API on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('saves, lists, changes and deletes a view that names real fields, with an audit trail', async () => {
    const owner = await signUpOwner(t.app);
    await owner.post('/custom-fields', { object: 'person', key: 'score', label: 'Score', type: 'number' });
    const config = {
      columns: ['firstName', 'companyName', 'phones', 'custom.score'],
      sort: '-custom.score,lastName',
      filter: { country: 'SK', 'custom.score': { gte: '10' }, tags: ['vip', 'lead'] },
      q: 'novák',
    };
    const created = await owner.post('/views', {
      object: 'person',
      name: ' Slovak leads ',
      shared: true,
      config,
    });
    expect(created.statusCode, created.body).toBe(201);
    const view = created.json<ViewBody>();
    expect(view).toMatchObject({
      object: 'person',
      name: 'Slovak leads',
      shared: true,
      ownerId: owner.info.userId,
      config,
    });
    expect((await owner.get(`/views/${view.id}`)).json()).toEqual(view);

    const companyView = await owner.post('/views', {
      object: 'company',
      name: 'Big ones',
      config: { columns: ['name', 'annualRevenue'] },
    });
    expect(companyView.statusCode, companyView.body).toBe(201);
    expect(companyView.json()).toMatchObject({ shared: false });
    expect(await viewNames(owner)).toEqual(['Big ones', 'Slovak leads']);
    expect(await viewNames(owner, '/views?object=company')).toEqual(['Big ones']);

    const renamed = await owner.patch(`/views/${view.id}`, {
      name: 'SK leads',
      config: { columns: ['lastName'] },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'SK leads', config: { columns: ['lastName'] } });
    const audit = (await owner.get(`/audit-log?entityType=view&entityId=${view.id}`)).json<{
      data: { action: string; changes: Record<string, unknown> }[];
    }>().data;
    expect(audit.map((a) => a.action)).toEqual(['update', 'create']);
    expect(audit[0]!.changes).toEqual({
      name: { before: 'Slovak leads', after: 'SK leads' },
      config: { before: config, after: { columns: ['lastName'] } },
    });

    expect((await owner.delete(`/views/${view.id}`)).statusCode).toBe(204);
    expect((await owner.get(`/views/${view.id}`)).statusCode).toBe(404);
    expect(await viewNames(owner)).toEqual(['Big ones']);
  });

  it('pages through views by name', async () => {
    const owner = await signUpOwner(t.app);
    for (const name of ['Delta', 'alpha', 'Charlie', 'Bravo', 'Echo']) {
      expect((await owner.post('/views', personView(name))).statusCode).toBe(201);
    }
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = (await owner.get(`/views?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      names.push(...page.data.map((v) => v.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(names.map((n) => n.toLowerCase()).sort()).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo']);
    expect(new Set(names).size).toBe(5);
  });

  it('shows own and shared views; only the creator or an admin changes a shared one; private ones stay private', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(owner, 'member');
    const manager = await addMember(owner, 'manager');
    const admin = await addMember(owner, 'admin');
    const shared = (await owner.post('/views', personView('Team pipeline', true))).json<ViewBody>();
    const secret = (await owner.post('/views', personView('My private list'))).json<ViewBody>();
    const mine = (await member.post('/views', personView('Member list'))).json<ViewBody>();

    expect(await viewNames(member)).toEqual(['Member list', 'Team pipeline']);
    expect(await viewNames(owner)).toEqual(['My private list', 'Team pipeline']);
    expect((await member.get(`/views/${secret.id}`)).statusCode).toBe(404);
    expect((await member.patch(`/views/${secret.id}`, { name: 'Mine now' })).statusCode).toBe(404);
    expect((await admin.delete(`/views/${secret.id}`)).statusCode).toBe(404);

    expect((await member.patch(`/views/${shared.id}`, { name: 'Hijacked' })).statusCode).toBe(403);
    expect((await member.delete(`/views/${shared.id}`)).statusCode).toBe(403);
    expect((await manager.patch(`/views/${shared.id}`, { name: 'Hijacked' })).statusCode).toBe(403);
    expect(
      (await admin.patch(`/views/${shared.id}`, { name: 'Team pipeline (cleaned up)' })).statusCode,
    ).toBe(200);
    expect((await member.patch(`/views/${mine.id}`, { shared: true })).statusCode).toBe(200);
    expect(await viewNames(owner)).toEqual(['Member list', 'My private list', 'Team pipeline (cleaned up)']);

    const key = await apiKeyClient(owner);
    expect(await viewNames(key)).toEqual(['Member list', 'Team pipeline (cleaned up)']);
    expect((await key.post('/views', personView('Robot'))).statusCode).toBe(403);
  });

  it('rejects a bad new view with problem+json naming the field, writing nothing', async () => {
    const owner = await signUpOwner(t.app);
    await owner.post('/custom-fields', {
      object: 'company',
      key: 'segment',
      label: 'Segment',
      type: 'multiselect',
      choices: [{ value: 'a', label: 'A' }],
    });
    const config = { columns: ['name'] };
    const cases: [unknown, string][] = [
      [{ name: 'X', config }, 'object'],
      [{ object: 'spaceship', name: 'X', config }, 'object'],
      [{ object: 'company', name: ' ', config }, 'name'],
      [{ object: 'company', name: 'X' }, 'config'],
      [{ object: 'company', name: 'X', shared: 'yes', config }, 'shared'],
      [{ object: 'company', name: 'X', config: { columns: [] } }, 'config.columns'],
      [
        { object: 'company', name: 'X', config: { columns: ['name', 'domain', 'firstName'] } },
        'config.columns.2',
      ],
      [{ object: 'company', name: 'X', config: { columns: ['custom.nope'] } }, 'config.columns.0'],
      [{ object: 'company', name: 'X', config: { columns: ['custom'] } }, 'config.columns.0'],
      [{ object: 'company', name: 'X', config: { ...config, sort: 'lastName' } }, 'config.sort'],
      [{ object: 'company', name: 'X', config: { ...config, sort: 'custom.segment' } }, 'config.sort'],
      [
        { object: 'company', name: 'X', config: { ...config, filter: { salary: '1' } } },
        'config.filter.salary',
      ],
      [
        { object: 'company', name: 'X', config: { ...config, filter: { 'custom.segment': { gt: 'a' } } } },
        'config.filter.custom.segment.gt',
      ],
      [
        { object: 'company', name: 'X', config: { ...config, filter: { createdAt: { gte: 'soon' } } } },
        'config.filter.createdAt.gte',
      ],
      [{ object: 'company', name: 'X', config: { ...config, q: 'x'.repeat(201) } }, 'config.q'],
    ];
    for (const [body, field] of cases) {
      const response = await owner.post('/views', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(
        response.json<Problem>().errors.map((e) => e.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    expect(await viewNames(owner)).toEqual([]);
  });

  it('rejects bad changes and bad list queries, changing nothing', async () => {
    const owner = await signUpOwner(t.app);
    const view = (
      await owner.post('/views', { object: 'company', name: 'Fine', config: { columns: ['name'] } })
    ).json<ViewBody>();
    for (const [body, field] of [
      [{ name: '' }, 'name'],
      [{ config: { columns: ['name', 'firstName'] } }, 'config.columns.1'],
      [{ config: { columns: ['name'], sort: 'tags' } }, 'config.sort'],
    ] as const) {
      const response = await owner.patch(`/views/${view.id}`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json<Problem>().errors.map((e) => e.field)).toContain(field);
    }
    for (const [url, field] of [
      ['/views?object=spaceship', 'object'],
      ['/views?limit=0', 'limit'],
      ['/views?cursor=garbage', 'cursor'],
    ] as const) {
      const response = await owner.get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json<Problem>().errors[0]!.field).toBe(field);
    }
    const views = (await owner.get('/views')).json<Page>().data;
    expect(views).toEqual([expect.objectContaining({ name: 'Fine', config: { columns: ['name'] } })]);
  });

  it('keeps workspaces apart: by list, by id, by update and by delete', async () => {
    const a = await signUpOwner(t.app);
    const b = await signUpOwner(t.app);
    const view = (await a.post('/views', personView('Secret shared', true))).json<ViewBody>();
    expect(await viewNames(b)).toEqual([]);
    expect((await b.get(`/views/${view.id}`)).statusCode).toBe(404);
    expect((await b.patch(`/views/${view.id}`, { name: 'Stolen' })).statusCode).toBe(404);
    expect((await b.delete(`/views/${view.id}`)).statusCode).toBe(404);
    expect(await viewNames(a)).toEqual(['Secret shared']);
  });
});
