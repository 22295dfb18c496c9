import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import { AppError } from './errors.js';
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
  actorFromApiKey(db: Db, key: string, ip: string): Promise<ResolvedActor | null>;
  actorFromSessionCookie(db: Db, token: string, ip: string): Promise<ResolvedActor | null>;
}

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return null;
  return header.slice('Bearer '.length).trim() || null;
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
    const key = bearerToken(request);
    if (key) {
      const resolved = await resolvers.actorFromApiKey(db, key, request.ip);
      if (!resolved) throw new AppError('unauthenticated', 'The API key is not valid or has been revoked');
      request.actor = resolved.actor;
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const resolved = await resolvers.actorFromSessionCookie(db, token, request.ip);
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
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Sign in or send an API key');
  return request.actor;
}
