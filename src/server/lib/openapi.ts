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
    transform: (input) => {
      const result = jsonSchemaTransform(input);
      const method = [input.route.method].flat()[0] ?? 'GET';
      return { ...result, schema: describeResponses(result.schema as RouteDocument, input.schema, method) };
    },
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

type JsonSchema = Record<string, unknown> & { $ref?: string; type?: unknown; description?: string };
type ResponseDocument = JsonSchema & { content?: Record<string, { schema: JsonSchema }> };
type RouteDocument = { summary?: string; response?: Record<string, ResponseDocument> };

/**
 * Every success answer gets a description: the route's own (`described` in http-schemas.ts), else
 * one derived from the operation, never @fastify/swagger's "Default Response". Response headers a
 * route declares (the `ETag` of a record) are carried over, as the zod transform leaves them out.
 */
function describeResponses(document: RouteDocument, route: unknown, method: string): RouteDocument {
  const declared = (route as { response?: Record<string, { headers?: unknown }> } | undefined)?.response;
  const response = { ...document.response };
  for (const [status, answer] of Object.entries(response)) {
    const headers = declared?.[status]?.headers;
    if (headers) response[status] = { ...answer, headers };
    if (!status.startsWith('2') || answer.description) continue;
    const description = derivedDescription(method, status, answer, document.summary ?? '');
    // A bare schema is answered as JSON; the content form is the one @fastify/swagger takes a
    // description with when the schema is a `$ref`.
    response[status] =
      answer.content || answer.type === 'null'
        ? { ...response[status], description }
        : { description, content: { 'application/json': { schema: answer } } };
  }
  return { ...document, response };
}

/** Words of a schema component's name: `SavedView` → `saved view`, `CreatedApiKey` → `API key`. */
function componentWords(ref: string) {
  const name = componentName(ref)?.replace(/^Created(?=[A-Z])/, '') ?? '';
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\bapi\b/g, 'API');
}

/** A success answer's description from the operation: what the body holds, or that there is none. */
export function derivedDescription(
  method: string,
  status: string,
  answer: ResponseDocument,
  summary: string,
) {
  const schema = answer.content?.['application/json']?.schema ?? answer;
  if (schema.type === 'null' || status === '204') return 'Done; the answer has no body';
  if (schema.$ref) {
    const noun = componentWords(schema.$ref);
    if (status === '201') return `The new ${noun}`;
    return method === 'PATCH' || method === 'PUT' ? `The ${noun} as changed` : `The ${noun}`;
  }
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  if ('data' in properties && 'nextCursor' in properties)
    return 'One page of the list; pass `nextCursor` as `cursor` for the next page (null on the last)';
  return summary;
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
