import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStream, type EventStreamClient } from '../../testing/event-stream.js';
import { PASSWORD, uniqueEmail } from '../../testing/factories.js';
import { startNodeProcess } from '../../testing/node-process.js';
import { openTestDatabase } from '../../testing/test-database.js';
import { createWorkspace } from '../workspaces/workspaces.service.js';
import type { StreamEvent } from './events.schemas.js';

const NODE = fileURLToPath(new URL('../../testing/app-node-process.ts', import.meta.url));
const postgres = Boolean(process.env.TEST_DATABASE_URL);
if (!postgres)
  console.warn(
    'Multi-node event stream test skipped: it needs PostgreSQL; set TEST_DATABASE_URL=postgres://… to run it',
  );

/** An app node in a process of its own on the test's database; `address` resolves with its URL. */
function startNode(url: string) {
  const node = startNodeProcess(NODE, { DATABASE_URL: url }, /^listening (\S+)$/m);
  return { ...node, address: node.ready.then((listening) => listening[1]!) };
}

describe.skipIf(!postgres)('live record events across app nodes on one PostgreSQL', () => {
  let close: () => Promise<void>;
  let nodes: ReturnType<typeof startNode>[] = [];
  let bases: string[] = [];
  const streams: EventStreamClient[] = [];
  let session: { cookie: string; csrfToken: string };

  beforeAll(async () => {
    const database = await openTestDatabase('postgres');
    close = database.close;
    const email = uniqueEmail('nodes');
    await createWorkspace(database.db, {
      name: 'Two nodes',
      ownerEmail: email,
      ownerPassword: PASSWORD,
      ownerName: 'Nora Nodes',
      locale: 'en',
    });
    nodes = [startNode(database.url), startNode(database.url)];
    bases = await Promise.all(nodes.map((node) => node.address));
    const signIn = await fetch(`${bases[0]}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(signIn.status).toBe(201);
    const cookie = signIn.headers.getSetCookie().find((c) => c.startsWith('rapport_session='))!;
    session = {
      cookie: cookie.split(';')[0]!,
      csrfToken: ((await signIn.json()) as { csrfToken: string }).csrfToken,
    };
  }, 120_000);

  afterAll(async () => {
    for (const stream of streams) stream.close();
    for (const node of nodes) node.child.kill('SIGTERM');
    await Promise.all(nodes.map((node) => node.exited));
    await close();
  }, 60_000);

  const call = async (base: string, method: string, path: string, body: unknown) => {
    const response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
      },
      body: JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    return (await response.json()) as { id: string };
  };

  const streamOn = async (base: string) => {
    const stream = await openEventStream(`${base}/api/v1/events/stream`, { cookie: session.cookie });
    streams.push(stream);
    expect(stream.status).toBe(200);
    expect((await stream.next()).event).toBe('ready');
    return stream;
  };

  it('sends a change made through one node to a client of the other, both ways', async () => {
    const [a, b] = bases as [string, string];
    const onB = await streamOn(b);
    const onA = await streamOn(a);

    const person = await call(a, 'POST', '/people', { firstName: 'Nina', lastName: 'Node' });
    expect((await onB.nextOf('record')).data).toMatchObject({ type: 'person.created', recordId: person.id });
    expect((await onA.nextOf('record')).data).toMatchObject({ type: 'person.created', recordId: person.id });

    await call(b, 'PATCH', `/people/${person.id}`, { jobTitle: 'Operator' });
    const changed = (await onA.nextOf('record')).data as StreamEvent;
    expect(changed).toMatchObject({
      type: 'person.updated',
      recordId: person.id,
      changedFields: ['jobTitle'],
    });
    expect((await onB.nextOf('record')).data).toMatchObject({ seq: changed.seq });
  });

  it('replays on one node what a client of the other missed', async () => {
    const [a, b] = bases as [string, string];
    const onA = await streamOn(a);
    const company = await call(b, 'POST', '/companies', { name: 'Nodal Ltd' });
    const seen = await onA.nextOf('record');
    onA.close();
    await call(a, 'PATCH', `/companies/${company.id}`, { name: 'Nodal Group' });

    const resumed = await openEventStream(`${b}/api/v1/events/stream`, {
      cookie: session.cookie,
      'last-event-id': seen.id!,
    });
    streams.push(resumed);
    expect((await resumed.nextOf('record')).data).toMatchObject({
      type: 'company.updated',
      recordId: company.id,
      seq: Number(seen.id) + 1,
    });
  });
});
