import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWithRole, Client, createTestApp, signUpOwner, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

/**
 * The attacks that once let a custom role with a single admin permission make itself an admin. Each
 * step that used to succeed must now be refused, and the attacker must end up with what they had.
 */

interface RoleBody {
  id: string;
  key: string | null;
  permissions: Record<string, Record<string, string>>;
}

async function rolesByKey(client: Client) {
  const roles = (await client.get('/roles')).json<{ data: RoleBody[] }>().data;
  return new Map(roles.map((role) => [role.key ?? role.id, role]));
}

async function customRole(owner: Client, name: string, permissions: object) {
  const created = await owner.post('/roles', { name, permissions });
  if (created.statusCode !== 201) throw new Error(`role failed: ${created.body}`);
  return created.json<RoleBody>();
}

async function roleKeyOf(owner: Client, userId: string) {
  const members = (await owner.get('/members')).json<{
    data: { userId: string; roleKey: string | null }[];
  }>();
  return members.data.find((m) => m.userId === userId)?.roleKey;
}

function expectForbidden(response: { statusCode: number; headers: Record<string, unknown> }) {
  expect(response.statusCode).toBe(403);
  expect(response.headers['content-type']).toContain('application/problem+json');
}

describe.each(testDialects())('privilege escalation through admin endpoints on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('refuses an admin key to a role that may only create admin things, and so the self-promotion', async () => {
    const owner = await signUpOwner(t.app);
    const creator = await customRole(owner, 'Creator', { admin: { create: 'all' } });
    const attacker = await addWithRole(owner, creator.id, 'creator');
    const adminRole = (await rolesByKey(owner)).get('admin')!;

    const minted = await attacker.post('/api-keys', { name: 'backdoor', roleId: adminRole.id });
    expectForbidden(minted);
    expect((await owner.get('/api-keys')).json<{ data: unknown[] }>().data).toEqual([]);
    // Had the key been minted, it would have been used to promote its maker; nothing to use now.
    const promoted = await attacker.patch(`/members/${attacker.info.userId}`, { roleId: adminRole.id });
    expectForbidden(promoted);
    expect(await roleKeyOf(owner, attacker.info.userId!)).toBeNull();
  });

  it('refuses self-promotion and rewriting its own role to a role that may only update admin things', async () => {
    const owner = await signUpOwner(t.app);
    const updater = await customRole(owner, 'Updater', { admin: { update: 'all' } });
    const attacker = await addWithRole(owner, updater.id, 'updater');
    const roles = await rolesByKey(owner);

    expectForbidden(
      await attacker.patch(`/members/${attacker.info.userId}`, { roleId: roles.get('admin')!.id }),
    );
    expect(await roleKeyOf(owner, attacker.info.userId!)).toBeNull();

    const everything = roles.get('owner')!.permissions;
    expectForbidden(await attacker.patch(`/roles/${updater.id}`, { permissions: everything }));
    expect((await rolesByKey(owner)).get(updater.id)!.permissions).toEqual(updater.permissions);
    // Still only what it had: no reading of API keys, no new roles.
    expect((await attacker.get('/api-keys')).statusCode).toBe(403);
  });

  it('holds an API key to the role it acts under, as it holds a person', async () => {
    const owner = await signUpOwner(t.app);
    const lesser = await customRole(owner, 'Lesser admin', {
      people: { read: 'all' },
      admin: { create: 'all', read: 'all', update: 'all', delete: 'all' },
    });
    const created = await owner.post('/api-keys', { name: 'lesser', roleId: lesser.id });
    const key = new Client(
      t.app,
      { apiKey: created.json<{ key: string }>().key },
      { ...owner.info, userId: null },
    );
    const roles = await rolesByKey(owner);

    expectForbidden(await key.patch(`/roles/${lesser.id}`, { permissions: roles.get('owner')!.permissions }));
    expectForbidden(await key.delete(`/roles/${lesser.id}`));
    expectForbidden(await key.post('/api-keys', { name: 'wider', roleId: roles.get('admin')!.id }));
    expect((await key.post('/api-keys', { name: 'same', roleId: lesser.id })).statusCode).toBe(201);
    const reader = await customRole(owner, 'Reader', { people: { read: 'all' } });
    const member = await addWithRole(owner, reader.id, 'reader');
    expectForbidden(await key.patch(`/members/${member.info.userId}`, { roleId: roles.get('manager')!.id }));
    expect((await key.patch(`/members/${member.info.userId}`, { roleId: lesser.id })).statusCode).toBe(200);
    expectForbidden(await key.patch(`/members/${owner.info.userId}`, { active: false }));
    expect((await rolesByKey(owner)).get(lesser.id)!.permissions).toEqual(lesser.permissions);
  });
});
