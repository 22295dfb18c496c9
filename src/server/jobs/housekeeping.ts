import { z } from 'zod';
import type { Db } from '../db/database.js';
import type { FileStore } from '../files/file-store.js';
import { pruneRateLimitHits } from '../lib/rate-limit-store.js';
import { RETENTION_MS } from '../lib/retention.js';
import { deleteExpiredPasswordResets } from '../modules/auth/password-resets.repository.js';
import { deleteExpiredSignUpRequests } from '../modules/auth/sign-up.repository.js';
import { cleanUpFiles } from '../modules/files/files.cleanup.js';
import { deleteFinishedEmails } from '../modules/mail/mail.repository.js';
import { pruneRecordEvents } from '../modules/events/events.outbox.js';
import { pruneWebhookDeliveries } from '../modules/webhooks/webhooks.delivery.js';
import { defineJob } from './jobs.js';
import { deleteFinishedJobs } from './jobs.repository.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/**
 * How long a finished email (sent, kept in the development outbox, or given up) stays in the outbox.
 * Longer than any link in it works, so old rows hold no live secret.
 */
export const EMAIL_RETENTION_MS = 7 * 24 * HOUR_MS;
/** How long a finished job (done, dead or cancelled) stays listed for admins. */
export const JOB_RETENTION_MS = 7 * 24 * HOUR_MS;

/**
 * Deletes rows that only matter for a while: expired sessions, sign-up requests and password resets, sign-in attempts
 * and Idempotency-Keys older than a day, finished emails, jobs and record events older than a
 * week, webhook deliveries older than a month, rate-limit counts older than an hour. Safe to run on every node at once: each delete is
 * one statement.
 * Given the file store, also removes files no one can reach any more (modules/files/files.cleanup.ts).
 */
export async function pruneExpired(db: Db, now = new Date(), files?: FileStore) {
  const cutoff = new Date(now.getTime() - RETENTION_MS).toISOString();
  const deleted = async (query: { executeTakeFirst(): Promise<{ numDeletedRows: bigint }> }) =>
    Number((await query.executeTakeFirst()).numDeletedRows);
  return {
    sessions: await deleted(db.deleteFrom('sessions').where('expires_at', '<', now.toISOString())),
    loginAttempts: await deleted(db.deleteFrom('login_attempts').where('created_at', '<', cutoff)),
    idempotencyKeys: await deleted(db.deleteFrom('idempotency_keys').where('created_at', '<', cutoff)),
    signUpRequests: await deleteExpiredSignUpRequests(db, now.toISOString()),
    // Kept an hour past expiry: the throttles count the last hour's requests.
    passwordResets: await deleteExpiredPasswordResets(db, new Date(now.getTime() - HOUR_MS).toISOString()),
    emails: await deleteFinishedEmails(db, new Date(now.getTime() - EMAIL_RETENTION_MS).toISOString()),
    recordEvents: await pruneRecordEvents(db, now),
    webhookDeliveries: await pruneWebhookDeliveries(db, now),
    rateLimitHits: await pruneRateLimitHits(db, new Date(now.getTime() - HOUR_MS)),
    jobs: await deleteFinishedJobs(db, new Date(now.getTime() - JOB_RETENTION_MS).toISOString()),
    ...(files && { files: await cleanUpFiles(db, files, now) }),
  };
}

/** Prunes every hour (see pruneExpired). */
export const pruneJob = defineJob({
  type: 'housekeeping.prune',
  payload: z.object({}),
  every: HOUR_MS,
  maxAttempts: 3,
  run: async (_payload, { db, log, files }) => {
    log.info({ pruned: await pruneExpired(db, new Date(), files ?? undefined) }, 'housekeeping done');
  },
});
