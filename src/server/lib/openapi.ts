import fastifySwagger, { type SwaggerTransformObject } from '@fastify/swagger';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { SESSION_COOKIE } from './request-context.js';

/** Where the API lives; the document's `servers` entry, so its paths are written without it. */
export const API_PREFIX = '/api/v1';

/** What generated clients name a method after: `listPeople`, `getPersonHistory`, `signIn`. */
const OPERATION_ID = /^[a-z][a-zA-Z0-9]*$/;

type Schemas = Record<string, unknown>;
/** The part of an OpenAPI document read here; the rest passes through as it is. */
type OpenApiDocument = { components?: { schemas?: Schemas } };

/**
 * Publishes the OpenAPI document (`app.swagger()`) of every route registered after this, and
 * refuses at start-up a documented route that generated clients could not call by a stable name.
 */
export async function registerOpenApi(app: FastifyInstance) {
  requireOperationIds(app);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Rapport API',
        version: '1.0.0',
        license: { name: 'MIT', identifier: 'MIT' },
        description:
          'REST API of Rapport. Authenticate with `Authorization: Bearer <apiKey>` (keys are created by admins) or the session cookie. Lists take `q`, `limit` (≤ 200), `cursor`, `sort` and `filter[field][op]`. Errors are RFC 9457 problem documents. POST accepts an `Idempotency-Key` header; keys are remembered for 24 hours.',
      },
      // Relative, so the document is right on whatever host serves it; paths are written without
      // it (@fastify/swagger strips a server's path from the routes under it).
      servers: [{ url: API_PREFIX, description: 'This server' }],
      components: {
        securitySchemes: {
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API key created in Settings → API keys',
          },
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) =>
      withUsedComponents(
        jsonSchemaTransformObject(input) as OpenApiDocument,
      ) as ReturnType<SwaggerTransformObject>,
  });
}

/**
 * Every documented route has an `operationId`, unique and camelCase, and lives under the API
 * prefix: checked as routes are added, so a route without one fails at start-up (and in every
 * test) rather than reaching the published document. HEAD routes are skipped, as the document
 * leaves them out.
 */
function requireOperationIds(app: FastifyInstance) {
  const seen = new Map<string, string>();
  app.addHook('onRoute', (route: RouteOptions) => {
    const schema = route.schema as { hide?: boolean; operationId?: unknown } | undefined;
    const methods = [route.method].flat().filter((method) => method !== 'HEAD');
    if (schema?.hide || methods.length === 0) return;
    const label = `${methods.join(',')} ${route.url}`;
    if (!route.url.startsWith(`${API_PREFIX}/`))
      throw new Error(`${label}: documented routes live under ${API_PREFIX}, or set schema.hide`);
    const id = schema?.operationId;
    if (typeof id !== 'string' || !OPERATION_ID.test(id))
      throw new Error(`${label}: schema.operationId must be a camelCase name such as listPeople`);
    if (methods.length > 1)
      throw new Error(`${label}: one method per route, so each has its own operationId`);
    const other = seen.get(id);
    if (other) throw new Error(`${label}: operationId ${id} is already used by ${other}`);
    seen.set(id, label);
  });
}

/**
 * fastify-type-provider-zod writes every schema that has a zod `.meta({ id })` twice, as `<id>` for
 * responses and `<id>Input` for request bodies, whether or not any route uses it that way. Keeps one
 * name where the two are the same and only the components the operations reach.
 */
export function withUsedComponents<Document extends OpenApiDocument>(document: Document): Document {
  const schemas = document.components?.schemas ?? {};
  const renamed = mapRefs(document, toOutputRef(sameInputAndOutput(schemas))) as Document;
  const renamedSchemas = renamed.components?.schemas ?? {};
  const used = reachable({ ...renamed, components: { ...renamed.components, schemas: {} } }, renamedSchemas);
  return {
    ...renamed,
    components: {
      ...renamed.components,
      schemas: Object.fromEntries(Object.entries(renamedSchemas).filter(([name]) => used.has(name))),
    },
  };
}

/** Names whose `<name>Input` says the same as `<name>`, taking the pairs it refers to as merged. */
function sameInputAndOutput(schemas: Schemas): Set<string> {
  const merged = new Set(
    Object.keys(schemas).filter((name) => !name.endsWith('Input') && `${name}Input` in schemas),
  );
  // Start from every pair and drop those that differ until none changes (pairs may refer to each other).
  for (let changed = true; changed;) {
    changed = false;
    const asOutput = toOutputRef(merged);
    for (const name of merged) {
      const input = JSON.stringify(mapRefs(schemas[`${name}Input`], asOutput));
      if (input !== JSON.stringify(schemas[name])) {
        merged.delete(name);
        changed = true;
      }
    }
  }
  return merged;
}

/** The schema components reached from `root` through `$ref`s, directly or through other components. */
function reachable(root: unknown, schemas: Schemas): Set<string> {
  const used = new Set<string>();
  const pending = [root];
  while (pending.length > 0) {
    mapRefs(pending.pop(), (ref) => {
      const name = componentName(ref);
      if (name && !used.has(name)) {
        used.add(name);
        pending.push(schemas[name]);
      }
      return ref;
    });
  }
  return used;
}

/** Rewrites a `$ref` to `<name>Input` as one to `<name>` when `<name>` is in `merged`. */
function toOutputRef(merged: Set<string>) {
  return (ref: string) => {
    const name = componentName(ref);
    const output = name?.endsWith('Input') ? name.slice(0, -'Input'.length) : undefined;
    return output && merged.has(output) ? `#/components/schemas/${output}` : ref;
  };
}

function componentName(ref: string): string | undefined {
  return ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : undefined;
}

/** A copy of `value` with every `$ref` passed through `map`. */
function mapRefs(value: unknown, map: (ref: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapRefs(item, map));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key === '$ref' && typeof child === 'string' ? map(child) : mapRefs(child, map),
    ]),
  );
}
