import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../lib/totp.js';
import {
  addMember,
  createTestApp,
  PASSWORD,
  signIn,
  signUpOwner,
  uniqueEmail,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

type Problem = { errors?: { field: string }[] };
const fieldsOf = (body: string) => (JSON.parse(body) as Problem).errors?.map((e) => e.field) ?? [];

describe.each(testDialects())('auth API on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  // Each test signs in from its own address so the per-address throttle of one test never trips another.
  let address = 0;
  const post = (url: string, payload: Record<string, unknown>, remoteAddress = `192.0.2.${++address}`) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, remoteAddress });

  it('refuses a wrong password with 401 naming the field; failures elsewhere do not lock the owner out', async () => {
    const owner = await signUpOwner(t.app);
    const wrong = await post('/auth/sign-in', { email: owner.info.email, password: 'wrong password' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(wrong.body)).toEqual(['password']);
    for (let i = 0; i < 5; i++)
      expect(
        (await post('/auth/sign-in', { email: owner.info.email, password: `nope ${i}` })).statusCode,
      ).toBe(401);
    // Five failures from other addresses: the owner, from theirs, signs in (see sign-in-throttle.routes.test.ts).
    const signedIn = await post('/auth/sign-in', {
      email: owner.info.email!.toUpperCase(),
      password: PASSWORD,
    });
    expect(signedIn.statusCode).toBe(201);
  });

  it('keeps a time zone the app can format dates in, and refuses one it cannot', async () => {
    const owner = await signUpOwner(t.app);
    expect((await owner.patch('/auth/profile', { timeZone: 'Europe/Sofia' })).statusCode).toBe(204);
    const wrong = await owner.patch('/auth/profile', { timeZone: 'Mars/Olympus' });
    expect(wrong.statusCode).toBe(400);
    expect(fieldsOf(wrong.body)).toEqual(['timeZone']);
    const session = (await owner.get('/auth/session')).json<{ user: { timeZone: string } }>();
    expect(session.user.timeZone).toBe('Europe/Sofia');
  });

  it('names the members sharing a team with the user, for the web app’s team scopes', async () => {
    const owner = await signUpOwner(t.app);
    const [colleague, outsider] = [await addMember(owner, 'member'), await addMember(owner, 'member')];
    const teammates = async (client: Client) =>
      (await client.get('/auth/session')).json<{ teamUserIds: string[] }>().teamUserIds.sort();
    expect(await teammates(colleague)).toEqual([colleague.info.userId]);
    const team = (await owner.post('/teams', { name: 'North' })).json<{ id: string }>();
    const members = [owner.info.userId, colleague.info.userId];
    expect((await owner.put(`/teams/${team.id}/members`, { userIds: members })).statusCode).toBe(200);
    expect(await teammates(colleague)).toEqual([...members].sort());
    expect(await teammates(outsider)).toEqual([outsider.info.userId]);
  });

  it('signs out and the session stops working', async () => {
    const owner = await signUpOwner(t.app);
    expect((await owner.get('/auth/session')).statusCode).toBe(200);
    const out = await owner.post('/auth/sign-out');
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/rapport_session=;/);
    expect((await owner.get('/auth/session')).statusCode).toBe(401);
    expect((await owner.get('/companies')).statusCode).toBe(401);
  });

  it('requires the TOTP code once two-factor sign-in is on', async () => {
    const owner = await signUpOwner(t.app);
    const setup = await owner.post('/auth/totp/setup');
    expect(setup.statusCode).toBe(201);
    const { secret, otpauthUrl } = setup.json<{ secret: string; otpauthUrl: string }>();
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(fieldsOf((await owner.post('/auth/totp/enable', { code: '12345' })).body)).toEqual(['code']);
    expect((await owner.post('/auth/totp/enable', { code: totpCode(secret) })).statusCode).toBe(200);
    expect((await owner.get('/auth/session')).json()).toMatchObject({ user: { totpEnabled: true } });

    const withoutCode = await post('/auth/sign-in', { email: owner.info.email, password: PASSWORD });
    expect(withoutCode.statusCode).toBe(401);
    expect(fieldsOf(withoutCode.body)).toEqual(['totpCode']);
    const wrongCode = await post('/auth/sign-in', {
      email: owner.info.email,
      password: PASSWORD,
      totpCode: totpCode(secret, Date.now() - 600_000),
    });
    expect(wrongCode.statusCode).toBe(401);
    expect(fieldsOf(wrongCode.body)).toEqual(['totpCode']);
    // The code that turned two-factor on is used up; the app's next one signs in.
    const withCode = await post('/auth/sign-in', {
      email: owner.info.email,
      password: PASSWORD,
      totpCode: totpCode(secret, Date.now() + 30_000),
    });
    expect(withCode.statusCode).toBe(201);
  });

  it('accepts an invitation once, creating the account and membership with the invited role', async () => {
    const owner = await signUpOwner(t.app);
    const roles = (await owner.get('/roles')).json<{ data: { id: string; key: string | null }[] }>().data;
    const email = uniqueEmail('joiner');
    const { token } = (
      await owner.post('/invitations', { email, roleId: roles.find((r) => r.key === 'viewer')!.id })
    ).json<{ token: string }>();
    const tooShort = await post('/auth/accept-invitation', { token, name: 'Jo', password: 'short' });
    expect(fieldsOf(tooShort.body)).toEqual(['password']);
    const joined = await post('/auth/accept-invitation', { token, name: 'Jo Joiner', password: PASSWORD });
    expect(joined.statusCode).toBe(201);
    expect(joined.json()).toMatchObject({
      user: { email, name: 'Jo Joiner' },
      role: { key: 'viewer' },
      workspace: { id: owner.info.workspaceId },
    });
    const viewer: Client = await signIn(t.app, email);
    expect((await viewer.post('/companies', { name: 'No' })).statusCode).toBe(403);
    const twice = await post('/auth/accept-invitation', { token, name: 'Jo', password: PASSWORD });
    expect(twice.statusCode).toBe(400);
    expect(fieldsOf(twice.body)).toEqual(['token']);
    expect(
      (await post('/auth/accept-invitation', { token: 'unknown-token-value', name: 'X', password: PASSWORD }))
        .statusCode,
    ).toBe(400);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/invitations/preview?token=unknown-token-value' }))
        .statusCode,
    ).toBe(404);
  });

  it('makes an existing account with two-factor give its code to accept an invitation', async () => {
    const owner = await signUpOwner(t.app);
    const invitee = await signUpOwner(t.app);
    const { secret } = (await invitee.post('/auth/totp/setup')).json<{ secret: string }>();
    await invitee.post('/auth/totp/enable', { code: totpCode(secret) });
    const roles = (await owner.get('/roles')).json<{ data: { id: string; key: string | null }[] }>().data;
    const { token } = (
      await owner.post('/invitations', {
        email: invitee.info.email,
        roleId: roles.find((r) => r.key === 'member')!.id,
      })
    ).json<{ token: string }>();
    const withoutCode = await post('/auth/accept-invitation', { token, name: 'X', password: PASSWORD });
    expect(withoutCode.statusCode).toBe(401);
    expect(fieldsOf(withoutCode.body)).toEqual(['totpCode']);
    const joined = await post('/auth/accept-invitation', {
      token,
      name: 'X',
      password: PASSWORD,
      totpCode: totpCode(secret, Date.now() + 30_000),
    });
    expect(joined.statusCode).toBe(201);
    expect(joined.json()).toMatchObject({
      workspace: { id: owner.info.workspaceId },
      role: { key: 'member' },
    });
  });
});
