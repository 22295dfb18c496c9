import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.js';
import { RETENTION_MS } from '../lib/retention.js';
import { deleteExpiredSignUpRequests } from '../modules/auth/sign-up.repository.js';
import { deleteFinishedEmails } from '../modules/mail/mail.repository.js';
import { deliverPending } from '../modules/mail/mail.service.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/**
 * How long a finished email (sent, kept in the development outbox, or given up) stays in the outbox.
 * Longer than any link in it works, so old rows hold no live secret.
 */
export const EMAIL_RETENTION_MS = 7 * 24 * HOUR_MS;

/**
 * Deletes rows that only matter for a while: expired sessions and sign-up requests, sign-in attempts
 * and Idempotency-Keys older than a day, finished emails older than a week. Safe to run on every node
 * at once: each delete is one statement.
 */
export async function pruneExpired(db: Db, now = new Date()) {
  const cutoff = new Date(now.getTime() - RETENTION_MS).toISOString();
  const deleted = async (query: { executeTakeFirst(): Promise<{ numDeletedRows: bigint }> }) =>
    Number((await query.executeTakeFirst()).numDeletedRows);
  return {
    sessions: await deleted(db.deleteFrom('sessions').where('expires_at', '<', now.toISOString())),
    loginAttempts: await deleted(db.deleteFrom('login_attempts').where('created_at', '<', cutoff)),
    idempotencyKeys: await deleted(db.deleteFrom('idempotency_keys').where('created_at', '<', cutoff)),
    signUpRequests: await deleteExpiredSignUpRequests(db, now.toISOString()),
    emails: await deleteFinishedEmails(db, new Date(now.getTime() - EMAIL_RETENTION_MS).toISOString()),
  };
}

/**
 * Every minute, delivers the emails that are due (retries, and any whose delivery right after their
 * request was cut short); the query reads only the index of queued messages, so an idle minute costs
 * one index probe. A minute after start and then every hour, prunes. Runs until the returned function
 * is called.
 */
export function scheduleHousekeeping(db: Db, log: FastifyBaseLogger): () => void {
  const prune = () =>
    void pruneExpired(db).then(
      (counts) => log.info({ pruned: counts }, 'housekeeping done'),
      (error: unknown) => log.error({ err: error }, 'housekeeping failed'),
    );
  let delivering = false;
  const deliver = () => {
    if (delivering) return; // a slow SMTP server must not pile sweeps on top of each other
    delivering = true;
    void deliverPending(db, { log })
      .catch((error: unknown) => log.error({ err: error }, 'email sweep failed'))
      .finally(() => {
        delivering = false;
      });
  };
  const timers = [
    setTimeout(prune, MINUTE_MS).unref(),
    setInterval(prune, HOUR_MS).unref(),
    setInterval(deliver, MINUTE_MS).unref(),
  ];
  return () => {
    for (const timer of timers) clearTimeout(timer);
  };
}
