import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { JobDefinition } from '../../jobs/jobs.js';
import { JobWorker } from '../../jobs/worker.js';
import { type Client, createTestApp, signUpOwner, type TestApp } from '../../testing/factories.js';
import { loopbackNameFromHostsFile } from '../../testing/hosts-file.js';
import { testDialects } from '../../testing/test-database.js';
import { waitFor } from '../../testing/wait-for.js';
import {
  type ReceivedWebhook,
  startWebhookReceiver,
  type WebhookReceiver,
} from '../../testing/webhook-receiver.js';
import { webhookDeliveryJob } from './webhooks.delivery.js';

interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  responseExcerpt: string | null;
  error: string | null;
  nextAttemptAt: string | null;
  replayOf: string | null;
}

/**
 * Standard Webhooks verification, written here from the specification rather than taken from the
 * server: the HMAC-SHA256 of `${id}.${timestamp}.${body}` keyed with the base64-decoded part of the
 * secret after `whsec_`, compared with each space-separated `v1,<base64>` of the header.
 */
function signedWith(secret: string, request: ReceivedWebhook): boolean {
  const id = request.headers['webhook-id'] as string;
  const timestamp = request.headers['webhook-timestamp'] as string;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${request.body}`).digest();
  return String(request.headers['webhook-signature'])
    .split(' ')
    .some((entry) => {
      const [version, signature] = entry.split(',');
      const given = Buffer.from(signature ?? '', 'base64');
      return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

const ALLOW_LOOPBACK = '127.0.0.1';

describe.each(testDialects())('webhook delivery on %s', (dialect) => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let worker: JobWorker;
  const savedEnv = { ...process.env };
  const startWorker = (backoffMs: number) => {
    const fast: JobDefinition = {
      ...webhookDeliveryJob,
      backoff: { baseMs: backoffMs, maxMs: backoffMs },
    };
    worker = new JobWorker(t.app.db, { definitions: [fast], pollMs: 20 });
  };
  beforeAll(async () => {
    t = await createTestApp(dialect);
    receiver = await startWebhookReceiver();
  });
  beforeEach(() => {
    process.env.WEBHOOK_ALLOWED_HOSTS = ALLOW_LOOPBACK;
    delete process.env.WEBHOOK_ALLOW_HTTP;
    process.env.SECRET_KEY = 'a key of at least thirty-two characters for the tests';
    startWorker(10);
  });
  afterEach(async () => worker.stop(0));
  afterAll(async () => {
    process.env = savedEnv;
    await receiver.close();
    await t.close();
  });

  const newPath = () => `/hook/${randomBytes(6).toString('hex')}`;
  async function endpoint(owner: Client, body: Record<string, unknown> = {}, host = '127.0.0.1') {
    const path = newPath();
    const response = await owner.post('/webhooks', {
      url: `http://${host}:${receiver.port}${path}`,
      events: ['*'],
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return { path, ...response.json<{ id: string; secret: string }>() };
  }
  const deliveriesOf = async (owner: Client, id: string) => {
    const response = await owner.get(`/webhooks/${id}/deliveries`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ data: Delivery[] }>().data;
  };
  const settled = async (owner: Client, id: string, count: number, statuses = ['succeeded', 'failed']) => {
    await waitFor(async () => {
      const deliveries = await deliveriesOf(owner, id);
      return deliveries.length >= count && deliveries.every((d) => statuses.includes(d.status));
    });
    return deliveriesOf(owner, id);
  };
  const createPerson = async (owner: Client, firstName = 'Ana') => {
    const response = await owner.post('/people', { firstName, lastName: 'Novak' });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };

  it('sends every create, update, delete and restore, signed per Standard Webhooks', async () => {
    const owner = await signUpOwner(t.app);
    const hook = await endpoint(owner);
    const stored = await t.app.db
      .selectFrom('webhook_endpoints')
      .select('secret')
      .where('id', '=', hook.id)
      .executeTakeFirstOrThrow();
    expect(stored.secret).toMatch(/^secret:v1:/);
    expect(stored.secret).not.toContain(hook.secret.slice(6));
    const id = await createPerson(owner);
    expect((await owner.patch(`/people/${id}`, { jobTitle: 'Buyer' })).statusCode).toBe(200);
    expect((await owner.delete(`/people/${id}`)).statusCode).toBe(204);
    expect((await owner.post(`/people/${id}/restore`)).statusCode).toBe(200);

    await waitFor(() => receiver.at(hook.path).length === 4);
    const requests = receiver.at(hook.path);
    const messages = requests.map(
      (request) => JSON.parse(request.body) as { type: string; timestamp: string },
    );
    expect(messages.map((message) => message.type).sort()).toEqual(
      ['person.created', 'person.deleted', 'person.restored', 'person.updated'].sort(),
    );
    const updated = messages.find((message) => message.type === 'person.updated')!;
    expect(Date.parse(updated.timestamp)).toBeGreaterThan(0);
    expect(updated).toMatchObject({
      data: {
        recordType: 'person',
        record: { id, firstName: 'Ana', lastName: 'Novak', jobTitle: 'Buyer' },
        changedFields: ['jobTitle'],
      },
    });
    for (const request of requests) {
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['webhook-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(300);
      expect(request.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
      expect(signedWith(hook.secret, request)).toBe(true);
      expect(signedWith(hook.secret, { ...request, body: `${request.body} ` })).toBe(false);
    }
    expect(new Set(requests.map((r) => r.headers['webhook-id'])).size).toBe(4);
    const log = await settled(owner, hook.id, 4);
    expect(log.every((d) => d.status === 'succeeded' && d.attempts === 1 && d.responseStatus === 200)).toBe(
      true,
    );
  });

  it("sends only the event types an endpoint takes, only to enabled ones, never another workspace's", async () => {
    const owner = await signUpOwner(t.app);
    const other = await signUpOwner(t.app);
    const created = await endpoint(owner, { events: ['person.created', 'product.created'] });
    const disabled = await endpoint(owner, { enabled: false });
    const elsewhere = await endpoint(other);
    const id = await createPerson(owner);
    await owner.patch(`/people/${id}`, { jobTitle: 'CEO' });
    expect((await owner.post('/companies', { name: 'Acme' })).statusCode).toBe(201);
    const product = await owner.post('/products', {
      sku: 'P-1',
      name: 'Widget',
      price: { amount: 1000, currency: 'EUR' },
      cost: { amount: 400, currency: 'EUR' },
    });
    expect(product.statusCode, product.body).toBe(201);

    const log = await settled(owner, created.id, 2);
    expect(log.map((d) => d.eventType).sort()).toEqual(['person.created', 'product.created']);
    const productMessage = JSON.parse(
      receiver.at(created.path).find((r) => r.body.includes('product.created'))!.body,
    ) as {
      data: { record: Record<string, unknown> };
    };
    expect(productMessage.data.record).toMatchObject({
      sku: 'P-1',
      price: { amount: 1000, currency: 'EUR' },
    });
    expect(productMessage.data.record).not.toHaveProperty('cost');
    expect(await deliveriesOf(owner, disabled.id)).toEqual([]);
    expect(receiver.at(disabled.path)).toEqual([]);
    expect(receiver.at(elsewhere.path)).toEqual([]);
  });

  it('signs with the old and the new secret during a rotation', async () => {
    const owner = await signUpOwner(t.app);
    const hook = await endpoint(owner);
    const rotated = (await owner.post(`/webhooks/${hook.id}/rotate-secret`)).json<{ secret: string }>();
    await createPerson(owner);
    await waitFor(() => receiver.at(hook.path).length === 1);
    const [request] = receiver.at(hook.path);
    expect(String(request!.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(signedWith(hook.secret, request!)).toBe(true);
    expect(signedWith(rotated.secret, request!)).toBe(true);
    expect(signedWith(`whsec_${randomBytes(32).toString('base64')}`, request!)).toBe(false);
  });

  it('retries a failing receiver with growing waits until it answers 2xx', async () => {
    await worker.stop(0);
    startWorker(3_600_000);
    const owner = await signUpOwner(t.app);
    const hook = await endpoint(owner);
    receiver.answer(hook.path, { status: 500, body: 'x'.repeat(100_000) }, { status: 503 }, { status: 204 });
    await createPerson(owner);

    const [first] = await settled(owner, hook.id, 1, ['retrying']);
    expect(first).toMatchObject({ attempts: 1, responseStatus: 500, error: 'answered 500' });
    expect(first!.responseExcerpt).toBe('x'.repeat(500));
    expect(Date.parse(first!.nextAttemptAt!) - Date.now()).toBeGreaterThan(20 * 60_000);

    // The receiver's outage is over: instead of waiting the hour, the next attempt is made due now.
    await worker.stop(0);
    startWorker(10);
    await t.app.db
      .updateTable('jobs')
      .set({ run_at: new Date().toISOString() })
      .where('status', '=', 'waiting')
      .execute();
    const [delivered] = await settled(owner, hook.id, 1);
    expect(delivered).toMatchObject({
      status: 'succeeded',
      attempts: 3,
      responseStatus: 204,
      error: null,
      nextAttemptAt: null,
    });
    const ids = receiver.at(hook.path).map((r) => r.headers['webhook-id']);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
  });

  it('disables the endpoint when it answers 410 Gone, and stops sending to it', async () => {
    const owner = await signUpOwner(t.app);
    const hook = await endpoint(owner);
    receiver.answer(hook.path, { status: 410 });
    await createPerson(owner);
    const [gone] = await settled(owner, hook.id, 1);
    expect(gone).toMatchObject({ status: 'failed', attempts: 1, responseStatus: 410 });
    expect((await owner.get(`/webhooks/${hook.id}`)).json()).toMatchObject({
      enabled: false,
      disabledReason: 'gone',
    });
    await createPerson(owner, 'Bea');
    expect(await deliveriesOf(owner, hook.id)).toHaveLength(1);
    expect(receiver.at(hook.path)).toHaveLength(1);
  });

  it('does not follow redirects', async () => {
    await worker.stop(0);
    startWorker(3_600_000);
    const owner = await signUpOwner(t.app);
    const hook = await endpoint(owner);
    receiver.answer(hook.path, {
      status: 302,
      headers: { location: 'http://169.254.169.254/latest/meta-data/' },
    });
    await createPerson(owner);
    const [redirected] = await settled(owner, hook.id, 1, ['retrying']);
    expect(redirected).toMatchObject({
      responseStatus: 302,
      error: 'redirect to http://169.254.169.254/latest/meta-data/ not followed',
    });
    expect(receiver.at(hook.path)).toHaveLength(1);
  });

  it('replays a delivery with the same webhook-id and body, and sends test messages', async () => {
    const owner = await signUpOwner(t.app);
    const hook = await endpoint(owner);
    await createPerson(owner);
    const [original] = await settled(owner, hook.id, 1);
    const replay = await owner.post(`/webhooks/${hook.id}/deliveries/${original!.id}/replay`);
    expect(replay.statusCode, replay.body).toBe(202);
    expect(replay.json()).toMatchObject({
      replayOf: original!.id,
      eventId: original!.eventId,
      status: 'pending',
    });
    const test = await owner.post(`/webhooks/${hook.id}/test`);
    expect(test.statusCode).toBe(202);

    await settled(owner, hook.id, 3);
    const [first, again, testMessage] = receiver.at(hook.path).sort((a, b) => a.body.localeCompare(b.body));
    expect([first, again].map((r) => r!.headers['webhook-id'])).toEqual([
      original!.eventId,
      original!.eventId,
    ]);
    expect(again!.body).toBe(first!.body);
    expect(JSON.parse(testMessage!.body)).toMatchObject({
      type: 'webhook.test',
      data: { endpointId: hook.id },
    });
    expect(signedWith(hook.secret, testMessage!)).toBe(true);
  });

  it('refuses at delivery time a target that is, or resolves to, an inside address not allowed', async () => {
    const owner = await signUpOwner(t.app);
    const hostsName = loopbackNameFromHostsFile();
    const names = ['localhost', ...(hostsName ? [hostsName] : [])];
    process.env.WEBHOOK_ALLOWED_HOSTS = [ALLOW_LOOPBACK, ...names].join(',');
    const literal = await endpoint(owner);
    const byName = await Promise.all(names.map((name) => endpoint(owner, {}, name)));
    // The administrator withdraws the permission (plain http stays allowed, so that only the address
    // decides): the literal address is refused as it is, the names once resolved, at delivery.
    process.env.WEBHOOK_ALLOWED_HOSTS = '';
    process.env.WEBHOOK_ALLOW_HTTP = 'true';
    await createPerson(owner);
    for (const hook of [literal, ...byName]) {
      const [refused] = await settled(owner, hook.id, 1, ['retrying', 'failed']);
      expect(refused!.responseStatus).toBeNull();
      expect(refused!.error).toMatch(/refused: .*(127\.0\.0\.1|::1|private)/);
      expect(receiver.at(hook.path)).toEqual([]);
    }
    if (hostsName) {
      const [resolved] = await deliveriesOf(owner, byName[1]!.id);
      expect(resolved!.error).toMatch(
        /^refused: 127\.\d+\.\d+\.\d+ is a private, loopback or link-local address/,
      );
    }
    // Allowing the address, not the names: a name that resolves to it is allowed through the address.
    process.env.WEBHOOK_ALLOWED_HOSTS = ALLOW_LOOPBACK;
    delete process.env.WEBHOOK_ALLOW_HTTP;
    await t.app.db
      .updateTable('jobs')
      .set({ run_at: new Date().toISOString() })
      .where('status', '=', 'waiting')
      .execute();
    await waitFor(() => receiver.at(literal.path).length === 1);
  });
});
