import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRecords } from '../lib/record-list.js';
import { listSearch } from '../modules/search/search.repository.js';
import {
  addMember,
  addWithRole,
  createTestApp,
  signUpOwner,
  type Client,
  type TestApp,
} from '../testing/factories.js';
import { testDialects } from '../testing/test-database.js';
import { recordTypeOf } from './registry.js';

type Count = { count: number; exact: boolean };

describe.each(testDialects())('counting a list on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  const count = async (client: Client, query = '') => {
    const response = await client.get(`/people/count${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Count>();
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    owner = await signUpOwner(t.app);
    for (const [firstName, country] of [
      ['Ján', 'SK'],
      ['Jana', 'SK'],
      ['Emil', 'PL'],
      ['Zofia', 'PL'],
      ['Ana', 'PT'],
    ])
      expect((await owner.post('/people', { firstName, lastName: 'Test', country })).statusCode).toBe(201);
  });
  afterAll(async () => t.close());

  it('counts what the list with the same search, filters and trash holds', async () => {
    expect(await count(owner)).toEqual({ count: 5, exact: true });
    expect(await count(owner, '?filter[country]=SK')).toEqual({ count: 2, exact: true });
    expect(await count(owner, '?q=jan')).toEqual({ count: 2, exact: true });
    expect(await count(owner, '?q=jan&filter[country]=PL')).toEqual({ count: 0, exact: true });
    const ana = (await owner.get('/people?filter[country]=PT')).json<{ data: { id: string }[] }>().data[0]!;
    expect((await owner.delete(`/people/${ana.id}`)).statusCode).toBe(204);
    expect(await count(owner)).toEqual({ count: 4, exact: true });
    expect(await count(owner, '?deleted=true')).toEqual({ count: 1, exact: true });
  });

  it('stops at its bound and says there are more', async () => {
    const type = recordTypeOf('person');
    const options = (q?: string) => ({
      workspaceId: owner.info.workspaceId,
      query: { limit: 1, deleted: false, ...(q && { q }) },
      fields: type.listFields,
      customFields: [],
      defaultSort: type.defaultSort,
      ownerIds: null,
      search: q ? listSearch(t.app.db, owner.info.workspaceId, type.entity, q, false) : null,
    });
    expect(await countRecords(t.app.db, type.table, options(), 3)).toEqual({ count: 3, exact: false });
    expect(await countRecords(t.app.db, type.table, options(), 4)).toEqual({ count: 4, exact: true });
    expect(await countRecords(t.app.db, type.table, options('test'), 2)).toEqual({ count: 2, exact: false });
  });

  it('counts only the records the caller may see (own and team scope)', async () => {
    const role = await owner.post('/roles', {
      name: 'Own seller',
      permissions: { people: { read: 'own', create: 'all' } },
    });
    expect(role.statusCode, role.body).toBe(201);
    const seller = await addWithRole(owner, role.json<{ id: string }>().id);
    const teammate = await addMember(owner, 'member');
    expect(await count(seller)).toEqual({ count: 0, exact: true });
    await seller.post('/people', { firstName: 'Mine', country: 'SK' });
    await teammate.post('/people', { firstName: 'Theirs', country: 'SK' });
    expect(await count(seller)).toEqual({ count: 1, exact: true });

    const teamRole = await owner.post('/roles', {
      name: 'Team seller',
      permissions: { people: { read: 'team' } },
    });
    const teamSeller = await addWithRole(owner, teamRole.json<{ id: string }>().id);
    expect(await count(teamSeller)).toEqual({ count: 0, exact: true });
    await owner.post('/teams', { name: 'East', memberIds: [teamSeller.info.userId, teammate.info.userId] });
    expect(await count(teamSeller, '?filter[country]=SK')).toEqual({ count: 1, exact: true });
  });

  it('refuses a bad filter naming it, a caller without the right and keeps workspaces apart', async () => {
    const bad = await owner.get('/people/count?filter[nope]=1');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body).toContain('nope');
    const role = await owner.post('/roles', {
      name: 'No people',
      permissions: { companies: { read: 'all' } },
    });
    const outsider = await addWithRole(owner, role.json<{ id: string }>().id);
    expect((await outsider.get('/people/count')).statusCode).toBe(403);
    const other = await signUpOwner(t.app);
    expect(await count(other)).toEqual({ count: 0, exact: true });
  });
});
