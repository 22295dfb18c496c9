import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestApp, signUpOwner, type Client, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

interface TeamBody {
  id: string;
  name: string;
  memberIds: string[];
}
type Problem = { errors?: { field: string }[] };

const fieldsOf = (body: string) => (JSON.parse(body) as Problem).errors?.map((e) => e.field) ?? [];
const teamsOf = async (client: Client) => (await client.get('/teams')).json<{ data: TeamBody[] }>().data;
const putMembers = (client: Client, id: string, userIds: unknown) =>
  client.request('PUT', `/teams/${id}/members`, { userIds });

describe.each(testDialects())('teams API on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('creates, renames, sets members of and deletes a team with an audit trail', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(owner, 'member');
    const created = await owner.post('/teams', { name: 'Bratislava', memberIds: [owner.info.userId] });
    expect(created.statusCode).toBe(201);
    const team = created.json<TeamBody>();
    expect(team.memberIds).toEqual([owner.info.userId]);

    expect((await owner.patch(`/teams/${team.id}`, { name: 'Košice' })).json<TeamBody>().name).toBe('Košice');
    const set = await putMembers(owner, team.id, [member.info.userId, owner.info.userId, member.info.userId]);
    expect(set.statusCode).toBe(200);
    expect(set.json<TeamBody>().memberIds.sort()).toEqual([member.info.userId, owner.info.userId].sort());
    expect((await teamsOf(member)).map((x) => x.name)).toEqual(['Košice']);

    expect((await owner.delete(`/teams/${team.id}`)).statusCode).toBe(204);
    expect(await teamsOf(owner)).toEqual([]);
    const audit = (await owner.get(`/audit-log?entityType=team&entityId=${team.id}`)).json<{
      data: { action: string }[];
    }>().data;
    expect(audit.map((a) => a.action)).toEqual(['delete', 'update', 'update', 'create']);
  });

  it('rejects bad input, duplicate names and people from outside the workspace', async () => {
    const owner = await signUpOwner(t.app);
    const stranger = await signUpOwner(t.app);
    for (const [body, field] of [
      [{}, 'name'],
      [{ name: '' }, 'name'],
      [{ name: 'X', memberIds: ['nope'] }, 'memberIds.0'],
      [{ name: 'X', memberIds: [owner.info.userId, stranger.info.userId] }, 'memberIds.1'],
    ] as const) {
      const response = await owner.post('/teams', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(fieldsOf(response.body)).toContain(field);
    }
    const team = (await owner.post('/teams', { name: 'Sales' })).json<TeamBody>();
    const duplicate = await owner.post('/teams', { name: 'sales' });
    expect(duplicate.statusCode).toBe(409);
    expect(fieldsOf(duplicate.body)).toEqual(['name']);
    expect(fieldsOf((await putMembers(owner, team.id, [stranger.info.userId])).body)).toEqual(['userIds.0']);
    expect(fieldsOf((await putMembers(owner, team.id, 'all')).body)).toContain('userIds');
    expect(fieldsOf((await owner.patch(`/teams/${team.id}`, { name: '' })).body)).toContain('name');
    expect((await teamsOf(owner)).map((x) => [x.name, x.memberIds])).toEqual([['Sales', []]]);
  });

  it('lets only admins change teams', async () => {
    const owner = await signUpOwner(t.app);
    const team = (await owner.post('/teams', { name: 'Ops' })).json<TeamBody>();
    for (const roleKey of ['manager', 'member', 'viewer']) {
      const person = await addMember(owner, roleKey);
      expect((await person.get('/teams')).statusCode).toBe(200);
      expect((await person.post('/teams', { name: roleKey })).statusCode).toBe(403);
      expect((await person.patch(`/teams/${team.id}`, { name: 'Mine' })).statusCode).toBe(403);
      expect((await putMembers(person, team.id, [person.info.userId])).statusCode).toBe(403);
      expect((await person.delete(`/teams/${team.id}`)).statusCode).toBe(403);
    }
    expect((await teamsOf(owner)).map((x) => [x.name, x.memberIds])).toEqual([['Ops', []]]);
  });

  it('keeps workspaces apart', async () => {
    const a = await signUpOwner(t.app);
    const b = await signUpOwner(t.app);
    const team = (
      await a.post('/teams', { name: 'Secret team', memberIds: [a.info.userId] })
    ).json<TeamBody>();
    expect(await teamsOf(b)).toEqual([]);
    expect((await b.patch(`/teams/${team.id}`, { name: 'Stolen' })).statusCode).toBe(404);
    expect((await putMembers(b, team.id, [b.info.userId])).statusCode).toBe(404);
    expect((await b.delete(`/teams/${team.id}`)).statusCode).toBe(404);
    expect((await teamsOf(a))[0]).toMatchObject({ name: 'Secret team', memberIds: [a.info.userId] });
  });
});
