import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { util, type $ZodCheck, type $ZodType } from 'zod/v4/core';

/**
 * Response bodies serialized without copying them through zod first. The type provider's serializer
 * encodes every response with zod, which builds a checked copy of the whole body (keys in the
 * schema's order, unknown keys dropped), and then runs JSON.stringify over the copy; on a 50-record
 * page that was a tenth of the server's time.
 *
 * Handlers almost always return bodies that already are that copy: exactly the schema's keys, in its
 * order, with valid values. Each response schema is compiled once into a check that walks the body
 * as zod would, without building anything; when the body passes, JSON.stringify of the body itself
 * is byte for byte what the copy would give. When it does not (an unknown key to drop, another key
 * order, a value zod would refuse or rewrite, a schema kind the check does not know), the type
 * provider's serializer answers as before, errors included.
 */

type Schema = $ZodType;
/** Whether JSON.stringify(value) is exactly JSON.stringify of zod's encoding of it. */
type Conforms = (value: unknown) => boolean;

const never: Conforms = () => false;

/** The checks zod runs on a value after its type test: formats (uuid, email…), lengths, refinements. */
function checksOf(schema: Schema) {
  const checks: $ZodCheck[] = [
    ...(schema._zod.traits.has('$ZodCheck') ? [schema as unknown as $ZodCheck] : []),
    ...(schema._zod.def.checks ?? []),
  ];
  return checks.map((check) =>
    typeof check._zod.check === 'function' ? (payload: never) => check._zod.check(payload) : undefined,
  );
}

/**
 * A scalar: its type test, then its checks; a check that would rewrite the value (trim…) fails it.
 * Checks run synchronously on one payload per schema, reused rather than built for every value.
 */
function scalar(schema: Schema, isType: (value: unknown) => boolean): Conforms {
  const checks = checksOf(schema);
  if (checks.some((check) => typeof check !== 'function')) return never;
  if (checks.length === 0) return isType;
  const payload = { value: undefined as unknown, issues: [] as unknown[] };
  return (value) => {
    if (!isType(value)) return false;
    payload.value = value;
    payload.issues.length = 0;
    for (const check of checks) if (check!(payload as never) instanceof Promise) return false;
    return payload.issues.length === 0 && payload.value === value;
  };
}

const isFiniteNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const isJsonScalar = (value: unknown) =>
  typeof value === 'string' || typeof value === 'boolean' || value === null || isFiniteNumber(value);

/** An object literal's prototype, so that no inherited key or `toJSON` can play a part. */
const isPlainRecord = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && !('toJSON' in value);
};

function array(element: Conforms): Conforms {
  return (value) => {
    if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || 'toJSON' in value)
      return false;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === undefined || !element(item)) return false;
    }
    return true;
  };
}

/**
 * The object's own keys are the shape's, in the shape's order, absent only where `.optional()`; none
 * is undefined (zod would leave it out or refuse it, JSON.stringify would leave it out).
 */
function object(shape: Record<PropertyKey, Schema>): Conforms {
  if (Object.getOwnPropertySymbols(shape).length > 0) return never;
  const keys: string[] = [];
  const optional: boolean[] = [];
  const children: Conforms[] = [];
  for (const [key, child] of Object.entries(shape)) {
    const isOptional = child._zod.def.type === 'optional';
    const inner = isOptional ? (child._zod.def as unknown as { innerType: Schema }).innerType : child;
    // Defaults and other schemas that fill in or drop keys, integer-like keys (which objects order
    // first), and __proto__: zod decides.
    if (inner._zod.optin !== undefined || inner._zod.optout !== undefined) return never;
    if ((isOptional && checksOf(child).length > 0) || key === '__proto__' || /^\d+$/.test(key)) return never;
    keys.push(key);
    optional.push(isOptional);
    children.push(compile(inner));
  }
  return (value) => {
    if (!isPlainRecord(value)) return false;
    let next = 0;
    // for…in lists the own keys in Object.keys' order without building an array of them; a key
    // inherited from a tampered Object.prototype sends the body to zod.
    for (const key in value) {
      if (!Object.hasOwn(value, key)) return false;
      while (next < keys.length && keys[next] !== key) {
        if (!optional[next]) return false;
        next++;
      }
      if (next === keys.length) return false;
      const item = value[key];
      if (item === undefined || !children[next]!(item)) return false;
      next++;
    }
    for (; next < keys.length; next++) if (!optional[next]) return false;
    return true;
  };
}

/** `z.record(z.string(), …)`: zod copies a plain object's own enumerable string keys but `__proto__`. */
function record(schema: Schema, keyType: Schema, valueType: Schema): Conforms {
  const keyDef = keyType._zod.def as { type: string; coerce?: boolean };
  const plainKeys =
    keyDef.type === 'string' && !keyDef.coerce && checksOf(keyType).length === 0 && !keyType._zod.values;
  const def = schema._zod.def as unknown as { mode?: string; partial?: boolean };
  if (!plainKeys || def.mode === 'loose' || def.partial) return never;
  const item = compile(valueType);
  return (value) => {
    if (!isPlainRecord(value) || !util.isPlainObject(value)) return false;
    if (Object.getOwnPropertySymbols(value).length > 0) return false;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) return false;
      const entry = value[key];
      if (key === '__proto__' || entry === undefined || !item(entry)) return false;
    }
    return true;
  };
}

/** The check for a schema; kinds it does not know, and containers with checks of their own, fail. */
function compile(schema: Schema): Conforms {
  const zod = schema._zod;
  const def = zod.def as unknown as {
    type: string;
    coerce?: boolean;
    innerType: Schema;
    element: Schema;
    shape: Record<PropertyKey, Schema>;
    catchall?: Schema;
    keyType: Schema;
    valueType: Schema;
  };
  if (def.coerce) return never;
  const container = checksOf(schema).length === 0;
  switch (def.type) {
    case 'string':
      return scalar(schema, (value) => typeof value === 'string');
    case 'number':
      return scalar(schema, isFiniteNumber);
    case 'boolean':
      return scalar(schema, (value) => typeof value === 'boolean');
    case 'null':
    case 'enum':
    case 'literal': {
      const values = zod.values!;
      return scalar(schema, (value) => isJsonScalar(value) && values.has(value as never));
    }
    case 'unknown':
    case 'any':
      // zod passes these through as they are, so JSON.stringify meets the very same value.
      return container ? () => true : never;
    case 'nullable': {
      if (!container) return never;
      const inner = compile(def.innerType);
      return (value) => value === null || inner(value);
    }
    case 'array':
      return container ? array(compile(def.element)) : never;
    case 'object':
      return container && !def.catchall ? object(def.shape) : never;
    case 'record':
      return container ? record(schema, def.keyType, def.valueType) : never;
    default:
      return never;
  }
}

/** Whether a body can be written as it is under a response schema (exported for tests). */
export function compileConformance(schema: Schema): Conforms {
  try {
    return compile(schema);
  } catch {
    return never;
  }
}

/** Fastify's serializer compiler for zod response schemas: the body as it is, or zod's copy. */
export const responseSerializerCompiler: FastifySerializerCompiler<Schema | { properties: Schema }> = (
  route,
) => {
  const zodSerialize = serializerCompiler(route);
  const schema = route.schema;
  const conforms = compileConformance('_zod' in schema ? schema : schema.properties);
  return (data: unknown) => {
    let fits = false;
    try {
      fits = conforms(data);
    } catch {
      // A getter or a check that throws: zod meets it again and answers as before.
    }
    return fits ? JSON.stringify(data) : zodSerialize(data);
  };
};
