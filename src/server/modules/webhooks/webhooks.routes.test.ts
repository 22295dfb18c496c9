import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  apiKeyClient,
  type Client,
  createTestApp,
  signUpOwner,
  type TestApp,
} from '../../testing/factories.js';
import { loopbackNameFromHostsFile } from '../../testing/hosts-file.js';
import { testDialects } from '../../testing/test-database.js';

interface WebhookBody {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  previousSecretExpiresAt: string | null;
  secret?: string;
}
type Problem = { status: number; errors?: { field: string; message: string }[] };

// A public address written as a number, so no test here asks DNS; no worker runs, so nothing is sent.
const PUBLIC_URL = 'https://93.184.215.14/hooks/rapport';
const MISSING = '0190f0f0-0000-7000-8000-000000000000';

const problemOf = (response: { body: string; headers: Record<string, unknown> }) => {
  expect(response.headers['content-type']).toContain('application/problem+json');
  return JSON.parse(response.body) as Problem;
};
const fieldsOf = (response: { body: string; headers: Record<string, unknown> }) =>
  problemOf(response).errors?.map((e) => e.field) ?? [];

describe.each(testDialects())('webhooks API on %s', (dialect) => {
  let t: TestApp;
  const savedEnv = { ...process.env };
  beforeAll(async () => {
    delete process.env.WEBHOOK_ALLOWED_HOSTS;
    delete process.env.WEBHOOK_ALLOW_HTTP;
    delete process.env.SECRET_KEY;
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    process.env = savedEnv;
    await t.close();
  });

  const create = async (client: Client, body: Record<string, unknown> = {}) => {
    const response = await client.post('/webhooks', { url: PUBLIC_URL, events: ['*'], ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<WebhookBody>();
  };
  const listOf = async (client: Client) =>
    (await client.get('/webhooks')).json<{ data: WebhookBody[]; nextCursor: string | null }>();

  it('creates an endpoint whose secret is shown once, lists, changes and deletes it, with audit entries', async () => {
    const owner = await signUpOwner(t.app);
    const created = await create(owner, {
      description: ' Orders to ERP ',
      events: ['person.updated', 'person.created', 'person.created'],
    });
    expect(created).toMatchObject({
      url: PUBLIC_URL,
      description: 'Orders to ERP',
      events: ['person.created', 'person.updated'],
      enabled: true,
      disabledReason: null,
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{44}$/);
    // Without SECRET_KEY the secret is stored as it is, marked so that a later save seals it.
    const stored = await t.app.db
      .selectFrom('webhook_endpoints')
      .select('secret')
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(stored.secret).toBe(`plain:${created.secret}`);

    const read = await owner.get(`/webhooks/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.body).not.toContain(created.secret!);
    expect(read.json()).not.toHaveProperty('secret');
    expect((await listOf(owner)).data.map((w) => w.id)).toEqual([created.id]);

    const disabled = await owner.patch(`/webhooks/${created.id}`, {
      enabled: false,
      events: ['*', 'company.created'],
    });
    expect(disabled.json()).toMatchObject({ enabled: false, disabledReason: 'manual', events: ['*'] });
    const enabled = await owner.patch(`/webhooks/${created.id}`, { enabled: true });
    expect(enabled.json()).toMatchObject({ enabled: true, disabledReason: null, disabledAt: null });

    const audit = await owner.get(`/audit-log?entityType=webhook&entityId=${created.id}`);
    expect(audit.body).not.toContain(created.secret!);
    expect(audit.json<{ data: { action: string }[] }>().data.map((e) => e.action)).toEqual([
      'update',
      'update',
      'create',
    ]);

    expect((await owner.delete(`/webhooks/${created.id}`)).statusCode).toBe(204);
    expect((await owner.get(`/webhooks/${created.id}`)).statusCode).toBe(404);
    expect((await listOf(owner)).data).toEqual([]);
  });

  it('pages through endpoints, newest first', async () => {
    const owner = await signUpOwner(t.app);
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await create(owner, { description: `#${i}` })).id);
    const first = (await owner.get('/webhooks?limit=2')).json<{ data: WebhookBody[]; nextCursor: string }>();
    expect(first.data.map((w) => w.id)).toEqual([ids[2], ids[1]]);
    const second = (await owner.get(`/webhooks?limit=2&cursor=${first.nextCursor}`)).json<{
      data: WebhookBody[];
    }>();
    expect(second).toEqual({ data: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    expect(fieldsOf(await owner.get('/webhooks?cursor=nope'))).toEqual(['cursor']);
  });

  it('rotates the secret: a new one shown once, the old one still signing for a day', async () => {
    const owner = await signUpOwner(t.app);
    const created = await create(owner);
    const rotated = await owner.post(`/webhooks/${created.id}/rotate-secret`);
    expect(rotated.statusCode, rotated.body).toBe(200);
    const body = rotated.json<WebhookBody>();
    expect(body.secret).toMatch(/^whsec_/);
    expect(body.secret).not.toBe(created.secret);
    const overlapHours = (Date.parse(body.previousSecretExpiresAt!) - Date.now()) / 3_600_000;
    expect(overlapHours).toBeGreaterThan(23.9);
    expect(overlapHours).toBeLessThanOrEqual(24);
    expect((await owner.get(`/webhooks/${created.id}`)).json()).toMatchObject({
      previousSecretExpiresAt: body.previousSecretExpiresAt,
    });
  });

  it('lists the event types of every record type', async () => {
    const owner = await signUpOwner(t.app);
    const types = (await owner.get('/webhooks/event-types')).json<{ data: string[] }>().data;
    for (const type of [
      'person.created',
      'person.updated',
      'person.deleted',
      'person.restored',
      'company.created',
      'product.deleted',
    ])
      expect(types).toContain(type);
  });

  it('refuses bad input with a 4xx naming the field, writing nothing', async () => {
    const owner = await signUpOwner(t.app);
    const hostsName = loopbackNameFromHostsFile();
    const badUrls = [
      '',
      'hooks.example.com/no-scheme',
      'http://93.184.215.14/plain-http',
      'ftp://93.184.215.14/',
      'https://user:secret@93.184.215.14/',
      'https://localhost/hook',
      'https://127.0.0.1/hook',
      'https://10.0.0.7/hook',
      'https://169.254.169.254/latest/meta-data/',
      'https://[::1]/hook',
      'https://0.0.0.0/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://2130706433/hook',
      ...(hostsName ? [`https://${hostsName}/hook`] : []),
      `https://93.184.215.14/${'x'.repeat(2000)}`,
    ];
    for (const url of badUrls) {
      const response = await owner.post('/webhooks', { url, events: ['*'] });
      expect(response.statusCode, url).toBe(400);
      expect(fieldsOf(response), url).toEqual(['url']);
    }
    const cases: [Record<string, unknown>, string][] = [
      [{ events: ['*'] }, 'url'],
      [{ url: PUBLIC_URL }, 'events'],
      [{ url: PUBLIC_URL, events: [] }, 'events'],
      [{ url: PUBLIC_URL, events: ['person.exploded'] }, 'events.0'],
      [{ url: PUBLIC_URL, events: 'person.created' }, 'events'],
      [{ url: PUBLIC_URL, events: ['*'], description: 'd'.repeat(501) }, 'description'],
      [{ url: PUBLIC_URL, events: ['*'], enabled: 'yes' }, 'enabled'],
    ];
    for (const [body, field] of cases) {
      const response = await owner.post('/webhooks', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(response)).toEqual([field]);
    }
    expect((await listOf(owner)).data).toEqual([]);

    const created = await create(owner);
    const patched = await owner.patch(`/webhooks/${created.id}`, {
      url: 'https://192.168.0.10/hook',
      description: 'changed',
    });
    expect(fieldsOf(patched)).toEqual(['url']);
    expect((await owner.get(`/webhooks/${created.id}`)).json()).toMatchObject({
      url: PUBLIC_URL,
      description: '',
    });
    expect(fieldsOf(await owner.get('/webhooks/not-a-uuid'))).toEqual(['id']);
    expect((await owner.get(`/webhooks/${MISSING}`)).statusCode).toBe(404);
    expect(fieldsOf(await owner.post(`/webhooks/${created.id}/deliveries/nope/replay`))).toEqual([
      'deliveryId',
    ]);
    expect((await owner.post(`/webhooks/${created.id}/deliveries/${MISSING}/replay`)).statusCode).toBe(404);
  });

  it('refuses a test message or a replay to a disabled endpoint', async () => {
    const owner = await signUpOwner(t.app);
    const created = await create(owner, { enabled: false });
    expect(created).toMatchObject({ enabled: false, disabledReason: 'manual' });
    const test = await owner.post(`/webhooks/${created.id}/test`);
    expect(test.statusCode).toBe(409);
    expect(fieldsOf(test)).toEqual(['enabled']);
    expect((await owner.get(`/webhooks/${created.id}/deliveries`)).json()).toEqual({
      data: [],
      nextCursor: null,
    });
  });

  it('queues a test message and lists it in the delivery log', async () => {
    const owner = await signUpOwner(t.app);
    const created = await create(owner, { events: ['company.created'] });
    const test = await owner.post(`/webhooks/${created.id}/test`);
    expect(test.statusCode, test.body).toBe(202);
    expect(test.json()).toMatchObject({
      endpointId: created.id,
      eventType: 'webhook.test',
      status: 'pending',
      attempts: 0,
      payload: { type: 'webhook.test', data: { endpointId: created.id } },
    });
    const log = (await owner.get(`/webhooks/${created.id}/deliveries`)).json<{ data: { id: string }[] }>();
    expect(log.data.map((d) => d.id)).toEqual([test.json<{ id: string }>().id]);
  });

  it('is for admins only: members, managers and viewers get 403; an admin API key works', async () => {
    const owner = await signUpOwner(t.app);
    const created = await create(owner);
    for (const role of ['manager', 'member', 'viewer']) {
      const client = await addMember(owner, role);
      for (const response of [
        await client.get('/webhooks'),
        await client.get(`/webhooks/${created.id}`),
        await client.get(`/webhooks/${created.id}/deliveries`),
        await client.post('/webhooks', { url: PUBLIC_URL, events: ['*'] }),
        await client.patch(`/webhooks/${created.id}`, { enabled: false }),
        await client.post(`/webhooks/${created.id}/rotate-secret`),
        await client.post(`/webhooks/${created.id}/test`),
        await client.delete(`/webhooks/${created.id}`),
      ]) {
        expect(response.statusCode, role).toBe(403);
        problemOf(response);
      }
    }
    const admin = await addMember(owner, 'admin');
    expect((await admin.get(`/webhooks/${created.id}`)).statusCode).toBe(200);
    const key = await apiKeyClient(owner, 'admin');
    expect((await key.post('/webhooks', { url: PUBLIC_URL, events: ['person.created'] })).statusCode).toBe(
      201,
    );
    expect((await owner.get(`/webhooks/${created.id}`)).json()).toMatchObject({ enabled: true });
  });

  it('keeps workspaces apart: another workspace gets 404 for every endpoint operation', async () => {
    const owner = await signUpOwner(t.app);
    const other = await signUpOwner(t.app);
    const created = await create(owner);
    const test = (await owner.post(`/webhooks/${created.id}/test`)).json<{ id: string }>();
    for (const response of [
      await other.get(`/webhooks/${created.id}`),
      await other.patch(`/webhooks/${created.id}`, { description: 'mine now' }),
      await other.post(`/webhooks/${created.id}/rotate-secret`),
      await other.post(`/webhooks/${created.id}/test`),
      await other.get(`/webhooks/${created.id}/deliveries`),
      await other.post(`/webhooks/${created.id}/deliveries/${test.id}/replay`),
      await other.delete(`/webhooks/${created.id}`),
    ])
      expect(response.statusCode).toBe(404);
    expect((await listOf(other)).data).toEqual([]);
    const own = await create(other);
    expect((await other.post(`/webhooks/${own.id}/deliveries/${test.id}/replay`)).statusCode).toBe(404);
    expect((await owner.get(`/webhooks/${created.id}`)).json()).toMatchObject({ description: '' });
  });
});
