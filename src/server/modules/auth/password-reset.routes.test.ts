import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../lib/totp.js';
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
import { eventually } from '../../testing/wait-for.js';
import {
  MAX_RESET_EMAILS_PER_HOUR,
  MAX_RESET_REQUESTS_PER_ADDRESS,
  sendPasswordResetJob,
} from './password-reset.service.js';

type Problem = { errors?: { field: string; message: string }[]; retryAfter?: number };
const fieldsOf = (response: LightMyRequestResponse) =>
  (JSON.parse(response.body) as Problem).errors?.map((e) => e.field) ?? [];
const PUBLIC_URL = 'https://crm.example.com';
const RESET_LINK = /https:\/\/crm\.example\.com\/reset-password\?token=([A-Za-z0-9_-]+)/;
const NEW_PASSWORD = 'lilac tractor umbrella 42';
// Headers that differ between any two responses, whatever they answer.
const VOLATILE_HEADERS = new Set(['date', 'ratelimit-remaining', 'ratelimit-reset', 'ratelimit']);

/** The reset job runs in the background. */
const JOB_WAIT = { timeoutMs: 10_000 };

describe.each(testDialects())('password reset on %s', (dialect) => {
  let t: TestApp;
  let savedPublicUrl: string | undefined;
  beforeAll(async () => {
    savedPublicUrl = process.env.PUBLIC_URL;
    process.env.PUBLIC_URL = PUBLIC_URL;
    // The worker runs the reset job only; the emails it queues stay in the outbox to be read here.
    t = await createTestApp(dialect, { jobs: [sendPasswordResetJob] });
  });
  afterAll(async () => {
    await t.close();
    if (savedPublicUrl === undefined) delete process.env.PUBLIC_URL;
    else process.env.PUBLIC_URL = savedPublicUrl;
  });

  let address = 0;
  const nextAddress = () => `203.0.113.${++address}`;
  const post = (url: string, payload: unknown, remoteAddress = nextAddress()) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as object, remoteAddress });

  const emailsTo = (email: string) =>
    t.app.db
      .selectFrom('outbound_emails')
      .select(['subject', 'text', 'html', 'locale', 'workspace_id'])
      .where('to', '=', email)
      .orderBy('created_at')
      .execute();
  const resetJobsDone = async () =>
    Number(
      (
        await t.app.db
          .selectFrom('jobs')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('type', '=', sendPasswordResetJob.type)
          .where('status', '=', 'done')
          .executeTakeFirstOrThrow()
      ).n,
    );
  const resetJobsWaiting = async () =>
    Number(
      (
        await t.app.db
          .selectFrom('jobs')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('type', '=', sendPasswordResetJob.type)
          .where('status', 'in', ['waiting', 'running'])
          .executeTakeFirstOrThrow()
      ).n,
    );
  const allResetJobsDone = () => eventually(resetJobsWaiting, (n) => n === 0, JOB_WAIT);

  /** Requests a reset and returns the token of the newest email's link. */
  async function requestLink(email: string) {
    const before = (await emailsTo(email)).length;
    const response = await post('/auth/password-reset', { email });
    expect(response.statusCode).toBe(202);
    const emails = await eventually(
      () => emailsTo(email),
      (rows) => rows.length > before,
      JOB_WAIT,
    );
    return RESET_LINK.exec(emails.at(-1)!.text)![1]!;
  }
  const sessionWorks = async (client: Client) => (await client.get('/auth/session')).statusCode === 200;
  const canSignIn = async (email: string, password: string) =>
    (await post('/auth/sign-in', { email, password })).statusCode === 201;

  it('answers an unknown address exactly as one with an account, and emails only the account', async () => {
    const owner = await signUpOwner(t.app, { locale: 'pl' });
    const known = owner.info.email!;
    const unknown = uniqueEmail('owner'); // as long as the known one
    expect(unknown.length).toBe(known.length);
    const forKnown = await post('/auth/password-reset', { email: known.toUpperCase() });
    const forUnknown = await post('/auth/password-reset', { email: unknown });
    for (const response of [forKnown, forUnknown]) {
      expect(response.statusCode).toBe(202);
      expect(response.json()).toEqual({ status: 'reset_requested' });
      expect(response.cookies).toEqual([]);
    }
    expect(forKnown.body).toBe(forUnknown.body);
    const comparable = (response: LightMyRequestResponse) =>
      Object.fromEntries(Object.entries(response.headers).filter(([name]) => !VOLATILE_HEADERS.has(name)));
    expect(comparable(forKnown)).toEqual(comparable(forUnknown));

    await allResetJobsDone();
    expect(await emailsTo(unknown)).toEqual([]);
    const [email] = await emailsTo(known);
    expect(email).toMatchObject({ subject: 'Resetowanie hasła w Rapport', locale: 'pl', workspace_id: null });
    expect(email!.text).toMatch(RESET_LINK);
    expect(email!.html).toContain(`${PUBLIC_URL}/reset-password?token=`);
    // Only the token's hash is kept.
    const token = RESET_LINK.exec(email!.text)![1]!;
    const stored = await t.app.db
      .selectFrom('password_resets')
      .select('token_hash')
      .where('email', '=', known)
      .execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(token);
  });

  it('sets the new password with the link once, ends every session and says so by email', async () => {
    const owner = await signUpOwner(t.app, { locale: 'sk' });
    const email = owner.info.email!;
    const other = await signIn(t.app, email);
    const token = await requestLink(email);

    expect((await post('/auth/password-reset/check', { token })).json()).toEqual({
      twoFactorRequired: false,
    });
    const weak = await post('/auth/password-reset/confirm', { token, password: 'password1234' });
    expect(weak.statusCode).toBe(400);
    expect(fieldsOf(weak)).toEqual(['password']);

    const confirmed = await post('/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(confirmed.statusCode).toBe(204);
    expect(await sessionWorks(owner)).toBe(false);
    expect(await sessionWorks(other)).toBe(false);
    expect(await canSignIn(email, PASSWORD)).toBe(false);
    expect(await canSignIn(email, NEW_PASSWORD)).toBe(true);

    const again = await post('/auth/password-reset/confirm', {
      token,
      password: 'another fine passphrase 7',
    });
    expect(again.statusCode).toBe(400);
    expect(fieldsOf(again)).toEqual(['token']);
    expect(await canSignIn(email, NEW_PASSWORD)).toBe(true);

    const notice = (await emailsTo(email)).at(-1)!;
    expect(notice.subject).toBe('Vaše heslo do Rapportu bolo zmenené');
    expect(notice.text).toContain(`${PUBLIC_URL}/forgot-password`);
    const audit = await t.app.db
      .selectFrom('audit_log')
      .select(['entity_type', 'actor_id', 'changes'])
      .where('workspace_id', '=', owner.info.workspaceId)
      .where('entity_id', '=', owner.info.userId!)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.changes)).toContain('reset');
  });

  it('refuses unknown, expired and replaced links with 400 naming the token, writing nothing', async () => {
    const owner = await signUpOwner(t.app);
    const email = owner.info.email!;
    for (const token of ['x', 'not-a-token-we-ever-sent-0123456789']) {
      const response = await post('/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual(['token']);
    }
    const older = await requestLink(email);
    const newer = await requestLink(email);
    const replaced = await post('/auth/password-reset/confirm', { token: older, password: NEW_PASSWORD });
    expect(fieldsOf(replaced)).toEqual(['token']);
    expect((await post('/auth/password-reset/check', { token: older })).statusCode).toBe(400);

    await t.app.db
      .updateTable('password_resets')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('email', '=', email)
      .execute();
    const expired = await post('/auth/password-reset/confirm', { token: newer, password: NEW_PASSWORD });
    expect(expired.statusCode).toBe(400);
    expect(JSON.parse(expired.body)).toMatchObject({ errors: [{ field: 'token', message: 'has expired' }] });
    expect(await canSignIn(email, PASSWORD)).toBe(true);
    expect(await sessionWorks(owner)).toBe(true);
  });

  it('refuses malformed requests naming the field', async () => {
    for (const [url, body, field] of [
      ['/auth/password-reset', {}, 'email'],
      ['/auth/password-reset', { email: 'not an email' }, 'email'],
      ['/auth/password-reset/confirm', { password: NEW_PASSWORD }, 'token'],
      ['/auth/password-reset/confirm', { token: 'a'.repeat(40), password: 'short' }, 'password'],
    ] as const) {
      const response = await post(url, body);
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toContain(field);
    }
  });

  it('needs a two-factor or recovery code when two-factor sign-in is on, keeping the link until then', async () => {
    const owner = await signUpOwner(t.app);
    const email = owner.info.email!;
    const { secret } = (await owner.request('POST', '/auth/totp/setup')).json<{ secret: string }>();
    const enabled = await owner.post('/auth/totp/enable', { code: totpCode(secret) });
    const { recoveryCodes } = enabled.json<{ recoveryCodes: string[] }>();
    const token = await requestLink(email);

    expect((await post('/auth/password-reset/check', { token })).json()).toEqual({ twoFactorRequired: true });
    const withoutCode = await post('/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(withoutCode.statusCode).toBe(401);
    expect(fieldsOf(withoutCode)).toEqual(['code']);
    const wrongCode = await post('/auth/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
      code: '000000',
    });
    expect(wrongCode.statusCode).toBe(400);
    expect(fieldsOf(wrongCode)).toEqual(['code']);
    expect(await canSignIn(email, PASSWORD)).toBe(false); // asks for the code: the password still stands
    expect(await sessionWorks(owner)).toBe(true);

    const confirmed = await post('/auth/password-reset/confirm', {
      token,
      password: NEW_PASSWORD,
      code: recoveryCodes[0],
    });
    expect(confirmed.statusCode).toBe(204);
    expect(await sessionWorks(owner)).toBe(false);
    const signedIn = await post('/auth/sign-in', {
      email,
      password: NEW_PASSWORD,
      recoveryCode: recoveryCodes[1],
    });
    expect(signedIn.statusCode).toBe(201);
  });

  it('sends at most a few emails an hour to one address, answering the same', async () => {
    const owner = await signUpOwner(t.app);
    const email = owner.info.email!;
    const unknown = uniqueEmail('nobody');
    for (let i = 0; i < MAX_RESET_EMAILS_PER_HOUR + 2; i++) {
      for (const target of [email, unknown]) {
        const response = await post('/auth/password-reset', { email: target });
        expect(response.statusCode).toBe(202);
        expect(response.json()).toEqual({ status: 'reset_requested' });
      }
    }
    await allResetJobsDone();
    expect(await emailsTo(email)).toHaveLength(MAX_RESET_EMAILS_PER_HOUR);
    expect(await emailsTo(unknown)).toHaveLength(0);
  });

  it('refuses a client address that asks too often, for any address (429)', async () => {
    const from = nextAddress();
    for (let i = 0; i < MAX_RESET_REQUESTS_PER_ADDRESS; i++)
      expect((await post('/auth/password-reset', { email: uniqueEmail('spray') }, from)).statusCode).toBe(
        202,
      );
    const refused = await post('/auth/password-reset', { email: uniqueEmail('spray') }, from);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await post('/auth/password-reset', { email: uniqueEmail('spray') })).statusCode).toBe(202);
    await allResetJobsDone();
    expect(await resetJobsDone()).toBeGreaterThan(0);
  });
});
