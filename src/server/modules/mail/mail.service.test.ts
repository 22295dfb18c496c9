import { Writable } from 'node:stream';
import fc from 'fast-check';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.js';
import { closedPort, startSmtpTestServer, type SmtpTestServer } from '../../testing/smtp-test-server.js';
import { openTestDatabase } from '../../testing/test-database.js';
import { testDialects } from '../../testing/test-database.js';
import { queueEmail } from './mail.outbox.js';
import { deliverPending, MAX_ATTEMPTS, retryDelayMs } from './mail.service.js';
import { readMailSettings } from './mail.settings.js';

const FROM = 'Rapport <crm@example.com>';

describe('retry delays', () => {
  it('start at a minute, never shrink and stay under six hours', () => {
    expect(retryDelayMs(1)).toBe(60_000);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), (attempts) => {
        expect(retryDelayMs(attempts + 1)).toBeGreaterThanOrEqual(retryDelayMs(attempts));
        expect(retryDelayMs(attempts)).toBeLessThanOrEqual(6 * 60 * 60_000);
      }),
    );
  });
});

describe('mail settings', () => {
  it('need both SMTP_URL and MAIL_FROM', () => {
    expect(readMailSettings({})).toBeNull();
    expect(readMailSettings({ SMTP_URL: 'smtp://127.0.0.1:2525' })).toBeNull();
    expect(readMailSettings({ MAIL_FROM: FROM })).toBeNull();
    expect(readMailSettings({ SMTP_URL: ' smtp://127.0.0.1:2525 ', MAIL_FROM: FROM })).toEqual({
      smtpUrl: 'smtp://127.0.0.1:2525',
      from: FROM,
    });
  });
});

describe.each(testDialects())('outgoing email on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(dialect));
    smtp = await startSmtpTestServer({ username: 'rapport', password: 'p@ss:word' });
  });
  afterAll(async () => {
    await smtp.close();
    await close();
  });

  let counter = 0;
  const queue = (overrides: { subject?: string; text?: string; html?: string } = {}) => {
    const to = `recipient${++counter}@example.com`;
    const message = {
      workspaceId: null,
      to,
      locale: 'bg',
      subject: 'Потвърдете имейл адреса си',
      text: `Отворете връзката:\nhttps://crm.example.com/verify-sign-up?token=abc${counter}\n`,
      html: '<p>Здравейте</p>',
      ...overrides,
    };
    return queueEmail(db, message).then((id) => ({ id, to }));
  };
  const row = (id: string) =>
    db.selectFrom('outbound_emails').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const smtpSettings = () => ({ smtpUrl: smtp.url, from: FROM });

  it('sends queued messages over SMTP, authenticated, and marks them sent', async () => {
    const { id, to } = await queue();
    expect((await row(id)).status).toBe('queued');
    expect(await deliverPending(db, { settings: smtpSettings() })).toEqual({
      sent: 1,
      dev: 0,
      retrying: 0,
      failed: 0,
    });
    const message = await smtp.messageTo(to);
    expect(message).toMatchObject({
      mailFrom: 'crm@example.com',
      recipients: [to],
      user: 'rapport',
      subject: 'Потвърдете имейл адреса си',
      html: expect.stringContaining('<p>Здравейте</p>') as unknown,
    });
    expect(message.text).toContain(`https://crm.example.com/verify-sign-up?token=abc${counter}`);
    expect(await row(id)).toMatchObject({
      status: 'sent',
      attempts: 0,
      last_error: null,
      next_attempt_at: null,
    });
    expect((await row(id)).sent_at).not.toBeNull();
    // Nothing is due any more, so a second sweep sends nothing twice.
    expect((await deliverPending(db, { settings: smtpSettings() })).sent).toBe(0);
    expect(smtp.received.filter((m) => m.recipients.includes(to))).toHaveLength(1);
  });

  it('keeps messages in the development outbox and logs their subject and links without SMTP', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = Fastify({ logger: { level: 'info', stream } });
    const { id, to } = await queue();
    expect((await deliverPending(db, { settings: null, log: logger.log })).dev).toBe(1);
    expect(await row(id)).toMatchObject({ status: 'dev', attempts: 0, next_attempt_at: null });
    const entry = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line.emailId === id);
    expect(entry).toMatchObject({
      level: 30,
      to,
      subject: 'Потвърдете имейл адреса си',
      links: [`https://crm.example.com/verify-sign-up?token=abc${counter}`],
    });
    await logger.close();
  });

  it('keeps a message it could not deliver, with the error, and sends it on a later sweep', async () => {
    const refused = { smtpUrl: `smtp://127.0.0.1:${await closedPort()}`, from: FROM };
    const { id, to } = await queue();
    const before = Date.now();
    expect(await deliverPending(db, { settings: refused })).toMatchObject({ retrying: 1, sent: 0 });
    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'queued', attempts: 1 });
    expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(Date.parse(failed.next_attempt_at!)).toBeGreaterThanOrEqual(before + retryDelayMs(1));
    // Not due yet: a sweep right away leaves it alone.
    expect(await deliverPending(db, { settings: smtpSettings() })).toMatchObject({ sent: 0, retrying: 0 });

    await db
      .updateTable('outbound_emails')
      .set({ next_attempt_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', id)
      .execute();
    expect((await deliverPending(db, { settings: smtpSettings() })).sent).toBe(1);
    expect((await smtp.messageTo(to)).subject).toBe('Потвърдете имейл адреса си');
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
  });

  it('gives up on a permanent rejection and after the last attempt', async () => {
    const rejecting = await startSmtpTestServer({ rejectRecipients: true });
    try {
      const rejected = await queue();
      expect(await deliverPending(db, { settings: { smtpUrl: rejecting.url, from: FROM } })).toMatchObject({
        failed: 1,
      });
      expect(await row(rejected.id)).toMatchObject({ status: 'failed', attempts: 1, next_attempt_at: null });
      expect((await row(rejected.id)).last_error).toMatch(/550/);
    } finally {
      await rejecting.close();
    }
    const lastTry = await queue();
    await db
      .updateTable('outbound_emails')
      .set({ attempts: MAX_ATTEMPTS - 1 })
      .where('id', '=', lastTry.id)
      .execute();
    const refused = { smtpUrl: `smtp://127.0.0.1:${await closedPort()}`, from: FROM };
    expect(await deliverPending(db, { settings: refused })).toMatchObject({ failed: 1 });
    expect(await row(lastTry.id)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
  });

  it('sends a message once when several sweeps run at the same time', async () => {
    const { to } = await queue();
    const results = await Promise.all([1, 2, 3].map(() => deliverPending(db, { settings: smtpSettings() })));
    expect(results.reduce((sum, counts) => sum + counts.sent, 0)).toBe(1);
    await smtp.messageTo(to);
    expect(smtp.received.filter((m) => m.recipients.includes(to))).toHaveLength(1);
  });
});
