import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyClient, createTestApp, signIn, signUpOwner, type TestApp } from '../testing/factories.js';
import { testDialects } from '../testing/test-database.js';
import { forgetCachedActors } from '../modules/auth/auth.service.js';
import { pruneExpired, RETENTION_MS } from './housekeeping.js';

describe.each(testDialects())('housekeeping on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  const count = async (table: 'sessions' | 'login_attempts' | 'idempotency_keys') =>
    Number(
      (
        await t.app.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('deletes expired sessions and old sign-in attempts and Idempotency-Keys, and keeps the rest', async () => {
    const owner = await signUpOwner(t.app);
    const client = await apiKeyClient(owner);
    await client.post('/companies', { name: 'Kept' }, { 'idempotency-key': 'recent' });
    await client.post('/companies', { name: 'Old' }, { 'idempotency-key': 'old' });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: owner.info.email, password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    const now = new Date();
    const longAgo = new Date(now.getTime() - RETENTION_MS - 60_000).toISOString();
    await t.app.db.updateTable('sessions').set({ expires_at: longAgo }).execute();
    await t.app.db.updateTable('login_attempts').set({ created_at: longAgo }).execute();
    await t.app.db
      .updateTable('idempotency_keys')
      .set({ created_at: longAgo })
      .where('key', '=', 'old')
      .execute();
    const later = await signIn(t.app, owner.info.email!);
    const before = {
      sessions: await count('sessions'),
      loginAttempts: await count('login_attempts'),
      idempotencyKeys: await count('idempotency_keys'),
    };

    expect(await pruneExpired(t.app.db, now)).toEqual({ sessions: 1, loginAttempts: 1, idempotencyKeys: 1 });
    expect(await count('sessions')).toBe(before.sessions - 1);
    expect(await count('login_attempts')).toBe(before.loginAttempts - 1);
    expect(await count('idempotency_keys')).toBe(before.idempotencyKeys - 1);
    expect((await later.get('/people')).statusCode).toBe(200);
    forgetCachedActors();
    expect((await owner.get('/people')).statusCode).toBe(401);
    expect(await pruneExpired(t.app.db, now)).toEqual({ sessions: 0, loginAttempts: 0, idempotencyKeys: 0 });
  });
});
