import { simpleParser } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../../jobs/jobs.js';
import { JobWorker } from '../../jobs/worker.js';
import {
  addWithRole,
  createTestApp,
  signUpOwner,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { oneSpaced, pdfText } from '../../testing/pdf-tools.js';
import { startSmtpTestServer, type SmtpTestServer } from '../../testing/smtp-test-server.js';
import { testDialects } from '../../testing/test-database.js';
import { deliverEmailJob } from '../mail/mail.delivery.js';
import { scheduledReportsJob, sendReportJob } from './report-email.js';

type Saved = { id: string; nextRunAt: string | null };

const byCountry = { object: 'company', groupBy: [{ field: 'country' }], measures: [{ op: 'count' }] };

async function addCompanies(client: Client, countries: string[]) {
  for (const [i, country] of countries.entries()) {
    const created = await client.post('/companies', { name: `Firm ${country} ${i}`, country });
    expect(created.statusCode, created.body).toBe(201);
  }
}

describe.each(testDialects())('scheduled report emails on %s', (dialect) => {
  let t: TestApp;
  let smtp: SmtpTestServer;
  const workers: JobWorker[] = [];
  const saved = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM };
  beforeAll(async () => {
    t = await createTestApp(dialect);
    smtp = await startSmtpTestServer();
    process.env.SMTP_URL = smtp.url;
    process.env.MAIL_FROM = 'Rapport <crm@example.com>';
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  });
  afterAll(async () => {
    for (const [key, value] of Object.entries(saved))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    await smtp.close();
    await t.close();
  });

  /** Makes a saved report due, then lets the jobs queue find it, run it and send its emails. */
  async function sendWhenDue(report: Saved) {
    const due = '2020-01-01T06:00:00.000Z';
    await t.app.db.updateTable('reports').set({ next_run_at: due }).where('id', '=', report.id).execute();
    const worker = new JobWorker(t.app.db, {
      definitions: [scheduledReportsJob, sendReportJob, deliverEmailJob],
      pollMs: 20,
      files: t.app.files.store,
    });
    workers.push(worker);
    await enqueue(t.app.db, scheduledReportsJob, {});
  }

  it('emails a due report as CSV to each recipient through the jobs queue, and moves it to its next run', async () => {
    const owner = await signUpOwner(t.app);
    await addCompanies(owner, ['BG', 'BG', 'SK']);
    const created = await owner.post('/reports', {
      name: 'Firms by country',
      definition: byCountry,
      schedule: { every: 'day', format: 'csv', recipients: ['boss@example.com', owner.info.email] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const report = created.json<Saved>();
    expect(Date.parse(report.nextRunAt!)).toBeGreaterThan(Date.now());
    await sendWhenDue(report);

    for (const to of ['boss@example.com', owner.info.email!]) {
      const received = await smtp.messageTo(to, 20_000);
      expect(received.subject).toContain('Report: Firms by country');
      expect(received.text).toContain('every day');
      const parsed = await simpleParser(received.raw);
      expect(parsed.attachments.map((a) => [a.filename, a.contentType])).toEqual([
        ['Firms-by-country.csv', 'text/csv'],
      ]);
      const lines = parsed.attachments[0]!.content.toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines).toEqual(['country,Records', 'BG,2', 'SK,1']);
    }
    const row = await t.app.db
      .selectFrom('reports')
      .select('next_run_at')
      .where('id', '=', report.id)
      .executeTakeFirstOrThrow();
    expect(Date.parse(row.next_run_at!)).toBeGreaterThan(Date.now());
  });

  it('sends a PDF in the recipient’s language, counting only what the report’s creator may read', async () => {
    const owner = await signUpOwner(t.app, { locale: 'pt' });
    const roles = (await owner.get('/roles')).json<{
      data: { id: string; key: string | null; permissions: Record<string, unknown> }[];
    }>().data;
    const member = roles.find((r) => r.key === 'member')!;
    const ownOnly = await owner.post('/roles', {
      name: 'Own companies',
      permissions: {
        ...member.permissions,
        companies: { create: 'all', read: 'own', update: 'own', delete: 'own' },
      },
    });
    const seller = await addWithRole(owner, ownOnly.json<{ id: string }>().id, 'seller');
    await addCompanies(owner, ['PT', 'PT', 'PL']);
    await addCompanies(seller, ['PT']);
    const created = await seller.post('/reports', {
      name: 'Países',
      definition: byCountry,
      schedule: { every: 'week', format: 'pdf', recipients: [owner.info.email] },
    });
    expect(created.statusCode, created.body).toBe(201);
    await sendWhenDue(created.json<Saved>());

    const received = await smtp.messageTo(owner.info.email!, 20_000);
    expect(received.subject).toContain('Relatório: Países');
    expect(received.text).toContain('todas as semanas');
    const [attached] = (await simpleParser(received.raw)).attachments;
    expect(attached?.contentType).toBe('application/pdf');
    const text = oneSpaced(pdfText(attached!.content));
    expect(text).toContain('Países');
    expect(text).toContain('Registos');
    expect(text).toContain('PT 1');
    expect(text).not.toContain('PL');
  });
});
