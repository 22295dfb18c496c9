import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { totpCode } from '../../lib/totp.js';
import { createTestApp, PASSWORD, signUpOwner, type Client, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

type Problem = { errors?: { field: string; message: string }[] };
const fieldsOf = (body: string) => (JSON.parse(body) as Problem).errors?.map((e) => e.field) ?? [];

describe.each(testDialects())('two-factor sign-in on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  // The clock is ours: a code from the app is accepted once, so each step of a test moves on to the
  // next 30-second window before it uses another one.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());
  const nextWindow = () => vi.setSystemTime(Date.now() + 30_000);

  let address = 0;
  const signIn = (payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload,
      remoteAddress: `198.51.100.${++address}`,
    });

  /** An owner with two-factor sign-in on; returns the secret and the recovery codes shown once. */
  async function ownerWithTwoFactor() {
    const owner = await signUpOwner(t.app);
    // Setting up from scratch needs no body at all.
    const { secret } = (await owner.request('POST', '/auth/totp/setup')).json<{ secret: string }>();
    const enabled = await owner.post('/auth/totp/enable', { code: totpCode(secret) });
    expect(enabled.statusCode).toBe(200);
    const { recoveryCodes } = enabled.json<{ recoveryCodes: string[] }>();
    nextWindow();
    return { owner, secret, recoveryCodes };
  }
  const status = async (owner: Client) =>
    (await owner.get('/auth/totp')).json<{ enabled: boolean; recoveryCodesLeft: number }>();

  it('cannot be switched off by starting set-up again without a code', async () => {
    const { owner, secret } = await ownerWithTwoFactor();
    for (const bypass of [
      await owner.post('/auth/totp/setup'),
      await owner.request('POST', '/auth/totp/setup'),
    ]) {
      expect(bypass.statusCode).toBe(400);
      expect(fieldsOf(bypass.body).sort()).toEqual(['code', 'password']);
    }
    const wrongCode = await owner.post('/auth/totp/setup', { password: PASSWORD, code: '000000' });
    expect(fieldsOf(wrongCode.body)).toEqual(['code']);
    expect(await status(owner)).toMatchObject({ enabled: true });
    const withoutCode = await signIn({ email: owner.info.email, password: PASSWORD });
    expect(withoutCode.statusCode).toBe(401);
    expect(fieldsOf(withoutCode.body)).toEqual(['totpCode']);

    // Re-enrolling with the password and a code: the old secret stays active until the new one is confirmed.
    const again = await owner.post('/auth/totp/setup', { password: PASSWORD, code: totpCode(secret) });
    expect(again.statusCode).toBe(201);
    const fresh = again.json<{ secret: string }>().secret;
    expect(fresh).not.toBe(secret);
    nextWindow();
    expect((await signIn({ email: owner.info.email, password: PASSWORD })).statusCode).toBe(401);
    const oldStillWorks = await signIn({
      email: owner.info.email,
      password: PASSWORD,
      totpCode: totpCode(secret),
    });
    expect(oldStillWorks.statusCode).toBe(201);
    nextWindow();
    expect((await owner.post('/auth/totp/enable', { code: totpCode(fresh) })).statusCode).toBe(200);
    nextWindow();
    const oldCode = await signIn({ email: owner.info.email, password: PASSWORD, totpCode: totpCode(secret) });
    expect(oldCode.statusCode).toBe(401);
    const newCode = await signIn({ email: owner.info.email, password: PASSWORD, totpCode: totpCode(fresh) });
    expect(newCode.statusCode).toBe(201);
  });

  it('turns off only with the password and a current code', async () => {
    const { owner, secret } = await ownerWithTwoFactor();
    const empty = await owner.post('/auth/totp/disable', {});
    expect(empty.statusCode).toBe(400);
    expect(fieldsOf(empty.body).sort()).toEqual(['code', 'password']);
    const codeOnly = await owner.post('/auth/totp/disable', { code: totpCode(secret) });
    expect(fieldsOf(codeOnly.body)).toEqual(['password']);
    const wrongPassword = await owner.post('/auth/totp/disable', {
      password: 'not the password',
      code: totpCode(secret),
    });
    expect(wrongPassword.statusCode).toBe(400);
    expect(fieldsOf(wrongPassword.body)).toEqual(['password']);
    const wrongCode = await owner.post('/auth/totp/disable', { password: PASSWORD, code: '123456' });
    expect(fieldsOf(wrongCode.body)).toEqual(['code']);
    expect(await status(owner)).toEqual({ enabled: true, recoveryCodesLeft: 10 });

    const off = await owner.post('/auth/totp/disable', { password: PASSWORD, code: totpCode(secret) });
    expect(off.statusCode).toBe(204);
    expect(await status(owner)).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    expect((await signIn({ email: owner.info.email, password: PASSWORD })).statusCode).toBe(201);
  });

  it('shows ten recovery codes once; each signs in once in place of the code', async () => {
    const { owner, recoveryCodes } = await ownerWithTwoFactor();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);

    const [first, second] = recoveryCodes as [string, string];
    const used = await signIn({ email: owner.info.email, password: PASSWORD, recoveryCode: first });
    expect(used.statusCode).toBe(201);
    const reused = await signIn({ email: owner.info.email, password: PASSWORD, recoveryCode: first });
    expect(reused.statusCode).toBe(401);
    expect(fieldsOf(reused.body)).toEqual(['recoveryCode']);
    // Typed back in capitals and without the hyphen, it is the same code.
    const typed = second.replace('-', '').toUpperCase();
    expect(
      (await signIn({ email: owner.info.email, password: PASSWORD, recoveryCode: typed })).statusCode,
    ).toBe(201);
    expect(await status(owner)).toEqual({ enabled: true, recoveryCodesLeft: 8 });
    const wrongPassword = await signIn({
      email: owner.info.email,
      password: 'nope nope nope',
      recoveryCode: recoveryCodes[2],
    });
    expect(fieldsOf(wrongPassword.body)).toEqual(['password']);
    expect(await status(owner)).toEqual({ enabled: true, recoveryCodesLeft: 8 });
  });

  it('renews recovery codes for a current code, and the old ones stop working', async () => {
    const { owner, secret, recoveryCodes } = await ownerWithTwoFactor();
    const noCode = await owner.post('/auth/totp/recovery-codes', {});
    expect(noCode.statusCode).toBe(400);
    expect(fieldsOf(noCode.body)).toEqual(['code']);
    expect(fieldsOf((await owner.post('/auth/totp/recovery-codes', { code: '111111' })).body)).toEqual([
      'code',
    ]);

    const renewed = await owner.post('/auth/totp/recovery-codes', { code: totpCode(secret) });
    expect(renewed.statusCode).toBe(200);
    const fresh = renewed.json<{ recoveryCodes: string[] }>().recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(fresh.some((code) => recoveryCodes.includes(code))).toBe(false);

    const old = await signIn({ email: owner.info.email, password: PASSWORD, recoveryCode: recoveryCodes[0] });
    expect(old.statusCode).toBe(401);
    expect(fieldsOf(old.body)).toEqual(['recoveryCode']);
    const current = await signIn({ email: owner.info.email, password: PASSWORD, recoveryCode: fresh[0] });
    expect(current.statusCode).toBe(201);
    // A recovery code is a current code too: it renews the codes, and is used up by doing so.
    const byRecoveryCode = await owner.post('/auth/totp/recovery-codes', { code: fresh[1] });
    expect(byRecoveryCode.statusCode).toBe(200);
  });

  it('accepts a code from the app once', async () => {
    const { owner, secret } = await ownerWithTwoFactor();
    const code = totpCode(secret);
    expect((await signIn({ email: owner.info.email, password: PASSWORD, totpCode: code })).statusCode).toBe(
      201,
    );
    const replayed = await signIn({ email: owner.info.email, password: PASSWORD, totpCode: code });
    expect(replayed.statusCode).toBe(401);
    expect(fieldsOf(replayed.body)).toEqual(['totpCode']);
    // Nor does the code that turned two-factor on sign anyone in.
    const other = await signUpOwner(t.app);
    const { secret: otherSecret } = (await other.post('/auth/totp/setup')).json<{ secret: string }>();
    const confirming = totpCode(otherSecret);
    await other.post('/auth/totp/enable', { code: confirming });
    expect(
      (await signIn({ email: other.info.email, password: PASSWORD, totpCode: confirming })).statusCode,
    ).toBe(401);
  });

  it('slows down guessing the code with a signed-in session', async () => {
    const { owner, secret } = await ownerWithTwoFactor();
    for (const guess of ['000001', '000002', '000003'])
      expect((await owner.post('/auth/totp/recovery-codes', { code: guess })).statusCode).toBe(400);
    const waiting = await owner.post('/auth/totp/recovery-codes', { code: totpCode(secret) });
    expect(waiting.statusCode).toBe(429);
    expect(waiting.headers['retry-after']).toBe('1');
    vi.setSystemTime(Date.now() + 1_000);
    expect((await owner.post('/auth/totp/recovery-codes', { code: totpCode(secret) })).statusCode).toBe(200);
  });
});
