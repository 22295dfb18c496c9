import { Writable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { readJson, type DialectName } from '../../db/database.js';
import {
  createTestApp,
  PASSWORD,
  signIn,
  signUpOwner,
  uniqueEmail,
  type TestApp,
} from '../../testing/factories.js';
import { closedPort, startSmtpTestServer, type SmtpTestServer } from '../../testing/smtp-test-server.js';
import { openTestDatabase, testDialects } from '../../testing/test-database.js';
import { eventually } from '../../testing/wait-for.js';
import { wakeWorkers } from '../../jobs/jobs.js';
import { JobWorker } from '../../jobs/worker.js';
import { deliverEmailJob } from '../mail/mail.delivery.js';
import { createWorkspaceIn } from '../workspaces/workspaces.setup.js';
import { claimFirstRun, MAX_SIGN_UP_EMAILS_PER_HOUR } from './sign-up.service.js';

type Problem = { errors?: { field: string; message: string }[] };
const problemOf = (response: LightMyRequestResponse) => JSON.parse(response.body) as Problem;
const fieldsOf = (response: LightMyRequestResponse) => problemOf(response).errors?.map((e) => e.field) ?? [];
const PUBLIC_URL = 'https://crm.example.com';
const VERIFY_LINK = /https:\/\/crm\.example\.com\/verify-sign-up\?token=([A-Za-z0-9_-]+)/;
// Headers that differ between any two responses, whatever they answer.
const VOLATILE_HEADERS = new Set(['date', 'ratelimit-remaining', 'ratelimit-reset', 'ratelimit']);

const signUpBody = (email: string, overrides: Record<string, unknown> = {}) => ({
  workspaceName: 'Acme',
  name: 'Ada Lovelace',
  email,
  password: PASSWORD,
  locale: 'bg',
  ...overrides,
});

/** Background email delivery is not awaited by requests; a busy machine may take a while. */
const PATIENTLY = { timeoutMs: 25_000 };

/** Sets environment variables for one test file and puts the old values back. */
function useEnv(values: Record<string, string | undefined>) {
  const saved = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  const apply = (entries: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(entries)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(values);
  return () => apply(saved);
}

describe.each(testDialects())('sign-up on %s', (dialect: DialectName) => {
  let smtp: SmtpTestServer;
  let restoreEnv: () => void;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    restoreEnv = useEnv({ SMTP_URL: smtp.url, MAIL_FROM: 'Rapport <crm@example.com>', PUBLIC_URL });
  });
  afterAll(async () => {
    restoreEnv();
    await smtp.close();
  });

  let address = 0;
  const post = (app: TestApp['app'], url: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/api/v1${url}`, payload, remoteAddress: `198.51.100.${++address}` });
  const countRows = async (app: TestApp['app'], table: 'users' | 'sign_up_requests' | 'outbound_emails') =>
    Number(
      (
        await app.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  describe('on an instance without users', () => {
    let fresh: TestApp;
    afterEach(async () => fresh.close());

    it('creates the first workspace at once and signs in, as sign-in does', async () => {
      fresh = await createTestApp(dialect, { jobs: [deliverEmailJob] });
      const email = uniqueEmail('first');
      const response = await post(fresh.app, '/auth/sign-up', signUpBody(email, { locale: 'en' }));
      expect(response.statusCode).toBe(201);
      const cookie = response.cookies.find((c) => c.name === 'rapport_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(response.json()).toMatchObject({
        user: { email, name: 'Ada Lovelace', locale: 'en' },
        role: { key: 'owner' },
        workspace: { name: 'Acme', defaultCurrency: 'EUR' },
      });
      expect(response.json<{ csrfToken: string }>().csrfToken.length).toBeGreaterThan(20);
      expect(await countRows(fresh.app, 'outbound_emails')).toBe(0);

      const second = await post(fresh.app, '/auth/sign-up', signUpBody(uniqueEmail('second')));
      expect(second.statusCode).toBe(202);
      expect(await countRows(fresh.app, 'users')).toBe(1);
    });

    it('lets only one of several simultaneous first sign-ups create its workspace at once', async () => {
      fresh = await createTestApp(dialect, { jobs: [deliverEmailJob] });
      const emails = [1, 2, 3, 4].map(() => uniqueEmail('race'));
      const responses = await Promise.all(
        emails.map((email) => post(fresh.app, '/auth/sign-up', signUpBody(email))),
      );
      expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 202, 202, 202]);
      expect(await countRows(fresh.app, 'users')).toBe(1);
      const waiting = emails[responses.findIndex((r) => r.statusCode === 202)]!;
      expect((await smtp.messageTo(waiting)).text).toMatch(VERIFY_LINK);
    });

    it('makes a sign-up wait for a first sign-up in progress, and then email its link', async () => {
      fresh = await createTestApp(dialect, { jobs: [deliverEmailJob] });
      let letFirstFinish!: () => void;
      const firstMayFinish = new Promise<void>((resolve) => (letFirstFinish = resolve));
      const first = fresh.app.db.transaction().execute(async (trx) => {
        expect(await claimFirstRun(trx)).toBe(true);
        await firstMayFinish;
        const owner = { name: 'First', ownerEmail: uniqueEmail('first') };
        await createWorkspaceIn(trx, owner, '$argon2id$not-used-by-this-test');
      });
      const email = uniqueEmail('second');
      const second = post(fresh.app, '/auth/sign-up', signUpBody(email));
      // Long enough for the second sign-up to reach the database while the first is still open.
      await new Promise((resolve) => setTimeout(resolve, 300));
      letFirstFinish();
      await first;
      expect((await second).statusCode).toBe(202);
      expect(await countRows(fresh.app, 'users')).toBe(1);
      expect((await smtp.messageTo(email)).text).toMatch(VERIFY_LINK);
      // Two deliveries through the job worker, one of them to a closed port: slow on a busy machine.
    }, 60_000);
  });

  describe('once the instance has users', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect, { jobs: [deliverEmailJob] });
      await signUpOwner(t.app);
    });
    afterAll(async () => t.close());

    const rowsFor = async (email: string) => ({
      requests: await t.app.db
        .selectFrom('sign_up_requests')
        .select(['password_hash', 'used_at'])
        .where('email', '=', email)
        .execute(),
      emails: await t.app.db.selectFrom('outbound_emails').select('id').where('to', '=', email).execute(),
    });
    const comparableHeaders = (response: LightMyRequestResponse) =>
      Object.fromEntries(Object.entries(response.headers).filter(([name]) => !VOLATILE_HEADERS.has(name)));

    it('answers an address with an account exactly as a new one, and tells each by email', async () => {
      const existing = await signUpOwner(t.app, { locale: 'sk' });
      const existingEmail = existing.info.email!;
      const newEmail = uniqueEmail('owner'); // as long as the existing one, so the bodies are too
      const forNew = await post(t.app, '/auth/sign-up', signUpBody(newEmail));
      const forExisting = await post(t.app, '/auth/sign-up', signUpBody(existingEmail.toUpperCase()));

      for (const [response, email] of [
        [forNew, newEmail],
        [forExisting, existingEmail],
      ] as const) {
        expect(response.statusCode).toBe(202);
        expect(response.json()).toEqual({ status: 'verification_sent', email });
        expect(response.cookies).toEqual([]);
      }
      expect(forExisting.body.length).toBe(forNew.body.length);
      expect(comparableHeaders(forExisting)).toEqual(comparableHeaders(forNew));

      // The same writes on both paths: one request row and one email each; only the new one can be confirmed.
      const newRows = await rowsFor(newEmail);
      const existingRows = await rowsFor(existingEmail);
      expect([newRows.requests.length, newRows.emails.length]).toEqual([1, 1]);
      expect([existingRows.requests.length, existingRows.emails.length]).toEqual([1, 1]);
      expect(newRows.requests[0]!.password_hash).toMatch(/^\$argon2id\$/);
      expect(existingRows.requests[0]!.password_hash).toBeNull();

      const verification = await smtp.messageTo(newEmail);
      expect(verification.subject).toBe('Потвърдете имейл адреса си за Rapport');
      expect(verification.text).toMatch(VERIFY_LINK);
      expect(verification.html).toContain('https://crm.example.com/verify-sign-up?token=');
      const notice = await smtp.messageTo(existingEmail);
      expect(notice.subject).toBe('V Rapporte už máte účet'); // in the account's language
      expect(notice.text).toContain(`${PUBLIC_URL}/sign-in`);
      expect(notice.raw).not.toMatch(/verify-sign-up|token=/);
      // Marked sent right after the server accepted it.
      const outbox = await eventually(
        () =>
          t.app.db
            .selectFrom('outbound_emails')
            .select(['to', 'status', 'locale', 'workspace_id'])
            .where('to', 'in', [newEmail, existingEmail])
            .execute(),
        (rows) => rows.every((row) => row.status === 'sent'),
        PATIENTLY,
      );
      const byAddress = (a: { to: string }, b: { to: string }) => (a.to < b.to ? -1 : 1);
      expect(outbox.sort(byAddress)).toEqual(
        [
          { to: newEmail, status: 'sent', locale: 'bg', workspace_id: null },
          { to: existingEmail, status: 'sent', locale: 'sk', workspace_id: null },
        ].sort(byAddress),
      );

      // The existing account is untouched: its own password still signs in.
      expect((await signIn(t.app, existingEmail)).info.workspaceId).toBe(existing.info.workspaceId);
    });

    it('creates the workspace from the emailed link once, with what was entered, and signs in', async () => {
      const email = uniqueEmail('verified');
      expect(
        (await post(t.app, '/auth/sign-up', signUpBody(email, { workspaceName: 'Mliekareň' }))).statusCode,
      ).toBe(202);
      expect(await t.app.db.selectFrom('users').select('id').where('email', '=', email).execute()).toEqual(
        [],
      );
      const token = VERIFY_LINK.exec((await smtp.messageTo(email)).text)![1]!;

      const confirmed = await post(t.app, '/auth/sign-up/confirm', { token });
      expect(confirmed.statusCode).toBe(201);
      const cookie = confirmed.cookies.find((c) => c.name === 'rapport_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(confirmed.json()).toMatchObject({
        user: { email, name: 'Ada Lovelace', locale: 'bg' },
        role: { key: 'owner' },
        workspace: { name: 'Mliekareň', defaultLocale: 'bg' },
      });
      const session = await t.app.inject({
        method: 'GET',
        url: '/api/v1/auth/session',
        headers: { cookie: `rapport_session=${cookie.value}` },
      });
      expect(session.statusCode).toBe(200);
      // The password typed at sign-up is the account's password.
      expect((await signIn(t.app, email)).info.email).toBe(email);

      const again = await post(t.app, '/auth/sign-up/confirm', { token });
      expect(again.statusCode).toBe(400);
      expect(problemOf(again).errors).toEqual([{ field: 'token', message: 'was already used' }]);
      expect(
        await t.app.db.selectFrom('users').select('id').where('email', '=', email).execute(),
      ).toHaveLength(1);
    });

    it('refuses expired, unknown and malformed links naming the token', async () => {
      const email = uniqueEmail('late');
      await post(t.app, '/auth/sign-up', signUpBody(email));
      const token = VERIFY_LINK.exec((await smtp.messageTo(email)).text)![1]!;
      await t.app.db
        .updateTable('sign_up_requests')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('email', '=', email)
        .execute();
      for (const [payload, message] of [
        [{ token }, 'has expired'],
        [{ token: 'this-token-was-never-sent' }, 'is not a sign-up link'],
        [{ token: 'short' }, 'is not a sign-up link'],
        [{}, undefined],
      ] as const) {
        const response = await post(t.app, '/auth/sign-up/confirm', payload);
        expect(response.statusCode, JSON.stringify(payload)).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(fieldsOf(response)).toEqual(['token']);
        if (message) expect(problemOf(response).errors![0]!.message).toBe(message);
      }
      expect(await t.app.db.selectFrom('users').select('id').where('email', '=', email).execute()).toEqual(
        [],
      );
    });

    it('rejects bad sign-up input naming the field and writes nothing, for any address', async () => {
      const existingEmail = (await signUpOwner(t.app)).info.email!;
      for (const email of [uniqueEmail('bad'), existingEmail]) {
        for (const [change, field] of [
          [{ password: 'short' }, 'password'],
          [{ password: 'password1234' }, 'password'], // long enough, but among the first guesses
          [{ email: 'not-an-email' }, 'email'],
          [{ workspaceName: '' }, 'workspaceName'],
          [{ name: ' ' }, 'name'],
          [{ locale: 'de' }, 'locale'],
        ] as const) {
          const response = await post(t.app, '/auth/sign-up', signUpBody(email, change));
          expect(response.statusCode, JSON.stringify(change)).toBe(400);
          expect(response.headers['content-type']).toContain('application/problem+json');
          expect(fieldsOf(response)).toContain(field);
        }
        expect(await rowsFor(email)).toEqual({ requests: [], emails: [] });
      }
    });

    it('emails one address at most five times an hour, answering the same after that', async () => {
      const existingEmail = (await signUpOwner(t.app)).info.email!;
      for (const email of [uniqueEmail('flood'), existingEmail]) {
        for (let i = 0; i <= MAX_SIGN_UP_EMAILS_PER_HOUR; i++) {
          const response = await post(t.app, '/auth/sign-up', signUpBody(email));
          expect(response.statusCode).toBe(202);
          expect(response.json()).toEqual({ status: 'verification_sent', email });
        }
        const rows = await rowsFor(email);
        expect([rows.requests.length, rows.emails.length]).toEqual([
          MAX_SIGN_UP_EMAILS_PER_HOUR,
          MAX_SIGN_UP_EMAILS_PER_HOUR,
        ]);
      }
    });

    it('keeps an email it could not deliver, with the error, and sends it on a later attempt', async () => {
      const restore = useEnv({ SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` });
      const email = uniqueEmail('retry');
      try {
        expect((await post(t.app, '/auth/sign-up', signUpBody(email))).statusCode).toBe(202);
        const failed = await eventually(
          () =>
            t.app.db
              .selectFrom('outbound_emails')
              .select(['id', 'status', 'attempts', 'last_error', 'next_attempt_at'])
              .where('to', '=', email)
              .executeTakeFirstOrThrow(),
          (row) => row.attempts === 1,
          PATIENTLY,
        );
        expect(failed.status).toBe('queued');
        expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);
        // This message's delivery job (earlier tests may leave others waiting), back in the queue.
        const job = await eventually(
          async () =>
            (
              await t.app.db
                .selectFrom('jobs')
                .select(['id', 'run_at', 'payload'])
                .where('type', '=', deliverEmailJob.type)
                .where('status', '=', 'waiting')
                .where('attempts', '=', 1)
                .execute()
            ).find((row) => readJson<{ emailId?: string }>(row.payload, {}).emailId === failed.id),
          (row) => row !== undefined,
          PATIENTLY,
        );
        expect(Date.parse(job!.run_at)).toBeGreaterThan(Date.now());
        // Its next attempt is due now, through the server that answers again.
        restore();
        await t.app.db
          .updateTable('jobs')
          .set({ run_at: new Date().toISOString() })
          .where('id', '=', job!.id)
          .execute();
        wakeWorkers();
      } finally {
        restore();
      }
      expect((await smtp.messageTo(email)).text).toMatch(VERIFY_LINK);
    });
  });

  it('without SMTP keeps the email in the development outbox and logs its link', async () => {
    const restore = useEnv({ SMTP_URL: undefined });
    const lines: string[] = [];
    const { db, close } = await openTestDatabase(dialect);
    const app = await buildApp({
      db,
      webRoot: null,
      rateLimitPerMinute: 100_000,
      logger: {
        level: 'info',
        stream: new Writable({
          write(chunk: Buffer, _encoding, done) {
            lines.push(chunk.toString());
            done();
          },
        }),
      },
    });
    const worker = new JobWorker(db, { definitions: [deliverEmailJob], pollMs: 50, log: app.log });
    try {
      await signUpOwner(app);
      const email = uniqueEmail('dev');
      expect((await post(app, '/auth/sign-up', signUpBody(email, { locale: 'pl' }))).statusCode).toBe(202);
      const row = await eventually(
        () =>
          db
            .selectFrom('outbound_emails')
            .select(['status', 'subject'])
            .where('to', '=', email)
            .executeTakeFirst(),
        (found) => found?.status === 'dev',
        PATIENTLY,
      );
      expect(row!.subject).toBe('Potwierdź swój adres e-mail w Rapport');
      const logged = lines
        .map((line) => JSON.parse(line) as { level: number; to?: string; subject?: string; links?: string[] })
        .find((line) => line.to === email);
      expect(logged).toMatchObject({ level: 30, subject: 'Potwierdź swój adres e-mail w Rapport' });
      const token = VERIFY_LINK.exec(logged!.links![0]!)![1]!;
      expect((await post(app, '/auth/sign-up/confirm', { token })).statusCode).toBe(201);
      expect(smtp.received.some((message) => message.recipients.includes(email))).toBe(false);
    } finally {
      restore();
      await worker.stop();
      await app.close();
      await close();
    }
  });
});
