import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import { AppError } from './errors.js';
import { actorId } from './permissions.js';
import { nowIso } from './ids.js';

const IN_FLIGHT = 0;

/**
 * `Idempotency-Key` on POST: the first request's response is stored and replayed for repeats with the
 * same body; a repeat with a different body is a 409. A row is claimed before the handler runs, so two
 * concurrent duplicates cannot both create a record.
 */
export function registerIdempotency(app: FastifyInstance, db: Db) {
  const claim = async (request: FastifyRequest, reply: FastifyReply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || typeof key !== 'string' || !request.actor) return;
    if (key.length === 0 || key.length > 200)
      throw new AppError('validation', 'Idempotency-Key must be 1–200 characters', [
        { field: 'Idempotency-Key', message: 'must be 1–200 characters' },
      ]);
    const principal = actorId(request.actor);
    const requestHash = createHash('sha256')
      .update(`${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    const workspaceId = request.actor.workspaceId;
    const existing = await db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('principal_id', '=', principal)
      .where('key', '=', key)
      .executeTakeFirst();
    if (existing) {
      if (existing.request_hash !== requestHash)
        throw new AppError('conflict', 'This Idempotency-Key was used with a different request', [
          { field: 'Idempotency-Key', message: 'reused with a different request' },
        ]);
      if (existing.status_code === IN_FLIGHT)
        throw new AppError('conflict', 'A request with this Idempotency-Key is still in progress', [
          { field: 'Idempotency-Key', message: 'in progress' },
        ]);
      reply.header('idempotent-replayed', 'true');
      // Every error response is a problem document (lib/problem.ts).
      const type = existing.status_code >= 400 ? 'application/problem+json' : 'application/json';
      return reply.status(existing.status_code).type(type).send(existing.response_body);
    }
    // A duplicate arriving between the lookup above and this insert finds the claim taken: 409, not a 500.
    const claimed = await db
      .insertInto('idempotency_keys')
      .values({
        workspace_id: workspaceId,
        principal_id: principal,
        key,
        request_hash: requestHash,
        status_code: IN_FLIGHT,
        response_body: '',
        created_at: nowIso(),
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0)
      throw new AppError('conflict', 'A request with this Idempotency-Key is still in progress', [
        { field: 'Idempotency-Key', message: 'in progress' },
      ]);
    request.idempotency = { workspaceId, principal, key };
  };

  const remember = async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    const query = db
      .updateTable('idempotency_keys')
      .where('workspace_id', '=', claim.workspaceId)
      .where('principal_id', '=', claim.principal)
      .where('key', '=', claim.key);
    // Server errors are not remembered, so the client may retry them with the same key.
    if (reply.statusCode >= 500) {
      await db
        .deleteFrom('idempotency_keys')
        .where('workspace_id', '=', claim.workspaceId)
        .where('principal_id', '=', claim.principal)
        .where('key', '=', claim.key)
        .execute();
    } else {
      await query
        .set({ status_code: reply.statusCode, response_body: typeof payload === 'string' ? payload : '' })
        .execute();
    }
    return payload;
  };

  // Only POST takes a key, so only POST routes carry the hooks: other requests do not run them at all.
  app.addHook('onRoute', (route) => {
    if (![route.method].flat().includes('POST')) return;
    route.preHandler = [claim, ...[route.preHandler ?? []].flat()];
    route.onSend = [remember, ...[route.onSend ?? []].flat()];
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: { workspaceId: string; principal: string; key: string };
  }
}
