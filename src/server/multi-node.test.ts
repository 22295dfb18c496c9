import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStream, type EventStreamClient } from './testing/event-stream.js';
import { PASSWORD, uniqueEmail } from './testing/factories.js';
import { freePort } from './testing/ports.js';
import { openTestDatabase } from './testing/test-database.js';
import { waitFor } from './testing/wait-for.js';
import { startWebhookReceiver, type WebhookReceiver } from './testing/webhook-receiver.js';
import { createWorkspace } from './modules/workspaces/workspaces.service.js';

/**
 * Three app nodes started as `rapport start` starts them (server and job worker, each its own
 * process) on one PostgreSQL: what one node does holds on the others.
 */
const CLI = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
const LIMIT = 40;
const postgres = Boolean(process.env.TEST_DATABASE_URL);
if (!postgres)
  console.warn('Three-node test skipped: it needs PostgreSQL; set TEST_DATABASE_URL=postgres://… to run it');

async function startNode(databaseUrl: string) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CLI, 'start', '--port', String(port), '--host', '127.0.0.1'],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: String(LIMIT),
        WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
        JOB_CONCURRENCY: '4',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${base}/readyz`).catch(() => null))?.ok === true, {
    timeoutMs: 60_000,
  });
  return { child, exited, base };
}

type Headers = Record<string, string>;

describe.skipIf(!postgres)('three app nodes on one PostgreSQL', () => {
  let close: () => Promise<void>;
  let nodes: Awaited<ReturnType<typeof startNode>>[] = [];
  let receiver: WebhookReceiver;
  let owner: { email: string };
  const streams: EventStreamClient[] = [];

  const call = async (node: number, method: string, path: string, headers: Headers, body?: unknown) => {
    const response = await fetch(`${nodes[node]!.base}/api/v1${path}`, {
      method,
      headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json().catch(() => null)) as Record<string, unknown>,
    };
  };

  const signIn = async (node: number) => {
    const response = await fetch(`${nodes[node]!.base}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: owner.email, password: PASSWORD }),
    });
    expect(response.status).toBe(201);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('rapport_session='))!;
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return { cookie: cookie.split(';')[0]!, 'x-csrf-token': csrfToken };
  };

  const newApiKey = async (session: Headers) => {
    const roles = (await call(0, 'GET', '/roles', session)).body as { data: { id: string; key: string }[] };
    const roleId = roles.data.find((role) => role.key === 'owner')!.id;
    const created = await call(1, 'POST', '/api-keys', session, { name: 'nodes', roleId });
    expect(created.status).toBe(201);
    return { authorization: `Bearer ${created.body.key as string}` };
  };

  beforeAll(async () => {
    const database = await openTestDatabase('postgres');
    close = database.close;
    owner = { email: uniqueEmail('nodes') };
    await createWorkspace(database.db, {
      name: 'Three nodes',
      ownerEmail: owner.email,
      ownerPassword: PASSWORD,
      ownerName: 'Nora Nodes',
      locale: 'en',
    });
    receiver = await startWebhookReceiver();
    nodes = await Promise.all([0, 1, 2].map(() => startNode(database.url)));
  }, 120_000);

  afterAll(async () => {
    for (const stream of streams) stream.close();
    for (const node of nodes) node.child.kill('SIGTERM');
    const codes = await Promise.all(nodes.map((node) => node.exited));
    await receiver.close();
    await close();
    expect(codes).toEqual([0, 0, 0]);
  }, 60_000);

  it('keeps a session on every node, and signing out on one ends it on all', async () => {
    const session = await signIn(0);
    for (const node of [0, 1, 2]) expect((await call(node, 'GET', '/people', session)).status).toBe(200);
    const person = await call(2, 'POST', '/people', session, { firstName: 'Sam', lastName: 'Session' });
    expect(person.status).toBe(201);
    expect((await call(1, 'POST', '/auth/sign-out', session)).status).toBeLessThan(300);
    expect((await call(1, 'GET', '/people', session)).status).toBe(401);
    // The other nodes keep a signed-in actor for at most five seconds (ACTOR_TTL_MS in actors.ts),
    // then ask the database. Asking again and again would count as guessing cookies, so wait once.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    for (const node of [0, 2]) expect((await call(node, 'GET', '/people', session)).status).toBe(401);
  });

  it('replays an Idempotency-Key on every node and creates the record once', async () => {
    const key = await newApiKey(await signIn(0));
    const headers = { ...key, 'idempotency-key': 'create-ida-once' };
    const body = { firstName: 'Ida', lastName: 'Idempotent' };
    const answers = await Promise.all([0, 1, 2].map((node) => call(node, 'POST', '/people', headers, body)));
    const created = answers.filter((answer) => answer.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    // Requests that arrived while the first was still running are told so (409); none made a second person.
    for (const answer of answers) expect([201, 409]).toContain(answer.status);
    expect(new Set(created.map((answer) => answer.body.id)).size).toBe(1);
    const replay = await call(2, 'POST', '/people', headers, body);
    expect(replay).toMatchObject({ status: 201, body: { id: created[0]!.body.id } });
    const other = await call(1, 'POST', '/people', headers, { ...body, firstName: 'Other' });
    expect(other.status).toBe(409);
    const found = await call(0, 'GET', '/people?filter[lastName][eq]=Idempotent', key);
    expect((found.body.data as unknown[]).length).toBe(1);
  });

  it('grants a key its rate limit once across the nodes, not once per node', async () => {
    const key = await newApiKey(await signIn(1));
    const codes: number[] = [];
    for (let i = 0; i < LIMIT; i++) codes.push((await call(i % 3, 'GET', '/companies', key)).status);
    expect(codes).toEqual(Array(LIMIT).fill(200));
    for (const node of [0, 1, 2]) expect((await call(node, 'GET', '/companies', key)).status).toBe(429);
  });

  it('sends live events to clients of every node and runs each webhook delivery job once', async () => {
    const session = await signIn(2);
    const key = await newApiKey(session);
    const webhook = await call(0, 'POST', '/webhooks', key, {
      url: `http://127.0.0.1:${receiver.port}/hook`,
      events: ['company.created'],
    });
    expect(webhook.status, JSON.stringify(webhook.body)).toBe(201);
    for (const node of [0, 1, 2]) {
      const stream = await openEventStream(`${nodes[node]!.base}/api/v1/events/stream`, {
        cookie: session.cookie,
      });
      streams.push(stream);
      expect((await stream.next()).event).toBe('ready');
    }

    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const company = await call(i % 3, 'POST', '/companies', key, { name: `Node company ${i}` });
      expect(company.status).toBe(201);
      ids.push(company.body.id as string);
    }
    for (const stream of streams) {
      const seen: string[] = [];
      while (seen.length < ids.length) {
        const event = (await stream.nextOf('record')).data as { type: string; recordId: string };
        if (event.type === 'company.created') seen.push(event.recordId);
      }
      expect(seen).toEqual(ids);
    }

    // Every node runs a job worker; each delivery is one job, run by one of them.
    await waitFor(() => receiver.at('/hook').length >= ids.length, { timeoutMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const messageIds = receiver.at('/hook').map((request) => request.headers['webhook-id']);
    expect(messageIds).toHaveLength(ids.length);
    expect(new Set(messageIds).size).toBe(ids.length);
    const delivered = receiver
      .at('/hook')
      .map((request) => (JSON.parse(request.body) as { data: { record: { id: string } } }).data.record.id);
    expect(delivered.sort()).toEqual([...ids].sort());
  }, 120_000);
});
