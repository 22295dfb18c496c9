import fc from 'fast-check';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { $ZodType } from 'zod/v4/core';
import { buildApp } from '../app.js';
import { openDatabase, type Db } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import type * as ResponseSerializer from './response-serializer.js';
import { compileConformance, responseSerializerCompiler } from './response-serializer.js';

// Every response schema the real app compiles, gathered as Fastify hands them to the compiler.
const compiled = vi.hoisted(() => [] as { url: string; status: string; schema: unknown }[]);
vi.mock('./response-serializer.js', async (importOriginal) => {
  const actual = await importOriginal<typeof ResponseSerializer>();
  return {
    ...actual,
    responseSerializerCompiler: ((route) => {
      compiled.push({ url: route.url, status: String(route.httpStatus), schema: route.schema });
      return actual.responseSerializerCompiler(route);
    }) as typeof actual.responseSerializerCompiler,
  };
});

type Schema = $ZodType;
type Outcome = { text: string | undefined } | { error: string };

function outcome(serialize: (data: unknown) => string | undefined, data: unknown): Outcome {
  try {
    return { text: serialize(data) };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

const route = (schema: unknown) =>
  ({ schema, method: 'GET', url: '/test', httpStatus: '200' }) as Parameters<typeof serializerCompiler>[0];

/** Values of the wrong kind, one of which now and then replaces a value anywhere in a body. */
const wrong = fc.oneof(
  fc.constantFrom(undefined, null, NaN, Infinity, -0, '', ' x ', 0, 2 ** 53, true, [], {}),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
  fc.anything({ maxDepth: 1 }),
);

/**
 * Bodies shaped like the schema, valid ones mostly, with now and then a wrong value anywhere, a key
 * missing, an extra key, or the keys in another order.
 */
function valuesFor(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const def = schema._zod.def as unknown as {
    type: string;
    format?: string;
    innerType: Schema;
    element: Schema;
    shape: Record<string, Schema>;
    valueType: Schema;
  };
  const shaped = ((): fc.Arbitrary<unknown> => {
    if (depth > 5) return fc.constant(null);
    switch (def.type) {
      case 'string':
        if (def.format === 'uuid') return fc.uuid({ version: 7 });
        if (def.format === 'email') return fc.constantFrom('jan.novak@example.com', 'zoe@example.org');
        if (def.format) return fc.constantFrom('2026-11-24T10:00:00.000Z', 'https://example.com/x');
        return fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('Łódź', 'a\u0000b'));
      case 'number':
        return def.format
          ? fc.integer()
          : fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
      case 'boolean':
        return fc.boolean();
      case 'enum':
      case 'literal':
      case 'null':
        return fc.constantFrom(...schema._zod.values!);
      case 'nullable':
        return fc.oneof(fc.constant(null), valuesFor(def.innerType, depth + 1));
      case 'optional':
        return valuesFor(def.innerType, depth + 1);
      case 'array':
        return fc.array(valuesFor(def.element, depth + 1), { maxLength: 3 });
      case 'record':
        return fc.dictionary(fc.string({ maxLength: 4 }), valuesFor(def.valueType, depth + 1), {
          maxKeys: 3,
        });
      case 'unknown':
      case 'any':
        return fc.jsonValue({ maxDepth: 2 });
      case 'object': {
        const entries = Object.entries(def.shape);
        const inOrder = fc
          .tuple(...entries.map(([, child]) => fc.tuple(fc.nat(40), valuesFor(child, depth + 1))))
          .map((items) => {
            const value: Record<string, unknown> = {};
            items.forEach(([roll, item], i) => {
              const [key, child] = entries[i]!;
              if (roll === 0 || (roll < 15 && child._zod.def.type === 'optional')) return;
              value[key] = item;
            });
            return value;
          });
        return fc.oneof(
          { weight: 20, arbitrary: inOrder },
          {
            weight: 1,
            arbitrary: fc
              .tuple(inOrder, fc.dictionary(fc.string({ maxLength: 6 }), wrong, { minKeys: 1, maxKeys: 2 }))
              .map(([value, extra]) => ({ ...value, ...extra })),
          },
          {
            weight: 1,
            arbitrary: inOrder.map((value) => Object.fromEntries(Object.entries(value).reverse())),
          },
        );
      }
      default:
        return fc.anything({ maxDepth: 2 });
    }
  })();
  return fc.oneof({ weight: 40, arbitrary: shaped }, { weight: 1, arbitrary: wrong });
}

/** The compiled serializer writes what zod's serializer writes, or fails as it fails. */
function expectSameAsZod(schema: Schema, runs: number, seed?: number) {
  const ours = responseSerializerCompiler(route(schema));
  const zods = serializerCompiler(route(schema));
  const conforms = compileConformance(schema);
  let fast = 0;
  fc.assert(
    fc.property(valuesFor(schema), (data) => {
      expect(outcome(ours, data)).toEqual(outcome(zods, data));
      if (conforms(data)) fast++;
    }),
    { numRuns: runs, ...(seed !== undefined && { seed }) },
  );
  return fast;
}

const person = z
  .object({
    id: z.uuid(),
    firstName: z.string(),
    emails: z.array(z.object({ email: z.string(), label: z.string().nullable(), primary: z.boolean() })),
    companyId: z.uuid().nullable(),
    version: z.number().int(),
    kind: z.enum(['lead', 'customer']),
    custom: z.record(z.string(), z.unknown()),
    note: z.string().optional(),
    trimmed: z.string().trim().optional(),
    count: z.number().min(0).optional(),
  })
  .meta({ id: 'TestPerson' });

describe('response serializer', () => {
  it('writes exactly what zod writes, and fails where zod fails, for every kind of schema it checks', () => {
    const schemas: Schema[] = [
      person,
      z.object({ data: z.array(person), nextCursor: z.string().nullable() }),
      z.object({ ok: z.literal(true), retryAfter: z.number().int().optional() }),
      z.array(z.union([z.string(), z.number()])),
      z.object({ at: z.date(), tags: z.array(z.string()).max(2) }),
      z.object({ n: z.string().default('x'), rest: z.looseObject({ a: z.string() }) }),
      z.null(),
    ];
    for (const schema of schemas) expectSameAsZod(schema, 300);
  });

  it('writes bodies that already fit their schema without zod', () => {
    // A fixed seed: how many random bodies happen to fit is a count, not a property.
    expect(expectSameAsZod(person, 300, 20261124)).toBeGreaterThan(30);
    const body = {
      id: '0190a5a0-0000-7000-8000-000000000001',
      firstName: 'Zoë',
      emails: [{ email: 'zoe@example.com', label: null, primary: true }],
      companyId: null,
      version: 1,
      kind: 'lead',
      custom: { size: 3, nested: { deep: [1, 'two'] } },
    };
    expect(compileConformance(person)(body)).toBe(true);
    expect(responseSerializerCompiler(route(person))(body)).toBe(JSON.stringify(body));
    // An unknown key, another order, a value zod would rewrite: left to zod, which drops or reorders.
    for (const other of [
      { ...body, passwordHash: 'secret' },
      Object.fromEntries(Object.entries(body).reverse()),
      { ...body, trimmed: ' padded ' },
    ]) {
      expect(compileConformance(person)(other)).toBe(false);
      expect(responseSerializerCompiler(route(person))(other)).toBe(serializerCompiler(route(person))(other));
    }
  });

  describe('on every response schema of the app', () => {
    let db: Db;
    beforeAll(async () => {
      db = openDatabase('sqlite::memory:');
      await migrateToLatest(db);
      const app = await buildApp({ db, webRoot: null });
      await app.ready();
      await app.close();
    });
    afterAll(async () => db.destroy());

    it('writes what zod writes for values of every shape', () => {
      const schemas = compiled.filter(({ url }) => url.startsWith('/api/'));
      expect(schemas.length).toBeGreaterThan(50);
      let fast = 0;
      for (const { schema } of schemas) {
        const zod = (schema as { properties?: Schema })?.properties ?? (schema as Schema);
        fast += expectSameAsZod(zod, 25);
      }
      // Most generated bodies are valid; most valid bodies must take the fast way.
      expect(fast).toBeGreaterThan(schemas.length * 5);
    });
  });
});
