import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestApp, signUpOwner, type TestApp } from '../../testing/factories.js';
import { pdfText } from '../../testing/pdf-tools.js';
import { startSmtpTestServer, type SmtpTestServer } from '../../testing/smtp-test-server.js';
import { testDialects } from '../../testing/test-database.js';
import { deliverEmail } from '../mail/mail.delivery.js';
import { salesFlow } from './sales-flow.test-helpers.js';

interface Sent {
  emailId: string;
  to: string;
  language: string;
  file: { id: string; name: string; sha256: string; recordType: string; recordId: string };
}

describe.each(testDialects())('emailing a sales document on %s', (dialect) => {
  let t: TestApp;
  let smtp: SmtpTestServer;
  const saved = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM };
  beforeAll(async () => {
    t = await createTestApp(dialect);
    smtp = await startSmtpTestServer();
    process.env.SMTP_URL = smtp.url;
    process.env.MAIL_FROM = 'Rapport <crm@example.com>';
  });
  afterAll(async () => {
    for (const [key, value] of Object.entries(saved))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    await smtp.close();
    await t.close();
  });

  it('sends the PDF in the customer’s language, keeps it on the record byte for byte and on the timelines', async () => {
    const owner = await signUpOwner(t.app);
    const flow = await salesFlow(owner);
    const response = await owner.post(`/invoices/${flow.invoice.id}/email`, {
      message: 'Поздрави от екипа.',
    });
    expect(response.statusCode, response.body).toBe(201);
    const sent = response.json<Sent>();
    expect(sent).toMatchObject({ to: 'ivan@zhiten.example', language: 'bg' });
    expect(sent.file).toMatchObject({
      recordType: 'invoice',
      recordId: flow.invoice.id,
      name: `${flow.invoice.number}.pdf`,
    });

    expect(await deliverEmail(t.app.db, sent.emailId, { attempt: 1, files: t.app.files.store })).toBe('sent');
    const received = await smtp.messageTo('ivan@zhiten.example');
    expect(received.subject).toContain(`Фактура ${flow.invoice.number} от Северен вятър ООД`);
    expect(received.text).toContain('Поздрави от екипа.');
    const parsed = await simpleParser(received.raw);
    expect(parsed.attachments).toHaveLength(1);
    const attached = parsed.attachments[0]!;
    expect(attached.contentType).toBe('application/pdf');
    expect(pdfText(attached.content)).toContain('Фактура');

    // The kept file is exactly what was sent, even after the workspace's details change.
    await owner.patch('/workspace/document-details', { legalName: 'Нов Вятър АД' });
    const kept = await owner.get(`/files/${sent.file.id}/content`);
    expect(kept.statusCode).toBe(200);
    expect(Buffer.compare(kept.rawPayload, attached.content)).toBe(0);
    const fresh = await owner.get(`/invoices/${flow.invoice.id}/pdf`);
    expect(Buffer.compare(fresh.rawPayload, attached.content)).not.toBe(0);

    const files = (await owner.get(`/invoices/${flow.invoice.id}/files`)).json<{ data: { id: string }[] }>()
      .data;
    expect(files.map((file) => file.id)).toContain(sent.file.id);
    const invoiceTimeline = (await owner.get(`/invoices/${flow.invoice.id}/timeline?kind=document`)).json<{
      data: { kind: string; data: { fileId: string; sentTo: string } }[];
    }>().data;
    expect(invoiceTimeline[0]).toMatchObject({
      kind: 'document',
      data: { fileId: sent.file.id, sentTo: sent.to },
    });
    const company = (await owner.get(`/invoices/${flow.invoice.id}`)).json<{ companyId: string }>().companyId;
    const companyTimeline = (await owner.get(`/companies/${company}/timeline?kind=document`)).json<{
      data: { kind: string }[];
    }>().data;
    expect(companyTimeline.map((event) => event.kind)).toEqual(['document']);
  });

  it('refuses a bad address, a customer without one, and members who may not change the record', async () => {
    const owner = await signUpOwner(t.app);
    const flow = await salesFlow(owner);
    const bad = await owner.post(`/quotes/${flow.quote.id}/email`, { to: 'nobody' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('to');
    const viewer = await addMember(owner, 'viewer');
    expect((await viewer.post(`/quotes/${flow.quote.id}/email`, {})).statusCode).toBe(403);
    const other = await signUpOwner(t.app);
    expect((await other.post(`/invoices/${flow.invoice.id}/email`, {})).statusCode).toBe(404);
    expect((await owner.get(`/quotes/${flow.quote.id}/files`)).json<{ data: unknown[] }>().data).toHaveLength(
      0,
    );
  });
});
