import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.js';

const HOUR_MS = 60 * 60_000;
/** How long sign-in attempts and Idempotency-Keys are kept; throttling looks back 15 minutes. */
export const RETENTION_MS = 24 * HOUR_MS;

/**
 * Deletes rows that only matter for a while: expired sessions, sign-in attempts and Idempotency-Keys
 * older than a day. Safe to run on every node at once: each delete is one statement.
 */
export async function pruneExpired(db: Db, now = new Date()) {
  const cutoff = new Date(now.getTime() - RETENTION_MS).toISOString();
  const deleted = async (query: { executeTakeFirst(): Promise<{ numDeletedRows: bigint }> }) =>
    Number((await query.executeTakeFirst()).numDeletedRows);
  return {
    sessions: await deleted(db.deleteFrom('sessions').where('expires_at', '<', now.toISOString())),
    loginAttempts: await deleted(db.deleteFrom('login_attempts').where('created_at', '<', cutoff)),
    idempotencyKeys: await deleted(db.deleteFrom('idempotency_keys').where('created_at', '<', cutoff)),
  };
}

/** Prunes a minute after start and then every hour, until the returned function is called. */
export function scheduleHousekeeping(db: Db, log: FastifyBaseLogger): () => void {
  const run = () =>
    void pruneExpired(db).then(
      (counts) => log.info({ pruned: counts }, 'housekeeping done'),
      (error: unknown) => log.error({ err: error }, 'housekeeping failed'),
    );
  const first = setTimeout(run, 60_000).unref();
  const every = setInterval(run, HOUR_MS).unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
