import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  apiKeyClient,
  createTestApp,
  signIn,
  signUpOwner,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

interface MemberBody {
  id: string;
  email: string;
  roleId: string;
  roleKey: string | null;
  active: boolean;
  teams: { id: string; name: string }[];
}
type Problem = { errors?: { field: string }[] };

const fieldsOf = (body: string) => (JSON.parse(body) as Problem).errors?.map((e) => e.field) ?? [];
const membersOf = async (client: Client) =>
  (await client.get('/members')).json<{ data: MemberBody[] }>().data;
async function roleId(client: Client, key: string) {
  const roles = (await client.get('/roles')).json<{ data: { id: string; key: string | null }[] }>().data;
  return roles.find((r) => r.key === key)!.id;
}

describe.each(testDialects())('members API on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('lists members with their role and teams', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(owner, 'member');
    const team = (await owner.post('/teams', { name: 'North', memberIds: [member.info.userId] })).json<{
      id: string;
    }>();
    const members = await membersOf(member);
    expect(members).toHaveLength(2);
    expect(members.find((m) => m.id === owner.info.userId)).toMatchObject({
      roleKey: 'owner',
      active: true,
      teams: [],
      email: owner.info.email,
    });
    expect(members.find((m) => m.id === member.info.userId)).toMatchObject({
      roleKey: 'member',
      teams: [{ id: team.id, name: 'North' }],
    });
  });

  it('changes roles and deactivates and reactivates a member, with audit entries', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(owner, 'member');
    const userId = member.info.userId!;
    const promoted = await owner.patch(`/members/${userId}`, { roleId: await roleId(owner, 'manager') });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json<MemberBody>()).toMatchObject({ roleKey: 'manager', active: true });
    // The new role applies to the member's next request.
    expect((await member.get('/audit-log')).statusCode).toBe(200);

    const deactivated = await owner.patch(`/members/${userId}`, { active: false });
    expect(deactivated.json<MemberBody>()).toMatchObject({ active: false });
    expect((await member.get('/companies')).statusCode).toBe(401);
    await expect(signIn(t.app, member.info.email!)).rejects.toThrow(/403/);

    expect((await owner.patch(`/members/${userId}`, { active: true })).json<MemberBody>().active).toBe(true);
    expect((await member.get('/companies')).statusCode).toBe(200);
    const audit = (await owner.get(`/audit-log?entityType=member&entityId=${userId}`)).json<{
      data: { action: string; changes: Record<string, unknown> }[];
    }>().data;
    expect(audit.map((a) => a.action)).toEqual(['update', 'update', 'update', 'create']);
    expect(audit[1]!.changes).toEqual({ active: { before: true, after: false } });
  });

  it('keeps an active owner and lets only owners grant or remove owner', async () => {
    const owner = await signUpOwner(t.app);
    const admin = await addMember(owner, 'admin');
    const ownerKey = await apiKeyClient(owner, 'owner');
    const ownerRole = await roleId(owner, 'owner');
    const memberRole = await roleId(owner, 'member');

    for (const body of [{ roleId: memberRole }, { active: false }]) {
      // Nobody changes their own membership, owners included.
      expect((await owner.patch(`/members/${owner.info.userId}`, body)).statusCode).toBe(403);
      // An owner's key may change owners, but never remove the last one.
      const response = await ownerKey.patch(`/members/${owner.info.userId}`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(409);
      expect(fieldsOf(response.body)).toEqual([Object.keys(body)[0]]);
    }
    expect((await admin.patch(`/members/${owner.info.userId}`, { roleId: memberRole })).statusCode).toBe(403);
    expect((await admin.patch(`/members/${owner.info.userId}`, { active: false })).statusCode).toBe(403);
    expect((await admin.patch(`/members/${admin.info.userId}`, { roleId: ownerRole })).statusCode).toBe(403);

    expect((await owner.patch(`/members/${admin.info.userId}`, { roleId: ownerRole })).statusCode).toBe(200);
    // With a second owner, that owner may move the first one down.
    expect((await admin.patch(`/members/${owner.info.userId}`, { roleId: memberRole })).statusCode).toBe(200);
    const owners = (await membersOf(admin)).filter((m) => m.roleKey === 'owner');
    expect(owners.map((m) => m.id)).toEqual([admin.info.userId]);
  });

  it('rejects bad input and non-admins', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(owner, 'member');
    const viewer = await addMember(owner, 'viewer');
    const target = `/members/${member.info.userId}`;
    for (const [body, field] of [
      [{ roleId: 'admin' }, 'roleId'],
      [{ roleId: '0190f0f0-0000-7000-8000-000000000000' }, 'roleId'],
      [{ active: 'no' }, 'active'],
    ] as const) {
      const response = await owner.patch(target, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(fieldsOf(response.body)).toContain(field);
    }
    expect(fieldsOf((await owner.patch('/members/nobody', { active: false })).body)).toContain('userId');
    expect(
      (await owner.patch('/members/0190f0f0-0000-7000-8000-000000000000', { active: false })).statusCode,
    ).toBe(404);
    expect((await member.patch(`/members/${viewer.info.userId}`, { active: false })).statusCode).toBe(403);
    expect((await viewer.patch(target, { active: false })).statusCode).toBe(403);
    expect((await membersOf(owner)).every((m) => m.active)).toBe(true);
  });

  it('keeps workspaces apart', async () => {
    const a = await signUpOwner(t.app);
    const b = await signUpOwner(t.app);
    const aMember = await addMember(a, 'member');
    expect((await membersOf(b)).map((m) => m.id)).toEqual([b.info.userId]);
    expect((await b.patch(`/members/${aMember.info.userId}`, { active: false })).statusCode).toBe(404);
    expect(
      (await b.patch(`/members/${a.info.userId}`, { roleId: await roleId(b, 'viewer') })).statusCode,
    ).toBe(404);
    expect(
      (await a.patch(`/members/${aMember.info.userId}`, { roleId: await roleId(b, 'viewer') })).statusCode,
    ).toBe(400);
    expect((await membersOf(a)).find((m) => m.id === aMember.info.userId)).toMatchObject({
      active: true,
      roleKey: 'member',
    });
  });
});
