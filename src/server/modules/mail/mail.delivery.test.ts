import { generateKeyPairSync } from 'node:crypto';
import { authenticate } from 'mailauth';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readJson, type Db } from '../../db/database.js';
import { wakeWorkers } from '../../jobs/jobs.js';
import { moveJob } from '../../jobs/jobs.repository.js';
import { JobWorker } from '../../jobs/worker.js';
import { sealSecret } from '../../lib/secrets.js';
import { closedPort, startSmtpTestServer, type SmtpTestServer } from '../../testing/smtp-test-server.js';
import { openTestDatabase, testDialects } from '../../testing/test-database.js';
import { waitFor } from '../../testing/wait-for.js';
import { createWorkspace } from '../workspaces/workspaces.service.js';
import { deliverEmailJob, MAX_ATTEMPTS } from './mail.delivery.js';
import { queueEmail } from './mail.outbox.js';
import { readMailSettings } from './mail.settings.js';
import { saveSmtpSettings } from './smtp-settings.repository.js';

const FROM = 'Rapport <crm@example.com>';

/** Sets environment variables and returns a function that puts the old values back. */
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

describe('server mail settings', () => {
  it('need both SMTP_URL and MAIL_FROM, and all three DKIM values to sign', () => {
    expect(readMailSettings({})).toBeNull();
    expect(readMailSettings({ SMTP_URL: 'smtp://127.0.0.1:2525' })).toBeNull();
    expect(readMailSettings({ MAIL_FROM: FROM })).toBeNull();
    expect(readMailSettings({ SMTP_URL: ' smtp://127.0.0.1:2525 ', MAIL_FROM: FROM })).toMatchObject({
      source: 'server',
      transport: { url: 'smtp://127.0.0.1:2525' },
      from: FROM,
      dkim: null,
    });
    const env = {
      SMTP_URL: 'smtp://h:25',
      MAIL_FROM: FROM,
      MAIL_DKIM_DOMAIN: 'example.com',
      MAIL_DKIM_SELECTOR: 's1',
    };
    expect(readMailSettings(env)?.dkim).toBeNull();
    expect(readMailSettings({ ...env, MAIL_DKIM_PRIVATE_KEY: 'a\\nb' })?.dkim).toEqual({
      domainName: 'example.com',
      keySelector: 's1',
      privateKey: 'a\nb',
    });
  });
});

describe.each(testDialects())('outgoing email on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  let serverSmtp: SmtpTestServer;
  let restoreEnv: () => void;
  const workers: JobWorker[] = [];
  beforeAll(async () => {
    ({ db, close } = await openTestDatabase(dialect));
    serverSmtp = await startSmtpTestServer({ username: 'rapport', password: 'p@ss:word' });
    restoreEnv = useEnv({ SMTP_URL: serverSmtp.url, MAIL_FROM: FROM, PUBLIC_URL: 'https://crm.example.com' });
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  });
  afterAll(async () => {
    restoreEnv();
    await serverSmtp.close();
    await close();
  });

  const startWorker = () => {
    const worker = new JobWorker(db, { definitions: [deliverEmailJob], pollMs: 20 });
    workers.push(worker);
    return worker;
  };
  let counter = 0;
  const newWorkspace = async (locale = 'en') =>
    (
      await createWorkspace(db, {
        name: 'Acme',
        ownerEmail: `owner${++counter}.${Date.now()}@example.com`,
        ownerPassword: 'correct horse battery',
        ownerName: 'Olga',
        locale,
      })
    ).workspaceId;
  const queue = (workspaceId: string | null, overrides: { subject?: string } = {}) => {
    const to = `recipient${++counter}@example.com`;
    return queueEmail(db, {
      workspaceId,
      to,
      locale: 'bg',
      subject: overrides.subject ?? 'Потвърдете имейл адреса си',
      text: `Отворете връзката:\nhttps://crm.example.com/verify?token=abc${counter}\n`,
      html: '<p>Здравейте</p>',
    }).then((id) => ({ id, to }));
  };
  const row = (id: string) =>
    db.selectFrom('outbound_emails').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const deliveryJobs = async () =>
    (await db.selectFrom('jobs').selectAll().where('type', '=', deliverEmailJob.type).execute()).map(
      (job) => ({
        ...job,
        emailId: readJson<{ emailId: string }>(job.payload, { emailId: '' }).emailId,
      }),
    );
  const jobOf = async (id: string) => {
    const job = (await deliveryJobs()).find((candidate) => candidate.emailId === id);
    if (!job) throw new Error(`no delivery job for ${id}`);
    return job;
  };
  const statusIs = (id: string, status: string) => async () => (await row(id)).status === status;

  it('enqueues the delivery job with the message, in the same transaction', async () => {
    const rolledBack = db.transaction().execute(async (trx) => {
      await queueEmail(trx, {
        workspaceId: null,
        to: 'never@example.com',
        locale: 'en',
        subject: 's',
        text: 't',
      });
      throw new Error('the command failed');
    });
    await expect(rolledBack).rejects.toThrow('the command failed');
    expect(
      await db.selectFrom('outbound_emails').select('id').where('to', '=', 'never@example.com').execute(),
    ).toEqual([]);
    const emailIds = new Set(
      (await db.selectFrom('outbound_emails').select('id').execute()).map((r) => r.id),
    );
    expect((await deliveryJobs()).filter((job) => !emailIds.has(job.emailId))).toEqual([]);

    const { id } = await queue(null);
    expect(await jobOf(id)).toMatchObject({
      status: 'waiting',
      max_attempts: MAX_ATTEMPTS,
      workspace_id: null,
    });
  });

  it("sends through the server's SMTP settings with a Message-ID, and marks the message sent", async () => {
    const { id, to } = await queue(null);
    startWorker();
    const message = await serverSmtp.messageTo(to);
    expect(message).toMatchObject({
      mailFrom: 'crm@example.com',
      user: 'rapport',
      subject: 'Потвърдете имейл адреса си',
      html: expect.stringContaining('<p>Здравейте</p>') as unknown,
    });
    expect(message.raw).toContain(`Message-ID: <${id}@crm.example.com>`);
    await waitFor(statusIs(id, 'sent'), { what: 'the message to be marked sent' });
    expect(await row(id)).toMatchObject({
      attempts: 0,
      last_error: null,
      message_id: `${id}@crm.example.com`,
    });
    await waitFor(async () => (await jobOf(id)).status === 'done');
  });

  it("puts the thread's token in a workspace's subjects and keeps it for the thread", async () => {
    const workspaceId = await newWorkspace();
    const first = await queue(workspaceId, { subject: 'Your quote' });
    const thread = await row(first.id);
    expect(thread.subject).toMatch(/^Your quote \[#R-[0-9A-HJKMNP-TV-Z]{6}\]$/);
    const token = /\[#(R-\w+)\]/.exec(thread.subject)![1];
    const reply = await queueEmail(db, {
      workspaceId,
      to: first.to,
      locale: 'en',
      subject: 'Re: Your quote',
      text: 'More',
      threadId: thread.thread_id!,
    });
    expect((await row(reply)).subject).toBe(`Re: Your quote [#${token}]`);
  });

  it("prefers the workspace's own SMTP server, and signs with its DKIM key so that the signature verifies", async () => {
    const own = await startSmtpTestServer({ username: 'acme', password: 'acme-secret' });
    try {
      const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      const workspaceId = await newWorkspace();
      const port = Number(new URL(own.url).port);
      await saveSmtpSettings(db, {
        workspace_id: workspaceId,
        host: '127.0.0.1',
        port,
        security: 'none',
        username: 'acme',
        password_secret: sealSecret('acme-secret'),
        from_address: 'Acme Sales <sales@acme.example>',
        dkim_domain: 'acme.example',
        dkim_selector: 'crm2026',
        dkim_key_secret: sealSecret(pem),
        updated_at: new Date().toISOString(),
      });
      const { id, to } = await queue(workspaceId, { subject: 'Offer' });
      startWorker();
      const message = await own.messageTo(to);
      expect(message).toMatchObject({ user: 'acme', mailFrom: 'sales@acme.example' });
      expect(serverSmtp.received.some((m) => m.recipients.includes(to))).toBe(false);
      expect(message.raw).toMatch(/^DKIM-Signature: .*d=acme\.example/m);

      const dnsKey = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
      const resolver = async (name: string, type: string) => {
        if (name === 'crm2026._domainkey.acme.example' && type === 'TXT')
          return [[`v=DKIM1; k=rsa; p=${dnsKey}`]];
        throw Object.assign(new Error(`no ${type} record for ${name}`), { code: 'ENOTFOUND' });
      };
      const verified = await authenticate(message.raw, {
        ip: '127.0.0.1',
        helo: 'localhost',
        sender: 'sales@acme.example',
        resolver,
        disableArc: true,
        disableDmarc: true,
        disableBimi: true,
      });
      expect(verified.dkim.results.map((result) => result.status.result)).toEqual(['pass']);

      // A changed byte breaks it: the check is real.
      const tampered = message.raw.replace('Offer', 'Offer!');
      const broken = await authenticate(tampered, {
        ip: '127.0.0.1',
        helo: 'localhost',
        resolver,
        disableArc: true,
        disableDmarc: true,
        disableBimi: true,
      });
      expect(broken.dkim.results.map((result) => result.status.result)).toEqual(['fail']);
      await waitFor(statusIs(id, 'sent'));
    } finally {
      await own.close();
    }
  });

  it('keeps messages in the development outbox without any SMTP settings', async () => {
    const restore = useEnv({ SMTP_URL: undefined });
    try {
      const workspaceId = await newWorkspace();
      const { id } = await queue(workspaceId);
      startWorker();
      await waitFor(statusIs(id, 'dev'), { what: 'the message to be kept in the development outbox' });
      expect(await row(id)).toMatchObject({ attempts: 0, last_error: null });
    } finally {
      restore();
    }
  });

  it('retries a message it could not deliver with a growing wait, keeping the error on the message', async () => {
    const restore = useEnv({ SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` });
    try {
      const { id } = await queue(null);
      const before = Date.now();
      startWorker();
      await waitFor(async () => (await row(id)).attempts === 1, { what: 'the first attempt to fail' });
      expect(await row(id)).toMatchObject({ status: 'queued' });
      expect((await row(id)).last_error).toMatch(/ECONNREFUSED|connect/i);
      await waitFor(async () => (await jobOf(id)).status === 'waiting' && (await jobOf(id)).attempts === 1);
      // Half of the first minute for certain, then jitter.
      expect(Date.parse((await jobOf(id)).run_at)).toBeGreaterThanOrEqual(before + 30_000);
    } finally {
      restore();
    }
    const { id } = await queue(null);
    await db
      .updateTable('jobs')
      .set({ run_at: new Date().toISOString() })
      .where('type', '=', deliverEmailJob.type)
      .where('status', '=', 'waiting')
      .execute();
    wakeWorkers();
    await waitFor(statusIs(id, 'sent'));
  });

  it('gives up at once on a permanent (5xx) rejection: the message failed and its job dead, with the reason', async () => {
    const rejecting = await startSmtpTestServer({ rejectRecipients: true });
    const restore = useEnv({ SMTP_URL: rejecting.url });
    try {
      const { id } = await queue(null);
      startWorker();
      await waitFor(statusIs(id, 'failed'), { what: 'the message to fail' });
      expect(await row(id)).toMatchObject({ attempts: 1 });
      expect((await row(id)).last_error).toMatch(/550/);
      await waitFor(async () => (await jobOf(id)).status === 'dead');
      expect((await jobOf(id)).last_error).toMatch(/550/);
    } finally {
      restore();
      await rejecting.close();
    }
  });

  it('sends a given-up message again when an admin retries its job', async () => {
    const rejecting = await startSmtpTestServer({ rejectRecipients: true });
    const restore = useEnv({ SMTP_URL: rejecting.url });
    const workspaceId = await newWorkspace();
    const { id, to } = await queue(workspaceId);
    try {
      startWorker();
      await waitFor(async () => (await jobOf(id)).status === 'dead', { what: 'the job to give up' });
    } finally {
      restore();
      await rejecting.close();
    }
    expect((await row(id)).status).toBe('failed');
    await moveJob(db, { workspaceId, id: (await jobOf(id)).id, now: new Date().toISOString() }, ['dead'], {
      status: 'waiting',
      resetAttempts: true,
    });
    wakeWorkers();
    await waitFor(statusIs(id, 'sent'), { what: 'the retried message to be sent' });
    expect((await serverSmtp.messageTo(to)).subject).toContain('Потвърдете');
  });
});
