import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../lib/totp.js';
import {
  apiKeyClient,
  createTestApp,
  PASSWORD,
  signIn,
  signUpOwner,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

type Problem = { errors?: { field: string; message: string }[] };
const fieldsOf = (response: LightMyRequestResponse) =>
  (JSON.parse(response.body) as Problem).errors?.map((e) => e.field) ?? [];
const NEW_PASSWORD = 'lilac tractor umbrella 42';

interface UserSession {
  id: string;
  current: boolean;
  workspace: { id: string; name: string };
  userAgent: string | null;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string | null;
}

describe.each(testDialects())('password change and sessions on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  const sessionWorks = async (client: Client) => (await client.get('/auth/session')).statusCode === 200;
  const canSignIn = async (email: string, password: string) =>
    (await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } }))
      .statusCode === 201;
  const sessionsOf = async (client: Client) =>
    (await client.get('/auth/sessions')).json<{ data: UserSession[] }>().data;
  const passwordHashOf = async (userId: string) =>
    (
      await t.app.db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', userId)
        .executeTakeFirstOrThrow()
    ).password_hash;

  describe('changing the password', () => {
    it('needs the current password and a strong new one, naming the field and changing nothing', async () => {
      const owner = await signUpOwner(t.app);
      const before = await passwordHashOf(owner.info.userId!);
      for (const [body, field] of [
        [{ newPassword: NEW_PASSWORD }, 'currentPassword'],
        [{ currentPassword: PASSWORD }, 'newPassword'],
        [{ currentPassword: PASSWORD, newPassword: 'short' }, 'newPassword'],
        [{ currentPassword: PASSWORD, newPassword: 'password1234' }, 'newPassword'],
        [{ currentPassword: 'not my password', newPassword: NEW_PASSWORD }, 'currentPassword'],
      ] as const) {
        const response = await owner.post('/auth/password', body);
        expect(response.statusCode).toBe(400);
        expect(fieldsOf(response)).toEqual([field]);
      }
      expect(await passwordHashOf(owner.info.userId!)).toBe(before);
      expect(
        await t.app.db
          .selectFrom('outbound_emails')
          .select('id')
          .where('to', '=', owner.info.email!)
          .execute(),
      ).toEqual([]);
    });

    it('ends every other session, keeps this one, writes the audit entry and emails the person', async () => {
      const owner = await signUpOwner(t.app, { locale: 'pt' });
      const email = owner.info.email!;
      const other = await signIn(t.app, email);
      const response = await owner.post('/auth/password', {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(response.statusCode).toBe(204);
      expect(await sessionWorks(owner)).toBe(true);
      expect(await sessionWorks(other)).toBe(false);
      expect(await canSignIn(email, PASSWORD)).toBe(false);
      expect(await canSignIn(email, NEW_PASSWORD)).toBe(true);

      const emails = await t.app.db
        .selectFrom('outbound_emails')
        .select(['subject', 'locale', 'status'])
        .where('to', '=', email)
        .execute();
      expect(emails).toEqual([
        { subject: 'A sua palavra-passe do Rapport foi alterada', locale: 'pt', status: 'queued' },
      ]);
      const entries = await t.app.db
        .selectFrom('audit_log')
        .select(['entity_type', 'actor_type', 'actor_id', 'changes'])
        .where('workspace_id', '=', owner.info.workspaceId)
        .where('entity_id', '=', owner.info.userId!)
        .execute();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        entity_type: 'user',
        actor_type: 'user',
        actor_id: owner.info.userId,
      });
      expect(JSON.stringify(entries[0]!.changes)).not.toContain('argon2');
    });

    it('needs a current two-factor code when two-factor sign-in is on', async () => {
      const owner = await signUpOwner(t.app);
      const { secret } = (await owner.request('POST', '/auth/totp/setup')).json<{ secret: string }>();
      expect((await owner.post('/auth/totp/enable', { code: totpCode(secret) })).statusCode).toBe(200);
      const body = { currentPassword: PASSWORD, newPassword: NEW_PASSWORD };
      const withoutCode = await owner.post('/auth/password', body);
      expect(withoutCode.statusCode).toBe(400);
      expect(fieldsOf(withoutCode)).toEqual(['code']);
      const wrongCode = await owner.post('/auth/password', { ...body, code: '000000' });
      expect(fieldsOf(wrongCode)).toEqual(['code']);
      // The code of the next 30-second window: the one that turned two-factor on is used up.
      const changed = await owner.post('/auth/password', {
        ...body,
        code: totpCode(secret, Date.now() + 30_000),
      });
      expect(changed.statusCode).toBe(204);
    });

    it('is for people, not API keys', async () => {
      const owner = await signUpOwner(t.app);
      const key = await apiKeyClient(owner);
      const response = await key.post('/auth/password', {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(response.statusCode).toBe(403);
      expect((await key.get('/auth/sessions')).statusCode).toBe(403);
      expect((await key.post('/auth/sessions/sign-out-others')).statusCode).toBe(403);
    });
  });

  describe('sessions', () => {
    it('lists the person’s own sessions with where they came from, marking this one', async () => {
      const owner = await signUpOwner(t.app);
      const browser = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: owner.info.email, password: PASSWORD },
        headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' },
        remoteAddress: '198.51.100.77',
      });
      expect(browser.statusCode).toBe(201);
      const stranger = await signUpOwner(t.app);
      const sessions = await sessionsOf(owner);
      expect(sessions).toHaveLength(2);
      expect(sessions.filter((s) => s.current)).toHaveLength(1);
      expect(sessions.find((s) => !s.current)).toMatchObject({
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',
        ip: '198.51.100.77',
        workspace: { id: owner.info.workspaceId },
      });
      expect(sessions.every((s) => s.lastSeenAt !== null)).toBe(true);
      expect((await sessionsOf(stranger)).map((s) => s.id)).not.toContain(sessions[0]!.id);
    });

    it('ends one session by its id; another person’s session is not found', async () => {
      const owner = await signUpOwner(t.app);
      const other = await signIn(t.app, owner.info.email!);
      const stranger = await signUpOwner(t.app);
      const strangersSession = (await sessionsOf(stranger))[0]!;

      expect((await owner.delete(`/auth/sessions/${strangersSession.id}`)).statusCode).toBe(404);
      expect(await sessionWorks(stranger)).toBe(true);
      const badId = await owner.delete('/auth/sessions/not-a-uuid');
      expect(badId.statusCode).toBe(400);
      expect(fieldsOf(badId)).toEqual(['id']);

      const otherSession = (await sessionsOf(owner)).find((s) => !s.current)!;
      expect((await owner.delete(`/auth/sessions/${otherSession.id}`)).statusCode).toBe(204);
      expect(await sessionWorks(other)).toBe(false);
      expect(await sessionWorks(owner)).toBe(true);
      expect((await owner.delete(`/auth/sessions/${otherSession.id}`)).statusCode).toBe(404);
    });

    it('signs out everywhere else, and a session may end itself', async () => {
      const owner = await signUpOwner(t.app);
      const others = [await signIn(t.app, owner.info.email!), await signIn(t.app, owner.info.email!)];
      const stranger = await signUpOwner(t.app);
      const response = await owner.post('/auth/sessions/sign-out-others');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ ended: 2 });
      for (const other of others) expect(await sessionWorks(other)).toBe(false);
      expect(await sessionWorks(owner)).toBe(true);
      expect(await sessionWorks(stranger)).toBe(true);

      const [own] = await sessionsOf(owner);
      expect((await owner.delete(`/auth/sessions/${own!.id}`)).statusCode).toBe(204);
      expect(await sessionWorks(owner)).toBe(false);
    });
  });
});
