import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpOwner, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

const ROUNDS = 5;

/** Administrative changes read what they change under the workspace lock: parallel edits all land. */
describe.each(testDialects())('concurrent administration on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('keeps both of two parallel changes to the workspace settings', async () => {
    const owner = await signUpOwner(t.app);
    for (let round = 0; round < ROUNDS; round++) {
      const currency = round % 2 ? 'EUR' : 'BGN';
      const answers = await Promise.all([
        owner.patch('/workspace', { name: `Workspace ${round}` }),
        owner.patch('/workspace', { defaultCurrency: currency }),
      ]);
      expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
      const stored = (await owner.get('/workspace')).json<{ name: string; defaultCurrency: string }>();
      expect(stored).toMatchObject({ name: `Workspace ${round}`, defaultCurrency: currency });
    }
  });

  it('keeps both a parallel rename and a change of permissions of one role', async () => {
    const owner = await signUpOwner(t.app);
    const role = (
      await owner.post('/roles', { name: 'Callers', permissions: { people: { read: 'all' } } })
    ).json<{ id: string }>();
    for (let round = 0; round < ROUNDS; round++) {
      const scope = round % 2 ? 'own' : 'all';
      const answers = await Promise.all([
        owner.patch(`/roles/${role.id}`, { name: `Callers ${round}` }),
        owner.patch(`/roles/${role.id}`, { permissions: { people: { read: 'all', update: scope } } }),
      ]);
      expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
      const roles = (await owner.get('/roles')).json<{
        data: { id: string; name: string; permissions: { people: { update: string } } }[];
      }>().data;
      const stored = roles.find((r) => r.id === role.id)!;
      expect(stored.name).toBe(`Callers ${round}`);
      expect(stored.permissions.people.update).toBe(scope);
    }
  });

  it('keeps both a parallel rename and a new member list of one team', async () => {
    const owner = await signUpOwner(t.app);
    const team = (await owner.post('/teams', { name: 'North' })).json<{ id: string }>();
    for (let round = 0; round < ROUNDS; round++) {
      const userIds = round % 2 ? [] : [owner.info.userId];
      const answers = await Promise.all([
        owner.patch(`/teams/${team.id}`, { name: `North ${round}` }),
        owner.put(`/teams/${team.id}/members`, { userIds }),
      ]);
      expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
      const teams = (await owner.get('/teams')).json<{
        data: { id: string; name: string; memberIds: string[] }[];
      }>().data;
      expect(teams.find((x) => x.id === team.id)).toMatchObject({
        name: `North ${round}`,
        memberIds: userIds,
      });
    }
  });
});
