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

interface Tag {
  tag: string;
  total: number;
  counts: Record<string, number>;
}

describe.each(testDialects())('tags on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  const tags = async (client: Client, query = '') => {
    const response = await client.get(`/tags${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ data: Tag[] }>().data;
  };

  it('lists the tags in use, most used first, with counts per record type and without the trash', async () => {
    const owner = await signUpOwner(t.app);
    await owner.post('/people', { firstName: 'A', tags: ['vip', 'Praha'] });
    await owner.post('/people', { firstName: 'B', tags: ['vip'] });
    await owner.post('/companies', { name: 'C', tags: ['vip', 'supplier'] });
    const gone = (await owner.post('/companies', { name: 'D', tags: ['old'] })).json<{ id: string }>();
    expect((await owner.delete(`/companies/${gone.id}`)).statusCode).toBe(204);

    expect(await tags(owner)).toEqual([
      { tag: 'vip', total: 3, counts: { person: 2, company: 1 } },
      { tag: 'Praha', total: 1, counts: { person: 1 } },
      { tag: 'supplier', total: 1, counts: { company: 1 } },
    ]);
    expect(await tags(owner, '?object=company')).toEqual([
      { tag: 'supplier', total: 1, counts: { company: 1 } },
      { tag: 'vip', total: 1, counts: { company: 1 } },
    ]);
  });

  it('counts only what the caller may read, and never another workspace', async () => {
    const owner = await signUpOwner(t.app);
    const stranger = await signUpOwner(t.app);
    await stranger.post('/people', { firstName: 'S', tags: ['theirs'] });
    const member = await addMember(owner, 'member');
    await owner.post('/people', { firstName: 'O', tags: ['shared'] });
    await member.post('/people', { firstName: 'M', tags: ['shared', 'mine'] });
    const role = await owner.post('/roles', { name: 'Own people', permissions: { people: { read: 'own' } } });
    const ownOnly = await addWithRole(owner, role.json<{ id: string }>().id);
    await owner.post('/companies', { name: 'Hidden', tags: ['companies only'] });

    expect((await tags(owner)).map((x) => [x.tag, x.total])).toEqual([
      ['shared', 2],
      ['companies only', 1],
      ['mine', 1],
    ]);
    expect(await tags(ownOnly)).toEqual([]);
    expect((await tags(stranger)).map((x) => x.tag)).toEqual(['theirs']);
  });

  it('renames a tag on every record in one go, merging it into a tag in use, with history', async () => {
    const owner = await signUpOwner(t.app);
    const a = (await owner.post('/people', { firstName: 'A', tags: ['VIP', 'vip'] })).json<{ id: string }>();
    const b = (await owner.post('/companies', { name: 'B', tags: ['VIP'] })).json<{ id: string }>();
    await owner.post('/products', { sku: 'X-1', name: 'X', tags: ['other'] });

    const renamed = await owner.post('/tags/rename', { from: 'VIP', to: 'vip' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toEqual({ changed: 2 });
    expect((await owner.get(`/people/${a.id}`)).json()).toMatchObject({ tags: ['vip'], version: 2 });
    expect((await owner.get(`/companies/${b.id}`)).json()).toMatchObject({ tags: ['vip'], version: 2 });
    expect(await tags(owner)).toEqual([
      { tag: 'vip', total: 2, counts: { person: 1, company: 1 } },
      { tag: 'other', total: 1, counts: { product: 1 } },
    ]);
    const history = (await owner.get(`/companies/${b.id}/history`)).json<{ data: { changes: unknown }[] }>();
    expect(history.data[0]!.changes).toEqual({ tags: { before: ['VIP'], after: ['vip'] } });
  });

  it('lets only admins rename, within their own workspace, and refuses bad input naming the field', async () => {
    const owner = await signUpOwner(t.app);
    const stranger = await signUpOwner(t.app);
    const member = await addMember(owner, 'member');
    const theirs = (await stranger.post('/people', { firstName: 'S', tags: ['vip'] })).json<{ id: string }>();
    const mine = (await owner.post('/people', { firstName: 'O', tags: ['vip'] })).json<{ id: string }>();

    expect((await member.post('/tags/rename', { from: 'vip', to: 'VIP' })).statusCode).toBe(403);
    expect((await owner.get(`/people/${mine.id}`)).json()).toMatchObject({ tags: ['vip'], version: 1 });
    expect((await owner.post('/tags/rename', { from: 'vip', to: 'key' })).json()).toEqual({ changed: 1 });
    expect((await stranger.get(`/people/${theirs.id}`)).json()).toMatchObject({ tags: ['vip'], version: 1 });
    expect((await owner.post('/tags/rename', { from: 'absent', to: 'x' })).json()).toEqual({ changed: 0 });

    for (const [body, field] of [
      [{ from: 'key', to: '  ' }, 'to'],
      [{ from: '', to: 'x' }, 'from'],
      [{ from: 'key', to: 'key' }, 'to'],
      [{ from: 'key', to: 'x'.repeat(101) }, 'to'],
    ] as const) {
      const response = await owner.post('/tags/rename', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body).toContain(field);
    }
    expect((await owner.get(`/people/${mine.id}`)).json()).toMatchObject({ tags: ['key'], version: 2 });
  });

  it('refuses an unknown record type naming the field', async () => {
    const owner = await signUpOwner(t.app);
    const response = await owner.get('/tags?object=dragon');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toContain('object');
  });
});
