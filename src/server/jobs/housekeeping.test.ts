import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyClient, createTestApp, signIn, signUpOwner, type TestApp } from '../testing/factories.js';
import { testDialects } from '../testing/test-database.js';
import { RETENTION_MS } from '../lib/retention.js';
import { uuidv7 } from '../lib/ids.js';
import { forgetCachedActors } from '../modules/auth/actors.js';
import { queueEmail } from '../modules/mail/mail.outbox.js';
import { EMAIL_RETENTION_MS, pruneExpired } from './housekeeping.js';

describe.each(testDialects())('housekeeping on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  const count = async (
    table: 'sessions' | 'login_attempts' | 'idempotency_keys' | 'sign_up_requests' | 'outbound_emails',
  ) =>
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
    // The owner's sign-in and the failed one.
    const agedAttempts = Number(
      (await t.app.db.updateTable('login_attempts').set({ created_at: longAgo }).executeTakeFirst())
        .numUpdatedRows,
    );
    expect(agedAttempts).toBeGreaterThanOrEqual(1);
    await t.app.db
      .updateTable('idempotency_keys')
      .set({ created_at: longAgo })
      .where('key', '=', 'old')
      .execute();
    // Rate-limit counts (written by the nodes of one PostgreSQL): one of an hour ago, one current.
    await t.app.db
      .insertInto('rate_limit_hits')
      .values([
        { key: 'stale', window_start: now.getTime() - 2 * 60 * 60_000, hits: 3 },
        { key: 'current', window_start: now.getTime(), hits: 1 },
      ])
      .execute();
    // Password reset requests: one expired long ago, one still counted by the throttles.
    const reset = {
      email: 'reset@example.com',
      ip: '198.51.100.9',
      user_id: null,
      token_hash: null,
      used_at: null,
    };
    await t.app.db
      .insertInto('password_resets')
      .values([
        { ...reset, id: uuidv7(), expires_at: longAgo, created_at: longAgo },
        {
          ...reset,
          id: uuidv7(),
          expires_at: new Date(now.getTime() - 60_000).toISOString(),
          created_at: now.toISOString(),
        },
      ])
      .execute();
    const later = await signIn(t.app, owner.info.email!);
    const before = {
      sessions: await count('sessions'),
      loginAttempts: await count('login_attempts'),
      idempotencyKeys: await count('idempotency_keys'),
    };

    expect(await pruneExpired(t.app.db, now)).toEqual({
      sessions: 1,
      loginAttempts: agedAttempts,
      idempotencyKeys: 1,
      signUpRequests: 0,
      passwordResets: 1,
      emails: 0,
      recordEvents: 0,
      webhookDeliveries: 0,
      rateLimitHits: 1,
      jobs: 0,
    });
    const counters = await t.app.db.selectFrom('rate_limit_hits').select('key').execute();
    expect(counters.map((row) => row.key)).toContain('current');
    expect(await count('sessions')).toBe(before.sessions - 1);
    expect(await count('login_attempts')).toBe(before.loginAttempts - agedAttempts);
    expect(await count('idempotency_keys')).toBe(before.idempotencyKeys - 1);
    expect((await later.get('/people')).statusCode).toBe(200);
    forgetCachedActors();
    expect((await owner.get('/people')).statusCode).toBe(401);
    expect(await pruneExpired(t.app.db, now)).toMatchObject({
      sessions: 0,
      loginAttempts: 0,
      idempotencyKeys: 0,
    });
  });

  it('deletes expired sign-up requests and finished emails a week old, and keeps queued ones', async () => {
    const now = new Date();
    const weekAgo = new Date(now.getTime() - EMAIL_RETENTION_MS - 60_000).toISOString();
    const message = { workspaceId: null, locale: 'en', subject: 'Hello', text: 'Hello' };
    const finished = await queueEmail(t.app.db, { ...message, to: 'finished@example.com' });
    const queued = await queueEmail(t.app.db, { ...message, to: 'queued@example.com' });
    const recent = await queueEmail(t.app.db, { ...message, to: 'recent@example.com' });
    await t.app.db
      .updateTable('outbound_emails')
      .set({ status: 'sent', sent_at: weekAgo, next_attempt_at: null })
      .where('id', 'in', [finished, recent])
      .execute();
    await t.app.db
      .updateTable('outbound_emails')
      .set({ created_at: weekAgo })
      .where('id', 'in', [finished, queued])
      .execute();
    await t.app.db
      .insertInto('sign_up_requests')
      .values(
        ['expired', 'open'].map((label, index) => ({
          id: `0190c1d0-0000-7000-8000-00000000000${index}`,
          token_hash: `hash-${label}`,
          email: `${label}@example.com`,
          name: label,
          workspace_name: label,
          password_hash: null,
          locale: 'en',
          expires_at: new Date(now.getTime() + (label === 'expired' ? -1 : 1) * 60_000).toISOString(),
          used_at: null,
          created_at: now.toISOString(),
        })),
      )
      .execute();

    expect(await pruneExpired(t.app.db, now)).toMatchObject({ signUpRequests: 1, emails: 1 });
    const emails = await t.app.db.selectFrom('outbound_emails').select('id').execute();
    expect(emails.map((row) => row.id).sort()).toEqual([queued, recent].sort());
    const requests = await t.app.db.selectFrom('sign_up_requests').select('email').execute();
    expect(requests).toEqual([{ email: 'open@example.com' }]);
  });
});
