import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestApp, signUpOwner, type Client, type TestApp } from '../../testing/factories.js';
import { startSmtpTestServer, type SmtpTestServer } from '../../testing/smtp-test-server.js';
import { testDialects } from '../../testing/test-database.js';
import { waitFor } from '../../testing/wait-for.js';
import { deliverEmailJob } from './mail.delivery.js';
import { queueEmail } from './mail.outbox.js';

type Problem = { status: number; errors?: { field: string }[] };
type Settings = { source: string; secretsEncrypted: boolean; settings: Record<string, unknown> | null };

const SECRET_KEY = 'a-test-key-that-is-long-enough-for-aes-256';

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

describe.each(testDialects())('email settings and outbox on %s', (dialect) => {
  let t: TestApp;
  let smtp: SmtpTestServer;
  let restoreEnv: () => void;
  beforeAll(async () => {
    smtp = await startSmtpTestServer({ username: 'acme', password: 'smtp-secret' });
    restoreEnv = useEnv({ SMTP_URL: undefined, MAIL_FROM: undefined, SECRET_KEY });
    t = await createTestApp(dialect, { jobs: [deliverEmailJob] });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
    restoreEnv();
  });

  const settingsFor = (overrides: Record<string, unknown> = {}) => ({
    host: '127.0.0.1',
    port: Number(new URL(smtp.url).port),
    security: 'none',
    username: 'acme',
    password: 'smtp-secret',
    fromAddress: 'Acme Sales <sales@acme.example>',
    ...overrides,
  });
  const expectProblem = (response: { statusCode: number; body: string }, status: number, field?: string) => {
    expect(response.statusCode, response.body).toBe(status);
    const problem = JSON.parse(response.body) as Problem;
    expect(problem.status).toBe(status);
    if (field) expect(problem.errors?.map((error) => error.field)).toContain(field);
  };
  const outbox = async (client: Client, query = '') =>
    (await client.get(`/email/outbox${query}`)).json<{ data: { id: string; status: string; to: string }[] }>()
      .data;

  it('without SMTP settings keeps email in the development outbox, listed and readable by admins', async () => {
    const owner = await signUpOwner(t.app);
    expect((await owner.get('/email/smtp')).json<Settings>()).toEqual({
      source: 'none',
      secretsEncrypted: true,
      settings: null,
    });
    const id = await queueEmail(t.app.db, {
      workspaceId: owner.info.workspaceId,
      to: 'zoe@client.example',
      locale: 'en',
      subject: 'Hello',
      text: 'See https://crm.example.com/x',
    });
    await waitFor(async () => (await outbox(owner, '?status=dev')).some((email) => email.id === id), {
      what: 'the development outbox',
    });
    const email = await owner.get(`/email/outbox/${id}`);
    expect(email.json()).toMatchObject({
      id,
      status: 'dev',
      to: 'zoe@client.example',
      text: 'See https://crm.example.com/x',
    });
    expect(smtp.received.some((m) => m.recipients.includes('zoe@client.example'))).toBe(false);
  });

  it("saves the workspace's SMTP server (password write-only, encrypted at rest) and sends through it", async () => {
    const owner = await signUpOwner(t.app);
    const saved = await owner.put('/email/smtp', settingsFor());
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      source: 'workspace',
      settings: { host: '127.0.0.1', username: 'acme', passwordSet: true, dkim: null },
    });
    expect(saved.body).not.toContain('smtp-secret');
    const row = await t.app.db
      .selectFrom('smtp_settings')
      .selectAll()
      .where('workspace_id', '=', owner.info.workspaceId)
      .executeTakeFirstOrThrow();
    expect(row.password_secret).toMatch(/^secret:v1:/);
    expect(row.password_secret).not.toContain('smtp-secret');

    // Leaving the password out keeps it.
    expect(
      (
        await owner.put(
          '/email/smtp',
          settingsFor({ password: undefined, fromAddress: 'sales@acme.example' }),
        )
      ).json(),
    ).toMatchObject({ settings: { passwordSet: true } });
    const id = await queueEmail(t.app.db, {
      workspaceId: owner.info.workspaceId,
      to: 'ann@client.example',
      locale: 'en',
      subject: 'Offer',
      text: 'x',
    });
    expect((await smtp.messageTo('ann@client.example')).user).toBe('acme');
    await waitFor(async () => (await outbox(owner, '?status=sent')).some((email) => email.id === id));

    const removed = await owner.delete('/email/smtp');
    expect(removed.json()).toEqual({ source: 'none', secretsEncrypted: true, settings: null });
  });

  it("sends a test message in the recipient's language and reports the SMTP answer, or the refusal", async () => {
    const owner = await signUpOwner(t.app, { locale: 'bg' });
    const before = await owner.post('/email/smtp/test', { to: owner.info.email });
    expect(before.json()).toMatchObject({
      ok: false,
      source: 'none',
      error: expect.stringMatching(/development outbox/) as unknown,
    });

    await owner.put('/email/smtp', settingsFor());
    const sent = await owner.post('/email/smtp/test', { to: owner.info.email });
    expect(sent.json()).toMatchObject({ ok: true, source: 'workspace', responseCode: 250, error: null });
    expect(sent.json<{ response: string }>().response).toMatch(/^250/);
    expect((await smtp.messageTo(owner.info.email!)).subject).toBe('Тестов имейл от Rapport');
    // Someone who is not a member reads it in the workspace's language, a member in their own.
    await owner.post('/email/smtp/test', { to: 'outsider@client.example' });
    expect((await smtp.messageTo('outsider@client.example')).subject).toBe('Тестов имейл от Rapport');
    const member = await addMember(owner, 'member');
    expect((await member.get('/auth/session')).json()).toMatchObject({ user: { locale: 'en' } });
    await owner.post('/email/smtp/test', { to: member.info.email });
    expect((await smtp.messageTo(member.info.email!)).subject).toBe('Rapport test email');

    await owner.put('/email/smtp', settingsFor({ password: 'wrong' }));
    const refused = await owner.post('/email/smtp/test', { to: owner.info.email });
    expect(refused.json()).toMatchObject({ ok: false, responseCode: 535 });
  });

  it('checks the DKIM key and keeps it write-only', async () => {
    const owner = await signUpOwner(t.app);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const dkim = { domain: 'acme.example', selector: 'crm2026', privateKey: pem };
    const saved = await owner.put('/email/smtp', settingsFor({ dkim }));
    expect(saved.json()).toMatchObject({
      settings: { dkim: { domain: 'acme.example', selector: 'crm2026', privateKeySet: true } },
    });
    expect(saved.body).not.toContain('PRIVATE KEY');
    const { privateKey: _key, ...withoutKey } = dkim;
    expect((await owner.put('/email/smtp', settingsFor({ dkim: withoutKey }))).statusCode).toBe(200);
    expectProblem(
      await owner.put('/email/smtp', settingsFor({ dkim: { ...dkim, privateKey: 'not a key' } })),
      400,
      'dkim.privateKey',
    );
  });

  it('refuses bad settings with a 400 naming the field, and changes nothing', async () => {
    const owner = await signUpOwner(t.app);
    for (const [field, value] of [
      ['host', 'not a host'],
      ['port', 0],
      ['port', 'x'],
      ['security', 'ssl'],
      ['fromAddress', ''],
    ] as const)
      expectProblem(await owner.put('/email/smtp', settingsFor({ [field]: value })), 400, field);
    expectProblem(
      await owner.put(
        '/email/smtp',
        settingsFor({ dkim: { domain: 'acme.example', selector: 'bad selector!' } }),
      ),
      400,
      'dkim.selector',
    );
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const noKeyYet = { domain: 'acme.example', selector: 's1' };
    expectProblem(await owner.put('/email/smtp', settingsFor({ dkim: noKeyYet })), 400, 'dkim.privateKey');
    expect(privateKey).toBeDefined();
    expectProblem(await owner.post('/email/smtp/test', { to: 'not an address' }), 400, 'to');
    expectProblem(await owner.get('/email/outbox?status=lost'), 400, 'status');
    expect((await owner.get('/email/smtp')).json<Settings>().settings).toBeNull();
  });

  it('lets only admins see and change email settings and the outbox', async () => {
    const owner = await signUpOwner(t.app);
    for (const role of ['manager', 'member', 'viewer']) {
      const someone = await addMember(owner, role);
      for (const response of [
        await someone.get('/email/smtp'),
        await someone.put('/email/smtp', settingsFor()),
        await someone.delete('/email/smtp'),
        await someone.post('/email/smtp/test', { to: 'x@example.com' }),
        await someone.get('/email/outbox'),
      ])
        expectProblem(response, 403);
    }
    expect((await (await addMember(owner, 'admin')).get('/email/smtp')).statusCode).toBe(200);
  });

  it("keeps workspaces' settings and outboxes apart", async () => {
    const a = await signUpOwner(t.app);
    const b = await signUpOwner(t.app);
    await a.put('/email/smtp', settingsFor());
    const id = await queueEmail(t.app.db, {
      workspaceId: a.info.workspaceId,
      to: 'private@client.example',
      locale: 'en',
      subject: 'A only',
      text: 'x',
    });
    expect((await b.get('/email/smtp')).json<Settings>().settings).toBeNull();
    expect((await outbox(b)).map((email) => email.id)).not.toContain(id);
    expectProblem(await b.get(`/email/outbox/${id}`), 404);
    await b.delete('/email/smtp');
    expect((await a.get('/email/smtp')).json<Settings>().source).toBe('workspace');
  });
});
