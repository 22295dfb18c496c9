import Fastify, { type FastifyInstance, type RouteShorthandOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { RECORD_TYPES } from '../records/registry.js';
import { openTestDatabase } from '../testing/test-database.js';
import { API_PREFIX, registerOpenApi, withUsedComponents } from './openapi.js';

type Operation = {
  operationId: string;
  security?: unknown[];
  requestBody?: unknown;
  parameters?: { in: string; name: string }[];
  responses: Record<
    string,
    { description?: string; headers?: Record<string, unknown>; content?: Record<string, unknown> }
  >;
};
/** The parts of the published document these tests read. */
type Document = {
  servers?: unknown;
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
};
const documentOf = (app: FastifyInstance) => app.swagger() as unknown as Document;

/** An app with the OpenAPI registration and the given routes, started. */
async function appWith(routes: { method: 'GET' | 'POST'; url: string; options: RouteShorthandOptions }[]) {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await registerOpenApi(app);
  for (const { method, url, options } of routes) app.route({ method, url, ...options, handler: () => ({}) });
  await app.ready();
  return app;
}

describe('operationIds are required as routes are added', () => {
  it('accepts documented routes with their own camelCase operationIds, and hidden routes without', async () => {
    const app = await appWith([
      { method: 'GET', url: `${API_PREFIX}/things`, options: { schema: { operationId: 'listThings' } } },
      { method: 'POST', url: `${API_PREFIX}/things`, options: { schema: { operationId: 'createThing' } } },
      { method: 'GET', url: '/healthz', options: { schema: { hide: true } } },
    ]);
    const ids = Object.values(documentOf(app).paths).flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId),
    );
    expect(ids).toEqual(['listThings', 'createThing']);
    await app.close();
  });

  it.each([
    ['without one', `${API_PREFIX}/things`, {}, /operationId must be a camelCase name/],
    ['with one not in camelCase', `${API_PREFIX}/things`, { operationId: 'list-things' }, /camelCase/],
    ['outside the API', '/other/things', { operationId: 'listThings' }, /live under \/api\/v1/],
  ])('refuses to start with a documented route %s', async (_, url, schema, message) => {
    await expect(appWith([{ method: 'GET', url, options: { schema } }])).rejects.toThrow(message);
  });

  it('refuses to start when two routes share an operationId', async () => {
    const schema = { operationId: 'listThings' };
    await expect(
      appWith([
        { method: 'GET', url: `${API_PREFIX}/things`, options: { schema } },
        { method: 'GET', url: `${API_PREFIX}/other-things`, options: { schema } },
      ]),
    ).rejects.toThrow(/listThings is already used by GET \/api\/v1\/things/);
  });
});

describe('withUsedComponents', () => {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const money = { type: 'object', properties: { amount: { type: 'integer' } } };
  const document = (schemas: Record<string, unknown>, body: unknown, response: unknown) =>
    withUsedComponents<Document & { openapi: string; info: unknown }>({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/things': {
          post: {
            operationId: 'createThing',
            requestBody: { content: { 'application/json': { schema: body } } },
            responses: { 200: { content: { 'application/json': { schema: response } } } },
          },
        },
      },
      components: { schemas },
    });

  it('keeps one name for a schema that reads the same as input and output, and drops unused ones', () => {
    const result = document(
      {
        Money: money,
        MoneyInput: money,
        Price: { type: 'object', properties: { money: ref('Money') } },
        PriceInput: { type: 'object', properties: { money: ref('MoneyInput') } },
        Unused: { type: 'string' },
        UnusedInput: { type: 'string' },
      },
      ref('PriceInput'),
      ref('Price'),
    );
    expect(Object.keys(result.components!.schemas!)).toEqual(['Money', 'Price']);
    expect(JSON.stringify(result.paths)).not.toContain('Input');
  });

  it('keeps both names when input and output differ', () => {
    const strict = { ...money, additionalProperties: false };
    const result = document({ Money: strict, MoneyInput: money }, ref('MoneyInput'), ref('Money'));
    expect(result.components!.schemas).toEqual({ Money: strict, MoneyInput: money });
  });
});

describe('the published document', () => {
  let app: FastifyInstance;
  let closeDb: () => Promise<void>;
  beforeAll(async () => {
    const { db, close } = await openTestDatabase('sqlite');
    closeDb = close;
    app = await buildApp({ db, webRoot: null });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await closeDb();
  });

  const operations = () =>
    Object.entries(documentOf(app).paths).flatMap(([path, item]) =>
      Object.values(item).map((operation) => ({ path, ...operation })),
    );

  it('names the API as its server, so paths are written without the prefix', () => {
    expect(documentOf(app).servers).toEqual([{ url: API_PREFIX, description: 'This server' }]);
    for (const { path } of operations()) expect(path).not.toMatch(/^\/api\//);
  });

  it('describes every 4xx answer as a problem document', () => {
    for (const { operationId, responses } of operations()) {
      const errors = Object.entries(responses).filter(([status]) => status.startsWith('4'));
      expect(errors.length, operationId).toBeGreaterThan(0);
      for (const [status, response] of errors)
        expect(Object.keys(response.content ?? {}), `${operationId} ${status}`).toEqual([
          'application/problem+json',
        ]);
    }
  });

  it('describes every success answer, never with the generator’s "Default Response"', () => {
    for (const { operationId, responses } of operations()) {
      const successes = Object.entries(responses).filter(([status]) => status.startsWith('2'));
      expect(successes.length, operationId).toBeGreaterThan(0);
      for (const [status, response] of successes)
        expect(response.description, `${operationId} ${status}`).not.toMatch(/^(Default Response)?$/);
    }
  });

  it('documents If-Match and its 412 together, on the changes of every record type', () => {
    const takesIfMatch = (operation: Operation) =>
      (operation.parameters ?? []).some((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match');
    for (const operation of operations())
      expect(takesIfMatch(operation), operation.operationId).toBe('412' in operation.responses);
    const ids = operations()
      .filter(takesIfMatch)
      .map((operation) => operation.operationId);
    for (const type of RECORD_TYPES) {
      const one = type.names.singular.replace(/(?:^|\s)(\p{L})/gu, (_, letter: string) =>
        letter.toUpperCase(),
      );
      expect(ids).toEqual(expect.arrayContaining([`update${one}`, `delete${one}`]));
    }
    const precondition = operations().find((operation) => '412' in operation.responses)!.responses['412']!;
    expect(Object.keys(precondition.content!)).toEqual(['application/problem+json']);
  });

  it('documents the ETag header where a record is answered whole', () => {
    for (const type of RECORD_TYPES) {
      const item = documentOf(app).paths[`/${type.table}/{id}`]!;
      expect(item.get!.responses['200']!.headers, type.table).toHaveProperty('ETag');
      expect(item.patch!.responses['200']!.headers, type.table).toHaveProperty('ETag');
    }
  });

  it('marks exactly the operations that need no credentials', () => {
    const open = operations().filter((operation) => operation.security?.length === 0);
    expect(open.map((operation) => operation.operationId).sort()).toEqual([
      'acceptInvitation',
      'checkPasswordReset',
      'confirmPasswordReset',
      'confirmSignUp',
      'getCalendarFeedFile',
      'previewInvitation',
      'requestPasswordReset',
      'signIn',
      'signOut',
      'signUp',
    ]);
  });

  it('refers to every schema component it holds', () => {
    const { components, ...rest } = documentOf(app);
    const schemas = components?.schemas ?? {};
    for (const name of Object.keys(schemas)) {
      const elsewhere = JSON.stringify([rest, { ...schemas, [name]: null }]);
      expect(elsewhere, name).toContain(`"#/components/schemas/${name}"`);
    }
  });
});
