import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import scalarApiReference from '@scalar/fastify-api-reference';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import qs from 'qs';
import { sql } from 'kysely';
import { isPostgres, type Db } from './db/database.js';
import { filesDirectory, maxFileBytes, type FileStorage } from './files/file-store.js';
import { localFileStore } from './files/local-file-store.js';
import { registerIdempotency } from './lib/idempotency.js';
import { registerInputSafety } from './lib/input-safety.js';
import { databaseRateLimitStore } from './lib/rate-limit-store.js';
import { API_PREFIX, registerOpenApi } from './lib/openapi.js';
import { clientErrorHandler, errorHandler, frameworkErrorHandler, sendProblem } from './lib/problem.js';
import { responseSerializerCompiler } from './lib/response-serializer.js';
import { registerSecurityHeaders } from './lib/security-headers.js';
import { registerRequestContext, requestCredential } from './lib/request-context.js';
import { actorFromApiKey, actorFromSessionCookie } from './modules/auth/actors.js';
import { moduleRoutes } from './modules/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    files: FileStorage;
  }
}

export interface AppOptions {
  db: Db;
  logger?: FastifyServerOptions['logger'];
  /** Requests per minute per API key, session or address. */
  rateLimitPerMinute?: number;
  /** Folder with the built web app; served when present. */
  webRoot?: string | null;
  /** Which proxies' `X-Forwarded-*` headers to believe; none unless configured (see trustProxyOption). */
  trustProxy?: boolean | string[];
  /** Where file contents go and the largest file accepted; the local disk (`filesDirectory`) by default. */
  files?: Partial<FileStorage>;
}

/**
 * `TRUST_PROXY`: unset or `false` trusts no proxy, so the client address is the socket's and a
 * client cannot pick its own address (and with it a fresh rate limit) by sending X-Forwarded-For.
 * Otherwise a comma-separated list of the proxies' addresses or CIDR ranges (`loopback`,
 * `10.0.0.0/8`…), or `true` to trust any sender (only behind a proxy that every request must cross).
 */
export function trustProxyOption(value = process.env.TRUST_PROXY): boolean | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? trustProxyOption(),
    bodyLimit: 2 * 1024 * 1024,
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    routerOptions: { querystringParser: (query) => qs.parse(query, { depth: 2, arrayLimit: 100 }) },
  });
  app.decorate('db', options.db);
  app.decorate('files', {
    store: options.files?.store ?? localFileStore(filesDirectory()),
    maxBytes: options.files?.maxBytes ?? maxFileBytes(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  app.setErrorHandler(errorHandler);
  registerSecurityHeaders(app);
  registerInputSafety(app);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    max: options.rateLimitPerMinute ?? Number(process.env.RATE_LIMIT_PER_MINUTE ?? 1200),
    timeWindow: 60_000,
    enableDraftSpec: true,
    // Every node on one PostgreSQL shares the counts; the single embedded node counts in memory.
    store: isPostgres(options.db) ? databaseRateLimitStore(options.db) : undefined,
    allowList: (request) => !request.url.startsWith('/api/v1/'),
    keyGenerator: (request) => requestCredential(request)?.hash.slice(0, 32) ?? request.ip,
    errorResponseBuilder: (_request, context) => {
      const error = new Error(
        `Rate limit of ${context.max} requests per minute exceeded; retry after ${context.after}`,
      ) as Error & {
        statusCode: number;
      };
      error.statusCode = 429;
      return error;
    },
  });
  await registerOpenApi(app);

  registerRequestContext(app, options.db, { actorFromApiKey, actorFromSessionCookie });
  registerIdempotency(app, options.db);

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(options.db);
      return { status: 'ok' };
    } catch {
      return sendProblem(reply, 503, 'Database unavailable', 'The database does not answer');
    }
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(scalarApiReference, {
    routePrefix: '/api/docs',
    configuration: {
      url: '/api/openapi.json',
      title: 'Rapport API',
      pageTitle: 'Rapport API',
      // The reference stays on this server: no fonts from fonts.scalar.com (the page's CSP allows
      // fonts from this origin only, and a self-hosted CRM should not tell a third party who reads its
      // docs), and none of Scalar's hosted services (AI agent, MCP, developer tools, its online API
      // client, telemetry); requests are tried from the page itself.
      withDefaultFonts: false,
      hideClientButton: true,
      agent: { disabled: true },
      mcp: { disabled: true },
      showDeveloperTools: 'never',
      telemetry: false,
    },
  });

  await app.register(moduleRoutes, { prefix: API_PREFIX });
  await serveWebApp(app, options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot);
  return app;
}

/** Serves the built single-page app, with every non-API path falling back to index.html. */
async function serveWebApp(app: FastifyInstance, root: string | null) {
  const hasWeb = root !== null && existsSync(`${root}/index.html`);
  if (hasWeb) await app.register(fastifyStatic, { root, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/'))
      return reply.sendFile('index.html');
    return sendProblem(
      reply,
      404,
      'Not found',
      `No route for ${request.method} ${request.url.split('?')[0]}`,
    );
  });
}
