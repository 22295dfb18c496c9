import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import { AppError } from './errors.js';
import { sha256 } from './ids.js';
import type { Actor } from './permissions.js';

export const SESSION_COOKIE = 'rapport_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
  }
}

/** An actor and, for a session, the CSRF token that its state-changing requests must echo. */
export interface ResolvedActor {
  actor: Actor;
  csrfToken: string | null;
}

/**
 * How credentials become actors: the auth module's functions, passed in by app.ts so that lib does not
 * depend on a module. Each also counts a credential that matches nothing against the client address.
 */
export interface ActorResolvers {
  actorFromApiKey(db: Db, key: string, ip: string, keyHash: string): Promise<ResolvedActor | null>;
  actorFromSessionCookie(db: Db, token: string, ip: string, tokenHash: string): Promise<ResolvedActor | null>;
}

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return null;
  return header.slice('Bearer '.length).trim() || null;
}

/** The credential a request carries (API key, else session cookie) and its SHA-256, found once. */
interface Credential {
  kind: 'api_key' | 'session';
  token: string;
  hash: string;
}

const credentials = new WeakMap<FastifyRequest, Credential | null>();

/**
 * The rate limit keys on the credential's hash and the request context looks the actor up by it:
 * hashed once per request, not by each.
 */
export function requestCredential(request: FastifyRequest): Credential | null {
  let credential = credentials.get(request);
  if (credential === undefined) {
    const key = bearerToken(request);
    const cookie = key ? undefined : request.cookies[SESSION_COOKIE];
    const token = key ?? cookie;
    credential = token ? { kind: key ? 'api_key' : 'session', token, hash: sha256(token) } : null;
    credentials.set(request, credential);
  }
  return credential;
}

/**
 * Resolves who is calling from an API key or the session cookie. Cookie-authenticated requests that
 * change state must echo the session's CSRF token in `x-csrf-token` (API keys are not sent by browsers
 * on their own, so they need none). Keys and cookies that match nothing count against the client
 * address (`request.ip`), which is refused with 429 once over its limit; a dead cookie is cleared so
 * that a browser counts once, not at every request.
 */
export function registerRequestContext(app: FastifyInstance, db: Db, resolvers: ActorResolvers) {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const credential = requestCredential(request);
    if (!credential) return;
    if (credential.kind === 'api_key') {
      const resolved = await resolvers.actorFromApiKey(db, credential.token, request.ip, credential.hash);
      if (!resolved) throw new AppError('unauthenticated', 'The API key is not valid or has been revoked');
      request.actor = resolved.actor;
      return;
    }
    const token = credential.token;
    const resolved = await resolvers.actorFromSessionCookie(db, token, request.ip, credential.hash);
    if (!resolved) {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return;
    }
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== resolved.csrfToken) {
      throw new AppError('csrf', 'Send the x-csrf-token header you received when signing in');
    }
    request.actor = resolved.actor;
    request.sessionToken = token;
  });
  // Who is calling is settled before the input is read: a caller without credentials learns nothing
  // of what an operation takes. Public operations say so in their schema (`security: []`).
  app.addHook('preValidation', (request, _reply, done) => {
    const schema = request.routeOptions.schema as { security?: unknown[]; hide?: boolean } | undefined;
    // Documented operations only: the API reference's own page and script are not one.
    const isOperation = schema !== undefined && !schema.hide && request.url.startsWith('/api/');
    const isPublic = Array.isArray(schema?.security) && schema.security.length === 0;
    if (request.actor || isPublic || !isOperation) return done();
    done(new AppError('unauthenticated', 'Sign in or send an API key'));
  });
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Sign in or send an API key');
  return request.actor;
}
