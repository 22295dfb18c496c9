import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  PASSWORD,
  signIn,
  signUpOwner,
  uniqueEmail,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

interface InvitationBody {
  id: string;
  email: string;
  roleId: string;
  expiresAt: string;
  token: string;
  path: string;
}
type Problem = { errors?: { field: string }[] };

const fieldsOf = (body: string) => (JSON.parse(body) as Problem).errors?.map((e) => e.field) ?? [];
async function roleId(client: Client, key: string) {
  const roles = (await client.get('/roles')).json<{ data: { id: string; key: string | null }[] }>().data;
  return roles.find((r) => r.key === key)!.id;
}

describe.each(testDialects())('invitations on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  const accept = (payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/accept-invitation', payload });
  const preview = (token: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/invitations/preview?token=${encodeURIComponent(token)}` });

  it('invites, previews without signing in, and joins with the invited role exactly once', async () => {
    const owner = await signUpOwner(t.app, { workspaceName: 'Mliekareň s.r.o.' });
    const email = uniqueEmail('Invitee').toUpperCase();
    const created = await owner.post('/invitations', { email, roleId: await roleId(owner, 'manager') });
    expect(created.statusCode).toBe(201);
    const invitation = created.json<InvitationBody>();
    expect(invitation).toMatchObject({
      email: email.toLowerCase(),
      path: `/accept-invitation?token=${invitation.token}`,
    });
    expect(Date.parse(invitation.expiresAt)).toBeGreaterThan(Date.now());
    const listed = (await owner.get('/invitations')).json<{
      data: { id: string; acceptedAt: string | null }[];
    }>().data;
    expect(listed).toEqual([expect.objectContaining({ id: invitation.id, acceptedAt: null })]);
    expect(JSON.stringify(listed)).not.toContain(invitation.token);

    const shown = await preview(invitation.token);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toEqual({ workspaceName: 'Mliekareň s.r.o.', email: email.toLowerCase() });

    const joined = await accept({ token: invitation.token, name: 'Ivana Invitee', password: PASSWORD });
    expect(joined.statusCode).toBe(201);
    expect(joined.json()).toMatchObject({
      workspace: { id: owner.info.workspaceId },
      role: { key: 'manager' },
      user: { name: 'Ivana Invitee' },
    });
    const member = (await owner.get('/members'))
      .json<{ data: { email: string; roleKey: string }[] }>()
      .data.find((m) => m.email === email.toLowerCase());
    expect(member?.roleKey).toBe('manager');
    expect((await signIn(t.app, email.toLowerCase())).info.workspaceId).toBe(owner.info.workspaceId);

    const again = await accept({ token: invitation.token, name: 'Again', password: PASSWORD });
    expect(again.statusCode).toBe(400);
    expect(fieldsOf(again.body)).toEqual(['token']);
    expect((await preview(invitation.token)).statusCode).toBe(404);
    expect(
      (await owner.post('/invitations', { email, roleId: await roleId(owner, 'viewer') })).statusCode,
    ).toBe(409);
  });

  it('refuses unknown and expired tokens', async () => {
    const owner = await signUpOwner(t.app);
    const invitation = (
      await owner.post('/invitations', { email: uniqueEmail(), roleId: await roleId(owner, 'member') })
    ).json<InvitationBody>();
    await t.app.db
      .updateTable('invitations')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('workspace_id', '=', owner.info.workspaceId)
      .where('id', '=', invitation.id)
      .execute();
    for (const token of [invitation.token, 'this-token-does-not-exist']) {
      expect((await preview(token)).statusCode).toBe(404);
      const response = await accept({ token, name: 'Late', password: PASSWORD });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['token']);
    }
    expect(fieldsOf((await preview('short')).body)).toEqual(['token']);
    expect((await owner.get('/members')).json<{ data: unknown[] }>().data).toHaveLength(1);
  });

  it('lets an existing account join only with its password', async () => {
    const owner = await signUpOwner(t.app);
    const elsewhere = await signUpOwner(t.app);
    const invitation = (
      await owner.post('/invitations', { email: elsewhere.info.email, roleId: await roleId(owner, 'viewer') })
    ).json<InvitationBody>();
    // The preview, open to anyone with the link, does not tell that the address has an account.
    expect((await preview(invitation.token)).json()).toEqual({
      workspaceName: 'Acme',
      email: elsewhere.info.email,
    });
    const wrong = await accept({ token: invitation.token, name: 'X', password: 'not the password' });
    expect(wrong.statusCode).toBe(401);
    expect(fieldsOf(wrong.body)).toEqual(['password']);
    const joined = await accept({ token: invitation.token, name: 'X', password: PASSWORD });
    expect(joined.statusCode).toBe(201);
    expect(joined.json()).toMatchObject({
      workspace: { id: owner.info.workspaceId },
      role: { key: 'viewer' },
    });
  });

  it('withdraws invitations, validates input and keeps workspaces apart', async () => {
    const a = await signUpOwner(t.app);
    const b = await signUpOwner(t.app);
    for (const [body, field] of [
      [{ roleId: await roleId(a, 'member') }, 'email'],
      [{ email: 'not-an-email', roleId: await roleId(a, 'member') }, 'email'],
      [{ email: uniqueEmail() }, 'roleId'],
      [{ email: uniqueEmail(), roleId: await roleId(b, 'member') }, 'roleId'],
    ] as const) {
      const response = await a.post('/invitations', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(fieldsOf(response.body)).toContain(field);
    }
    const invitation = (
      await a.post('/invitations', { email: uniqueEmail(), roleId: await roleId(a, 'member') })
    ).json<InvitationBody>();
    expect((await b.get('/invitations')).json<{ data: unknown[] }>().data).toEqual([]);
    expect((await b.delete(`/invitations/${invitation.id}`)).statusCode).toBe(404);
    expect((await a.delete(`/invitations/${invitation.id}`)).statusCode).toBe(204);
    expect((await a.delete(`/invitations/${invitation.id}`)).statusCode).toBe(404);
    expect((await preview(invitation.token)).statusCode).toBe(404);
    const audit = (await a.get(`/audit-log?entityType=invitation&entityId=${invitation.id}`)).json<{
      data: { action: string }[];
    }>().data;
    expect(audit.map((x) => x.action)).toEqual(['delete', 'create']);
  });
});
