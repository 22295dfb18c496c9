import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestApp, PASSWORD, signUpOwner, uniqueEmail, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';
import type * as Passwords from './passwords.js';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './passwords.js';
import { MAX_FAILURES_PER_ADDRESS } from './sign-in-throttle.js';

// The real check, watched: an unknown email must cost the same password check as a known one.
vi.mock('./passwords.js', async (importOriginal) => {
  const actual = await importOriginal<typeof Passwords>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});

type Problem = { status: number; detail: string; retryAfter?: number; errors?: { field: string }[] };

describe.each(testDialects())('sign-in throttling on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());
  const wait = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);

  let block = 0;
  /** A fresh block of client addresses per test, so that no test's failures count in another. */
  const addresses = () => {
    block++;
    return (n: number) => `10.${block}.${Math.floor(n / 250)}.${(n % 250) + 1}`;
  };
  const signIn = (email: string, password: string, remoteAddress: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email, password },
      remoteAddress,
    });

  it('checks a password for an unknown email against a dummy hash, answering as for a wrong password', async () => {
    const at = addresses();
    const owner = await signUpOwner(t.app);
    const check = vi.mocked(verifyPassword);
    check.mockClear();
    const unknown = await signIn(uniqueEmail('nobody'), 'some password here', at(1));
    expect(check).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledWith(DUMMY_PASSWORD_HASH, 'some password here');
    const known = await signIn(owner.info.email!, 'some password here', at(2));
    expect(check).toHaveBeenCalledTimes(2);
    expect(check.mock.calls[1]![0]).not.toBe(DUMMY_PASSWORD_HASH);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toBe(known.body);
  });

  it('makes one address wait longer after each failure, while another address signs in', async () => {
    const at = addresses();
    const owner = await signUpOwner(t.app);
    const email = owner.info.email!;
    for (let i = 0; i < 3; i++)
      expect((await signIn(email, `wrong ${i} password`, at(1))).statusCode).toBe(401);

    const early = await signIn(email, PASSWORD, at(1));
    expect(early.statusCode).toBe(429);
    expect(early.headers['retry-after']).toBe('1');
    expect(early.headers['content-type']).toContain('application/problem+json');
    expect(early.json<Problem>()).toMatchObject({ status: 429, retryAfter: 1 });
    expect((await signIn(email, PASSWORD, at(2))).statusCode).toBe(201);

    wait(1);
    expect((await signIn(email, 'wrong again password', at(1))).statusCode).toBe(401);
    expect((await signIn(email, PASSWORD, at(1))).headers['retry-after']).toBe('2');
    wait(2);
    expect((await signIn(email, 'wrong once more', at(1))).statusCode).toBe(401);
    expect((await signIn(email, PASSWORD, at(1))).headers['retry-after']).toBe('4');
    wait(4);
    // The right password ends the run: the next mistake costs no wait.
    expect((await signIn(email, PASSWORD, at(1))).statusCode).toBe(201);
    expect((await signIn(email, 'one more typo', at(1))).statusCode).toBe(401);
    expect((await signIn(email, PASSWORD, at(1))).statusCode).toBe(201);
  });

  it('slows guesses at one email from many addresses, by at most a minute', async () => {
    const at = addresses();
    const owner = await signUpOwner(t.app);
    const email = owner.info.email!;
    let next = 0;
    for (let i = 0; i < 10; i++)
      expect((await signIn(email, `guess ${i} here`, at(next++))).statusCode).toBe(401);
    const slowed = await signIn(email, PASSWORD, at(next++));
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json<Problem>().retryAfter).toBe(1);
    // Guessing on as fast as allowed: the wait grows, but never beyond a minute.
    for (let i = 10; i < 40; i++) {
      const retryAfter = Number((await signIn(email, PASSWORD, at(next++))).headers['retry-after'] ?? 0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      wait(retryAfter);
      expect((await signIn(email, `guess ${i} here`, at(next++))).statusCode).toBe(401);
    }
    expect((await signIn(email, PASSWORD, at(next++))).headers['retry-after']).toBe('60');
    wait(60);
    expect((await signIn(email, PASSWORD, at(next))).statusCode).toBe(201);
  });

  it('refuses an address after too many failed sign-ins, before looking at its credentials', async () => {
    const at = addresses();
    const owner = await signUpOwner(t.app);
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++)
      expect((await signIn(uniqueEmail('spray'), 'wrong password 1', at(1))).statusCode).toBe(401);
    const check = vi.mocked(verifyPassword);
    check.mockClear();
    const refused = await signIn(owner.info.email!, PASSWORD, at(1));
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBe(15 * 60);
    expect(check).not.toHaveBeenCalled();
    expect((await signIn(owner.info.email!, PASSWORD, at(2))).statusCode).toBe(201);
    wait(15 * 60);
    expect((await signIn(owner.info.email!, PASSWORD, at(1))).statusCode).toBe(201);
  });

  it('counts invalid API keys and session cookies against the address, then answers 429', async () => {
    const at = addresses();
    const owner = await signUpOwner(t.app);
    const roles = (await owner.get('/roles')).json<{ data: { id: string; key: string | null }[] }>().data;
    const created = await owner.post('/api-keys', {
      name: 'Sync',
      roleId: roles.find((r) => r.key === 'owner')!.id,
    });
    const validKey = { authorization: `Bearer ${created.json<{ key: string }>().key}` };
    const call = (remoteAddress: string, headers: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: '/api/v1/companies', headers, remoteAddress });
    const randomKey = () => ({ authorization: `Bearer rpk_${randomBytes(32).toString('base64url')}` });
    const half = MAX_FAILURES_PER_ADDRESS / 2;
    for (let i = 0; i < half; i++) expect((await call(at(1), randomKey())).statusCode).toBe(401);
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS - half; i++) {
      const dead = await call(at(1), { cookie: `rapport_session=${randomBytes(32).toString('base64url')}` });
      expect(dead.statusCode).toBe(401);
      // Cleared, so that a browser with an expired session counts once rather than at every request.
      expect(String(dead.headers['set-cookie'])).toMatch(/rapport_session=;/);
    }
    const limited = await call(at(1), randomKey());
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signIn(owner.info.email!, PASSWORD, at(1))).statusCode).toBe(429);
    // Even a valid key is not looked up from that address for now; other addresses are not affected.
    expect((await call(at(1), validKey)).statusCode).toBe(429);
    expect((await call(at(2), validKey)).statusCode).toBe(200);
    expect((await call(at(2), randomKey())).statusCode).toBe(401);
    expect((await signIn(owner.info.email!, PASSWORD, at(2))).statusCode).toBe(201);
  });
});
