import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  addWithRole,
  createTestApp,
  signUpOwner,
  uniqueEmail,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

const names = async (client: Client) =>
  (await client.get('/companies?sort=name')).json<{ data: { name: string }[] }>().data.map((c) => c.name);

describe.each(testDialects())('record permissions on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('lets a viewer read but not create companies, and keeps non-admins out of admin endpoints', async () => {
    const owner = await signUpOwner(t.app);
    await owner.post('/companies', { name: 'Visible' });
    const viewer = await addMember(owner, 'viewer');
    expect(await names(viewer)).toEqual(['Visible']);
    const denied = await viewer.post('/companies', { name: 'Nope' });
    expect(denied.statusCode).toBe(403);
    expect(denied.headers['content-type']).toContain('application/problem+json');
    const member = await addMember(owner, 'member');
    for (const person of [viewer, member]) {
      for (const url of ['/api-keys', '/invitations', '/audit-log'])
        expect((await person.get(url)).statusCode, url).toBe(403);
      expect(
        (await person.post('/invitations', { email: uniqueEmail(), roleId: owner.info.workspaceId }))
          .statusCode,
      ).toBe(403);
      expect((await person.patch('/workspace', { name: 'Mine' })).statusCode).toBe(403);
    }
    expect(await names(owner)).toEqual(['Visible']);
  });

  it('lets a member read every company but change only their own', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(owner, 'member');
    const ownersCompany = (await owner.post('/companies', { name: 'Owner Co' })).json<{ id: string }>();
    const mine = await member.post('/companies', { name: 'Member Co' });
    expect(mine.statusCode).toBe(201);
    const mineId = mine.json<{ id: string }>().id;
    expect(await names(member)).toEqual(['Member Co', 'Owner Co']);
    expect((await member.get(`/companies/${ownersCompany.id}`)).statusCode).toBe(200);
    expect((await member.patch(`/companies/${ownersCompany.id}`, { industry: 'Hacked' })).statusCode).toBe(
      403,
    );
    expect((await member.delete(`/companies/${ownersCompany.id}`)).statusCode).toBe(403);
    expect((await member.patch(`/companies/${mineId}`, { industry: 'Dairy' })).statusCode).toBe(200);
    // Handing a company to someone else would move it out of the member's own scope.
    expect((await member.patch(`/companies/${mineId}`, { ownerId: owner.info.userId })).statusCode).toBe(403);
    expect(
      (await owner.get(`/companies/${ownersCompany.id}`)).json<{ industry: string | null }>().industry,
    ).toBeNull();
  });

  it("limits a custom role with team scope to teammates' companies", async () => {
    const owner = await signUpOwner(t.app);
    const role = await owner.post('/roles', {
      name: 'Team seller',
      permissions: { companies: { read: 'team', create: 'all', update: 'own' } },
    });
    expect(role.statusCode).toBe(201);
    const seller = await addWithRole(owner, role.json<{ id: string }>().id);
    const teammate = await addMember(owner, 'member');
    const outsider = await addMember(owner, 'member');
    const teammateCo = (await teammate.post('/companies', { name: 'Teammate Co' })).json<{ id: string }>();
    const outsiderCo = (await outsider.post('/companies', { name: 'Outsider Co' })).json<{ id: string }>();
    await owner.post('/companies', { name: 'Owner Co' });
    await seller.post('/companies', { name: 'Seller Co' });

    expect(await names(seller)).toEqual(['Seller Co']);
    const team = await owner.post('/teams', {
      name: 'East',
      memberIds: [seller.info.userId, teammate.info.userId],
    });
    expect(team.statusCode).toBe(201);
    expect(await names(seller)).toEqual(['Seller Co', 'Teammate Co']);
    expect((await seller.get(`/companies/${teammateCo.id}`)).statusCode).toBe(200);
    expect((await seller.get(`/companies/${outsiderCo.id}`)).statusCode).toBe(403);
    expect((await seller.patch(`/companies/${teammateCo.id}`, { industry: 'x' })).statusCode).toBe(403);

    // Leaving the team takes the teammate's companies out of view at once.
    await owner.request('PUT', `/teams/${team.json<{ id: string }>().id}/members`, {
      userIds: [seller.info.userId],
    });
    expect(await names(seller)).toEqual(['Seller Co']);
    expect((await seller.get(`/companies/${teammateCo.id}`)).statusCode).toBe(403);
    expect(await names(owner)).toEqual(['Outsider Co', 'Owner Co', 'Seller Co', 'Teammate Co']);
  });
});
