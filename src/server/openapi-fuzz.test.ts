import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX } from './lib/openapi.js';
import { openEventStream } from './testing/event-stream.js';
import {
  addMember,
  createTestApp,
  PASSWORD,
  signIn,
  signUpOwner,
  uniqueEmail,
  type Client,
  type TestApp,
} from './testing/factories.js';
import { fileUpload, multipart, SAMPLE_FILES } from './testing/multipart.js';
import { createReferences, recordFactories } from './testing/record-factories.js';
import { testDialects } from './testing/test-database.js';
import { RECORD_TYPES, recordTypeOf } from './records/registry.js';
import { importMessage } from './modules/mail/mail.import.js';
import { queueEmail } from './modules/mail/mail.outbox.js';
import { rawEmail } from './testing/raw-email.js';

/**
 * Every operation of the published OpenAPI document, called with odd input in every place it takes
 * input: path ids of another workspace and of nothing, each query parameter, each field of the body
 * (replaced by values of the wrong type, huge, with NUL bytes or lone surrogates, JavaScript built-in
 * names…), whole bodies that are not what the operation takes, and no credentials. Whatever comes
 * in, the answer is never a 5xx, every 4xx is a problem document, and nothing of another workspace
 * is reachable. Operations added later are covered as soon as they are in the document.
 */

interface Schema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  items?: Schema;
  anyOf?: Schema[];
  $ref?: string;
  minItems?: number;
}

interface Operation {
  method: string;
  path: string;
  label: string;
  parameters: { in: string; name: string; required?: boolean; schema?: Schema }[];
  body?: Schema;
  public: boolean;
  /** Answers with an endless `text/event-stream`, so it is called over HTTP and left once it answers. */
  stream: boolean;
}

/** What the checks read of an answer, from `inject` or from a real HTTP request. */
interface Answer {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  json<T = unknown>(): T;
}

/** JSON values no operation takes, in one form or another. */
const ODD_VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  2.5,
  true,
  '',
  '   ',
  'x'.repeat(100_000),
  'a\u0000b',
  '\ud800',
  '__proto__',
  'constructor',
  "' or 1=1 --",
  '<img src=x onerror=alert(1)>',
  '2024-02-30',
  [],
  [null, {}],
  {},
  JSON.parse('{"__proto__": {"admin": true}, "constructor": {"prototype": {}}}'),
];

/** Query values as they appear in a URL, already encoded (some are malformed on purpose). */
const ODD_QUERY_VALUES = [
  '',
  'toString',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  '-valueOf',
  'a%00b',
  '%ED%A0%80',
  '%E0%A4%A',
  'x'.repeat(5_000),
  '-1',
  '1e309',
  'NaN',
  '2024-02-30',
  '0000-01-01',
];

/** Extra query strings for `filter` and friends: nested, repeated and prototype keys. */
const ODD_QUERY_SHAPES = (name: string) => [
  `${name}[]=a&${name}[]=b`,
  `${name}[__proto__][eq]=x`,
  `${name}[constructor]=x`,
  `${name}[toString][gt]=1`,
  `${name}[createdAt][gt]=2024-02-30`,
  `${name}[createdAt][lt]=0000-01-01`,
  `${name}[lastName][__proto__]=x`,
  `${name}[lastName][eq][]=a`,
  `${name}[custom.nothing][eq]=1`,
  `${name}[a][b][c][d][e]=1`,
];

const ODD_PATH_VALUES = [
  'not-an-id',
  '00000000-0000-0000-0000-000000000000',
  '__proto__',
  'constructor',
  '%00',
  '%ED%A0%80',
  '%',
  'x'.repeat(300),
];

const ODD_BODIES: { payload: string; contentType: string }[] = [
  { payload: '{', contentType: 'application/json' },
  { payload: 'null', contentType: 'application/json' },
  { payload: '[]', contentType: 'application/json' },
  { payload: '"text"', contentType: 'application/json' },
  { payload: '123', contentType: 'application/json' },
  { payload: '', contentType: 'application/json' },
  { payload: '['.repeat(5_000) + ']'.repeat(5_000), contentType: 'application/json' },
  { payload: '{"a":'.repeat(200) + '1' + '}'.repeat(200), contentType: 'application/json' },
  { payload: 'name=x', contentType: 'application/x-www-form-urlencoded' },
  { payload: 'x', contentType: 'text/plain' },
];

function operationsOf(document: {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components?: { schemas?: Record<string, Schema> };
}): Operation[] {
  const resolve = (schema: Schema | undefined): Schema | undefined => {
    if (!schema?.$ref) return schema;
    return document.components?.schemas?.[schema.$ref.split('/').pop()!];
  };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const body = (operation.requestBody as { content?: Record<string, { schema: Schema }> })?.content?.[
        'application/json'
      ]?.schema;
      return {
        method: method.toUpperCase(),
        path,
        label: `${method.toUpperCase()} ${API_PREFIX}${path}`,
        parameters: (operation.parameters as Operation['parameters']) ?? [],
        body: body && deref(body, resolve),
        public: Array.isArray(operation.security) && operation.security.length === 0,
        stream: Object.hasOwn(
          (operation.responses as Record<string, { content?: object }>)['200']?.content ?? {},
          'text/event-stream',
        ),
      };
    }),
  );
}

/** Inlines `$ref`s (the document's schemas are not recursive). */
function deref(schema: Schema, resolve: (s: Schema) => Schema | undefined): Schema {
  const own = resolve(schema) ?? schema;
  return {
    ...own,
    ...(own.properties && {
      properties: Object.fromEntries(Object.entries(own.properties).map(([k, v]) => [k, deref(v, resolve)])),
    }),
    ...(own.items && { items: deref(own.items, resolve) }),
    ...(own.anyOf && { anyOf: own.anyOf.map((s) => deref(s, resolve)) }),
  };
}

/** The records each workspace holds, by the first segment of the path that reaches them. */
type Fixture = Record<string, string>;

/** One record of every type (from the registry and its factories) and of each administrative thing. */
async function seed(owner: Client): Promise<Fixture> {
  const id = async (path: string, body: unknown) => {
    const response = await owner.post(path, body);
    if (response.statusCode !== 201) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
    return response.json<{ id: string }>().id;
  };
  const fixture: Fixture = {};
  // A pipeline and its stage first: a deal takes them, as a person takes the company made before it.
  const refs: Record<string, string> = await createReferences(owner);
  for (const type of RECORD_TYPES) {
    fixture[type.table] = await id(`/${type.table}`, recordFactories[type.entity]!(1, refs));
    refs[type.entity] = fixture[type.table]!;
  }
  const person = fixture.people!;
  const upload = fileUpload('fixture.pdf', SAMPLE_FILES.pdf, 'application/pdf');
  const file = await owner.post(`/people/${person}/files`, upload.payload, upload.headers);
  if (file.statusCode !== 201) throw new Error(`file upload: ${file.statusCode} ${file.body}`);
  const csv = multipart([
    { name: 'object', content: 'people' },
    { name: 'file', filename: 'fixture.csv', contentType: 'text/csv', content: 'Last name\nFixture\n' },
  ]);
  const imported = await owner.post('/imports', csv.payload, csv.headers);
  if (imported.statusCode !== 201) throw new Error(`import upload: ${imported.statusCode} ${imported.body}`);
  const role = await id('/roles', { name: 'Fixture role', permissions: { people: { read: 'all' } } });
  return {
    ...fixture,
    pipelines: refs.pipeline!,
    roles: role,
    members: (await addMember(owner, 'member')).info.userId!,
    notes: await id('/notes', { entityType: 'person', entityId: person, body: 'Fixture note' }),
    files: file.json<{ id: string }>().id,
    imports: imported.json<{ id: string }>().id,
    views: await id('/views', { object: 'person', name: 'Fixture view', config: { columns: ['lastName'] } }),
    'custom-fields': await id('/custom-fields', {
      object: 'person',
      key: 'fixture',
      label: 'Fixture',
      type: 'text',
    }),
    teams: await id('/teams', { name: 'Fixture team' }),
    'api-keys': await id('/api-keys', { name: 'Fixture key', roleId: role }),
    invitations: await id('/invitations', { email: uniqueEmail('invitee'), roleId: role }),
    // A public address as a number: no DNS, and no worker runs here, so nothing is ever sent.
    webhooks: await id('/webhooks', { url: 'https://93.184.215.14/fuzz', events: ['*'] }),
    ...(await emailFixtures(owner, id)),
    auth: await otherSessionOf(owner),
  };
}

/** A second session of the owner (`/auth/sessions/{id}`), so that ending it leaves the test's own. */
async function otherSessionOf(owner: Client) {
  await signIn(owner.app, owner.info.email!);
  const sessions = (await owner.get('/auth/sessions')).json<{ data: { id: string; current: boolean }[] }>();
  return sessions.data.find((session) => !session.current)!.id;
}

/**
 * An outgoing message with its delivery job, a mailbox (never polled: its port is closed) and an email
 * it brought in.
 */
async function emailFixtures(owner: Client, id: (path: string, body: unknown) => Promise<string>) {
  const { workspaceId } = owner.info;
  const mailbox = await id('/mailboxes', {
    name: 'Fixture',
    host: '127.0.0.1',
    port: 9,
    username: 'u',
    password: 'p',
  });
  const raw = rawEmail({
    from: 'c@client.example',
    to: 'sales@acme.example',
    subject: 'Fixture',
    text: 'x',
    attachments: [{ filename: 'a.txt', contentType: 'text/plain', content: Buffer.from('a') }],
  });
  await importMessage(owner.app.db, owner.app.files, { workspaceId, id: mailbox }, Buffer.from(raw));
  const email = await owner.app.db
    .selectFrom('received_emails')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const outgoing = await queueEmail(owner.app.db, {
    workspaceId,
    to: 'c@client.example',
    locale: 'en',
    subject: 'Fixture',
    text: 'x',
  });
  // The message's delivery job, which no worker runs here.
  const job = await owner.app.db
    .selectFrom('jobs')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return { email: outgoing, mailboxes: mailbox, emails: email.id, jobs: job.id };
}

const fixtureOfPath = (path: string) => path.split('/')[1]!;

/** Which fixture a body's or query's id property names: references of record types, then the rest. */
const ID_FIXTURE: Record<string, string> = {
  ...Object.fromEntries(
    RECORD_TYPES.flatMap((type) =>
      Object.entries(type.fields)
        .filter(([, field]) => field.ref && field.ref !== 'member')
        .map(([name, field]) => [name, recordTypeOf(field.ref!).table]),
    ),
  ),
  parentId: 'people',
  entityId: 'people',
  roleId: 'roles',
  ownerId: 'members',
  memberIds: 'members',
  userIds: 'members',
};

/** Known-good bodies of record types' own actions, which a schema alone cannot make up. */
const ACTION_BODIES: Record<string, (refs: Fixture) => unknown> = {
  '/price_lists/{id}/prices': (refs) => ({ prices: [{ productId: refs.products, unitPriceMinor: 100 }] }),
  '/orders/{id}/status': () => ({ status: 'confirmed' }),
  '/orders/{id}/deliveries': () => ({ lines: [{ line: 0, quantity: '1' }] }),
  '/orders/{id}/invoice': () => ({ lines: [{ line: 0, quantity: '1' }] }),
  '/invoices/{id}/payments': () => ({ amountMinor: 1 }),
  '/invoices/{id}/credit-notes': () => ({ lines: [{ line: 0, quantity: '1' }] }),
};

/** A known-good body for the operations of record types, from the record factories. */
function recordBody(operation: Operation, refs: Fixture): unknown {
  const action = ACTION_BODIES[operation.path];
  if (action && operation.method === 'POST') return action(refs);
  const type = RECORD_TYPES.find((t) => operation.path.startsWith(`/${t.table}`));
  if (
    !type ||
    (operation.method !== 'POST' && operation.method !== 'PATCH') ||
    operation.path.endsWith('/restore') ||
    operation.path.endsWith('/undo')
  )
    return undefined;
  // Tag the fixture record: well-formed, and harmless to the other operations.
  if (operation.path.endsWith('/bulk'))
    return { action: 'tag', selection: { ids: [refs[type.table]] }, values: { tags: ['fuzz'] } };
  // The record itself as the duplicate: well-formed, and refused before anything is merged away.
  if (operation.path.endsWith('/merge')) return { otherId: refs[type.table] };
  const byEntity = Object.fromEntries(RECORD_TYPES.map((t) => [t.entity, refs[t.table]!]));
  // A form's values, as far as the lookup of the records they would duplicate takes them.
  if (operation.path.endsWith('/duplicates')) {
    const fields = Object.keys(operation.body?.properties?.values?.properties ?? {});
    const values = Object.entries(recordFactories[type.entity]!(7, byEntity));
    return { values: Object.fromEntries(values.filter(([field]) => fields.includes(field))) };
  }
  return recordFactories[type.entity]!(7, byEntity);
}

let counter = 0;

/** Values for string patterns: the first one a pattern accepts is used. */
const PATTERN_EXAMPLES = ['EUR', 'BG', 'fuzz.example', '+359 2 123 4567', '123456', 'fuzzKey'];

/** A value the schema accepts, as far as a schema can tell; undefined when it cannot tell. */
function validValue(schema: Schema, name: string, own: Fixture): unknown {
  counter += 1;
  if (schema.anyOf) {
    const value = validValue(schema.anyOf.find((s) => s.type !== 'null') ?? schema.anyOf[0]!, name, own);
    return value === undefined && schema.anyOf.some((s) => s.type === 'null') ? null : value;
  }
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'string') {
    if (schema.format === 'uuid') return ID_FIXTURE[name] ? own[ID_FIXTURE[name]] : undefined;
    if (schema.format === 'email' || name === 'email') return uniqueEmail('fuzz');
    if (name === 'password' || name === 'newPassword') return PASSWORD;
    if (name === 'code') return '123456';
    if (name === 'sort') return '-createdAt';
    if (name === 'timeZone') return 'Europe/Sofia';
    if (name === 'key') return `fuzz${counter}`;
    if (schema.pattern) return PATTERN_EXAMPLES.find((example) => new RegExp(schema.pattern!).test(example));
    return `Fuzz ${counter}`;
  }
  if (type === 'integer' || type === 'number') return 1;
  if (type === 'boolean') return false;
  if (type === 'array') {
    if (name === 'columns') return ['createdAt'];
    if (name === 'choices') return undefined; // only select fields take them
    const item = schema.items && validValue(schema.items, name, own);
    return item === undefined ? [] : [item];
  }
  if (type === 'object') {
    const entries = Object.entries(schema.properties ?? {}).map(
      ([key, property]) => [key, validValue(property, key, own)] as const,
    );
    if (entries.some(([key, value]) => value === undefined && schema.required?.includes(key)))
      return undefined;
    return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
  }
  return undefined;
}

/** The operation's required query parameters with valid values, as a query string. */
function requiredQuery(operation: Operation, own: Fixture, except?: string) {
  return operation.parameters
    .filter((p) => p.in === 'query' && p.required && p.name !== except)
    .map((p) => `${p.name}=${encodeURIComponent(String(p.schema ? validValue(p.schema, p.name, own) : 'x'))}`)
    .join('&');
}

/** Paths to every value inside a body: `['config', 'sort']`, `['emails', 0, 'email']`. */
function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    const inner = value.length > 0 ? leafPaths(value[0], [...prefix, 0]) : [];
    return prefix.length > 0 ? [prefix, ...inner] : inner;
  }
  if (value && typeof value === 'object') {
    const inner = Object.entries(value).flatMap(([key, v]) => leafPaths(v, [...prefix, key]));
    return prefix.length > 0 ? [prefix, ...inner] : inner;
  }
  return [prefix];
}

function withValueAt(body: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path.at(-1)!] = value;
  return copy;
}

/** A different address per request, so sign-in throttling never turns the rest into 429s. */
const someAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

function expectWellFormed(response: Answer, label: string) {
  const context = `${label} → ${response.statusCode} ${response.body.slice(0, 300)}`;
  expect(response.statusCode, context).toBeLessThan(500);
  if (response.statusCode < 400) return;
  expect(response.headers['content-type'], context).toMatch(/^application\/problem\+json/);
  const problem = response.json<{ status: number; title: string; errors?: { field: string }[] }>();
  expect(problem.status, context).toBe(response.statusCode);
  expect(typeof problem.title, context).toBe('string');
  if (response.statusCode === 400) expect(problem.errors?.[0]?.field, context).toBeTruthy();
}

/** The committed document, which the drift check keeps equal to what the server publishes. */
const DOCUMENT = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../docs/api/openapi.json', import.meta.url)), 'utf8'),
) as Parameters<typeof operationsOf>[0];
const OPERATIONS = operationsOf(DOCUMENT);

describe.each(testDialects())('every API operation under odd input on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let ownerEmail: string;
  let own: Fixture;
  let stranger: Fixture;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    ownerEmail = uniqueEmail('fuzz-owner');
    owner = await signUpOwner(t.app, { email: ownerEmail });
    own = await seed(owner);
    stranger = await seed(await signUpOwner(t.app));
  }, 120_000);
  afterAll(async () => t.close());

  interface Call {
    path: string;
    query?: string;
    /** A JSON value, or raw text with its content type. */
    payload?: unknown;
    raw?: { payload: string; contentType: string };
    headers?: Record<string, string>;
    anonymous?: boolean;
  }

  async function call(operation: Operation, { path, query, payload, raw, headers, anonymous }: Call) {
    const credentials: Record<string, string> = anonymous
      ? {}
      : { cookie: owner.auth.cookie!, 'x-csrf-token': owner.auth.csrfToken! };
    const response: Answer = operation.stream
      ? await streamAnswer(`${base}${API_PREFIX}${path}${query ? `?${query}` : ''}`, {
          ...credentials,
          ...headers,
        })
      : await t.app.inject({
          method: operation.method as 'GET',
          url: `${API_PREFIX}${path}${query ? `?${query}` : ''}`,
          remoteAddress: someAddress(),
          headers: {
            ...credentials,
            ...(raw && { 'content-type': raw.contentType }),
            ...(payload !== undefined && { 'content-type': 'application/json' }),
            ...headers,
          },
          ...(raw && { payload: raw.payload }),
          ...(payload !== undefined && { payload: JSON.stringify(payload) }),
        });
    const label = `${operation.method} ${path}${query ? `?${query.slice(0, 120)}` : ''} ${JSON.stringify(payload ?? raw?.payload ?? '').slice(0, 120)}`;
    expectWellFormed(response, label);
    // Signing out (or a deactivated session) ends the owner's session: sign in again for what follows.
    if (!anonymous && operation.path.startsWith('/auth/')) {
      const session = await owner.get('/auth/session');
      if (session.statusCode === 401) owner = await signIn(t.app, ownerEmail);
    }
    return response;
  }

  /** A stream's status and headers (it is then dropped), or the whole answer when it is an error. */
  async function streamAnswer(url: string, headers: Record<string, string>): Promise<Answer> {
    const stream = await openEventStream(url, headers);
    const body = stream.status < 400 ? '' : await stream.text();
    stream.close();
    return {
      statusCode: stream.status,
      headers: stream.headers,
      body,
      json: <T>() => JSON.parse(body) as T,
    };
  }

  /** The path with each `{param}` replaced by the value `pick` gives its name. */
  const pathWith = (operation: Operation, pick: (name: string) => string) =>
    operation.path.replace(/\{(\w+)\}/g, (_, name: string) => pick(name));

  it.each(OPERATIONS.map((o) => o.label))('%s', async (label) => {
    const operation = OPERATIONS.find((o) => o.label === label)!;
    const fixture = fixtureOfPath(operation.path);
    const ownPath = pathWith(operation, () => own[fixture] ?? 'none');
    const hasPathId = ownPath !== operation.path;
    const query = requiredQuery(operation, own);

    // No credentials, or a made-up API key: 401 unless the document says the operation is public.
    const anonymous: Record<string, string>[] = [{}, { authorization: 'Bearer rpk_made_up_key_0123456789' }];
    for (const headers of anonymous) {
      const payload = operation.body && (recordBody(operation, own) ?? validValue(operation.body, '', own));
      const response = await call(operation, { path: ownPath, query, payload, headers, anonymous: true });
      if (!operation.public) expect(response.statusCode, `${label} ${response.body}`).toBe(401);
    }

    // Another workspace's record is not there, whatever is asked of it.
    if (hasPathId && stranger[fixture]) {
      const response = await call(operation, {
        path: pathWith(operation, () => stranger[fixture]!),
        query,
        ...(operation.body && { payload: recordBody(operation, own) ?? validValue(operation.body, '', own) }),
      });
      expect(response.statusCode, `${label} with another workspace's id`).toBe(404);
    }
    for (const value of hasPathId ? ODD_PATH_VALUES : []) {
      const response = await call(operation, { path: pathWith(operation, () => value), query });
      expect(response.statusCode, `${label} with id ${value.slice(0, 20)}`).toBeGreaterThanOrEqual(400);
    }

    for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
      const others = requiredQuery(operation, own, parameter.name);
      const queries = [
        ...ODD_QUERY_VALUES.map((value) => `${parameter.name}=${value}`),
        ...ODD_QUERY_SHAPES(parameter.name),
      ];
      for (const odd of queries)
        await call(operation, { path: ownPath, query: others ? `${others}&${odd}` : odd });
    }
    // Another workspace's records are never reached through a query parameter either.
    for (const parameter of operation.parameters.filter((p) => p.in === 'query' && ID_FIXTURE[p.name])) {
      const others = requiredQuery(operation, own, parameter.name);
      const response = await call(operation, {
        path: ownPath,
        query: `${others}&${parameter.name}=${stranger[ID_FIXTURE[parameter.name]!]}`,
      });
      if (response.statusCode === 200) expect(response.json<{ data: unknown[] }>().data, label).toEqual([]);
      else expect(response.statusCode, `${label} with ${parameter.name} of another workspace`).toBe(404);
    }

    if (!operation.body) return;
    const base = recordBody(operation, own) ?? validValue(operation.body, '', own);
    for (const raw of ODD_BODIES) {
      await call(operation, {
        path: ownPath,
        query,
        raw,
        headers: { 'idempotency-key': `fuzz-${randomInt(1e9)}` },
      });
    }
    for (const path of leafPaths(base)) {
      for (const value of ODD_VALUES)
        await call(operation, { path: ownPath, payload: withValueAt(base, path, value) });
      // Another workspace's records are never accepted as references.
      const name = String(path.at(-1) === 0 ? path.at(-2) : path.at(-1));
      const target = ID_FIXTURE[name];
      if (target) {
        const response = await call(operation, {
          path: ownPath,
          query,
          payload: withValueAt(base, path, stranger[target]),
        });
        expect(response.statusCode, `${label} with ${name} of another workspace`).toBeGreaterThanOrEqual(400);
      }
    }
    // Unknown and prototype keys next to valid ones.
    for (const extra of [
      '{"__proto__": {"workspaceId": "x"}}',
      '{"constructor": {"prototype": {"admin": true}}}',
      '{"workspaceId": "x", "id": "x"}',
    ]) {
      await call(operation, { path: ownPath, query, payload: { ...(base as object), ...JSON.parse(extra) } });
    }
  });
});
