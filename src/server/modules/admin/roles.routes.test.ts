import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  apiKeyClient,
  createTestApp,
  signUpOwner,
  uniqueEmail,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

interface RoleBody {
  id: string;
  key: string | null;
  name: string;
  builtIn: boolean;
  memberCount: number;
  permissions: Record<string, Record<string, string>>;
}
type Problem = { errors?: { field: string; message: string }[]; detail: string };

const fieldsOf = (body: string) => (JSON.parse(body) as Problem).errors?.map((e) => e.field) ?? [];
const rolesOf = async (client: Client) => (await client.get('/roles')).json<{ data: RoleBody[] }>().data;

describe.each(testDialects())('roles API on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('lists the built-in roles with member counts to any signed-in person', async () => {
    const owner = await signUpOwner(t.app);
    const viewer = await addMember(owner, 'viewer');
    const roles = await rolesOf(viewer);
    expect(roles.map((r) => r.key)).toEqual(['owner', 'admin', 'manager', 'member', 'viewer']);
    expect(roles.every((r) => r.builtIn)).toBe(true);
    expect(roles.find((r) => r.key === 'owner')).toMatchObject({ name: 'Owner', memberCount: 1 });
    expect(roles.find((r) => r.key === 'viewer')!.permissions.companies).toEqual({
      create: 'none',
      read: 'all',
      update: 'none',
      delete: 'none',
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/roles' })).statusCode).toBe(401);
  });

  it('creates, changes and deletes a custom role with an audit trail', async () => {
    const owner = await signUpOwner(t.app);
    const created = await owner.post('/roles', {
      name: 'Field sales',
      permissions: { companies: { read: 'team', create: 'all' }, people: { read: 'all' } },
    });
    expect(created.statusCode).toBe(201);
    const role = created.json<RoleBody>();
    expect(role).toMatchObject({ key: null, name: 'Field sales', builtIn: false, memberCount: 0 });
    expect(role.permissions.companies).toEqual({
      create: 'all',
      read: 'team',
      update: 'none',
      delete: 'none',
    });
    expect(role.permissions.admin).toEqual({ create: 'none', read: 'none', update: 'none', delete: 'none' });

    const patched = await owner.patch(`/roles/${role.id}`, {
      name: 'Key accounts',
      permissions: { companies: { read: 'all', update: 'own' } },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json<RoleBody>()).toMatchObject({
      name: 'Key accounts',
      permissions: { companies: { read: 'all', update: 'own', create: 'none' } },
    });
    expect((await rolesOf(owner)).map((r) => r.name)).toContain('Key accounts');

    expect((await owner.delete(`/roles/${role.id}`)).statusCode).toBe(204);
    expect((await rolesOf(owner)).map((r) => r.id)).not.toContain(role.id);
    const audit = (await owner.get(`/audit-log?entityType=role&entityId=${role.id}`)).json<{
      data: { action: string; changes: Record<string, unknown> }[];
    }>().data;
    expect(audit.map((a) => a.action)).toEqual(['delete', 'update', 'create']);
    expect(audit[1]!.changes).toHaveProperty('name', { before: 'Field sales', after: 'Key accounts' });
  });

  it('rejects bad input with problem+json naming the field', async () => {
    const owner = await signUpOwner(t.app);
    const cases: [unknown, string][] = [
      [{ permissions: {} }, 'name'],
      [{ name: '  ', permissions: {} }, 'name'],
      [{ name: 'X' }, 'permissions'],
      [{ name: 'X', permissions: { companies: { read: 'everything' } } }, 'permissions.companies.read'],
      [{ name: 'X', permissions: { companies: { approve: 'all' } } }, 'permissions.companies'],
      [{ name: 'X', permissions: { spaceships: { read: 'all' } } }, 'permissions'],
      [{ name: 'X', permissions: { admin: { read: 'own' } } }, 'permissions.admin.read'],
    ];
    for (const [body, field] of cases) {
      const response = await owner.post('/roles', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(fieldsOf(response.body), JSON.stringify(body)).toContain(field);
    }
    expect((await owner.patch('/roles/not-a-uuid', { name: 'Y' })).statusCode).toBe(400);
    expect((await rolesOf(owner)).filter((r) => !r.builtIn)).toHaveLength(0);
  });

  it('protects built-in roles, unique names and roles still in use', async () => {
    const owner = await signUpOwner(t.app);
    const roles = await rolesOf(owner);
    const viewerRole = roles.find((r) => r.key === 'viewer')!;
    for (const response of [
      await owner.patch(`/roles/${viewerRole.id}`, { name: 'Readers' }),
      await owner.delete(`/roles/${viewerRole.id}`),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(fieldsOf(response.body)).toEqual(['id']);
    }
    const duplicate = await owner.post('/roles', { name: 'viewer', permissions: {} });
    expect(duplicate.statusCode).toBe(409);
    expect(fieldsOf(duplicate.body)).toEqual(['name']);

    const custom = (
      await owner.post('/roles', { name: 'Auditor', permissions: { audit: { read: 'all' } } })
    ).json<RoleBody>();
    const keyed = await owner.post('/api-keys', { name: 'BI export', roleId: custom.id });
    expect(keyed.statusCode).toBe(201);
    const inUse = await owner.delete(`/roles/${custom.id}`);
    expect(inUse.statusCode).toBe(409);
    expect(fieldsOf(inUse.body)).toEqual(['id']);
    expect(inUse.json<Problem>().detail).toContain('1 API key');
    expect((await owner.delete(`/api-keys/${keyed.json<{ id: string }>().id}`)).statusCode).toBe(204);

    const invited = await owner.post('/invitations', { email: uniqueEmail('auditor'), roleId: custom.id });
    expect((await owner.delete(`/roles/${custom.id}`)).json<Problem>().detail).toContain('1 open invitation');
    expect((await owner.delete(`/invitations/${invited.json<{ id: string }>().id}`)).statusCode).toBe(204);
    expect((await owner.delete(`/roles/${custom.id}`)).statusCode).toBe(204);
  });

  it('answers 409, not 500, to the loser of two simultaneous creations with one name', async () => {
    const owner = await signUpOwner(t.app);
    const responses = await Promise.all(
      ['Field sales', 'Field sales', 'Field sales'].map((name) =>
        owner.post('/roles', { name, permissions: { people: { read: 'all' } } }),
      ),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    for (const refused of responses.filter((r) => r.statusCode === 409)) {
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(fieldsOf(refused.body)).toEqual(['name']);
    }
  });

  it('lets only the admin module write roles', async () => {
    const owner = await signUpOwner(t.app);
    const custom = (await owner.post('/roles', { name: 'Temp', permissions: {} })).json<RoleBody>();
    for (const roleKey of ['manager', 'member', 'viewer']) {
      const person = await addMember(owner, roleKey);
      expect((await person.get('/roles')).statusCode).toBe(200);
      expect((await person.post('/roles', { name: `By ${roleKey}`, permissions: {} })).statusCode).toBe(403);
      expect((await person.patch(`/roles/${custom.id}`, { name: 'Hijacked' })).statusCode).toBe(403);
      expect((await person.delete(`/roles/${custom.id}`)).statusCode).toBe(403);
    }
    const admin = await addMember(owner, 'admin');
    expect((await admin.patch(`/roles/${custom.id}`, { name: 'Renamed by admin' })).statusCode).toBe(200);
    const viewerKey = await apiKeyClient(owner, 'viewer');
    expect((await viewerKey.post('/roles', { name: 'By key', permissions: {} })).statusCode).toBe(403);
  });

  it('keeps workspaces apart', async () => {
    const a = await signUpOwner(t.app);
    const b = await signUpOwner(t.app);
    const secret = (await a.post('/roles', { name: 'Secret role', permissions: {} })).json<RoleBody>();
    expect((await rolesOf(b)).map((r) => r.id)).not.toContain(secret.id);
    expect((await b.patch(`/roles/${secret.id}`, { name: 'Stolen' })).statusCode).toBe(404);
    expect((await b.delete(`/roles/${secret.id}`)).statusCode).toBe(404);
    const borrowed = await b.post('/api-keys', { name: 'Borrowed role', roleId: secret.id });
    expect(borrowed.statusCode).toBe(400);
    expect(fieldsOf(borrowed.body)).toEqual(['roleId']);
    expect((await b.post('/invitations', { email: uniqueEmail(), roleId: secret.id })).statusCode).toBe(400);
    expect((await rolesOf(a)).find((r) => r.id === secret.id)?.name).toBe('Secret role');
  });
});
