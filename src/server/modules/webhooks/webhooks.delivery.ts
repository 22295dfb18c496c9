import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { defineJob, PermanentJobError, type JobContext } from '../../jobs/jobs.js';
import { nowIso } from '../../lib/ids.js';
import { openSecret, SecretKeyError } from '../../lib/secrets.js';
import {
  deleteDeliveriesBefore,
  disableEndpoint,
  findDeliveryToSend,
  recordAttempt,
} from './webhooks.repository.js';
import { sendWebhook, type SendResult } from './webhooks.sender.js';
import { readWebhookSettings } from './webhooks.settings.js';
import { signatureHeader } from './webhooks.signature.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * Retries: waits doubling from 30 seconds up to 8 hours, each between half and all of its step (the
 * queue's jitter), 22 attempts in all: the last comes two to four days after the first, about three
 * on average, so a receiver that is down over a weekend still gets its messages.
 */
export const DELIVERY_RETRIES = { maxAttempts: 22, backoff: { baseMs: 30_000, maxMs: 8 * HOUR_MS } };

/** Sends one delivery (a message to one endpoint); the queue retries it when the receiver fails. */
export const webhookDeliveryJob = defineJob({
  type: 'webhooks.deliver',
  payload: z.object({ deliveryId: z.uuid() }),
  ...DELIVERY_RETRIES,
  timeoutMs: 2 * MINUTE_MS,
  run: async ({ deliveryId }, context) => deliver(deliveryId, context),
});

/** The secrets that sign a message now, opened: the current one, and the previous one during a rotation. */
export function signingSecrets(
  endpoint: { secret: string; previous_secret: string | null; previous_secret_expires_at: string | null },
  now: string,
): string[] {
  const previousValid =
    endpoint.previous_secret !== null &&
    endpoint.previous_secret_expires_at !== null &&
    endpoint.previous_secret_expires_at > now;
  const sealed = previousValid ? [endpoint.secret, endpoint.previous_secret!] : [endpoint.secret];
  return sealed.map((secret) => openSecret(secret));
}

/**
 * Signs the stored body with the endpoint's secrets and the time now, and posts it. A secret that
 * cannot be opened (SECRET_KEY missing or changed) fails the attempt like a receiver would.
 */
async function signAndSend(
  delivery: NonNullable<Awaited<ReturnType<typeof findDeliveryToSend>>>,
  now: string,
  signal: AbortSignal,
): Promise<SendResult> {
  let secrets: string[];
  try {
    secrets = signingSecrets(delivery, now);
  } catch (error) {
    if (!(error instanceof SecretKeyError)) throw error;
    return { status: null, excerpt: null, durationMs: 0, error: `not sent: ${error.message}` };
  }
  const timestamp = Math.floor(Date.now() / 1000);
  return sendWebhook(
    {
      url: delivery.url,
      body: delivery.body,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Rapport-Webhooks/1.0',
        'webhook-id': delivery.event_id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signatureHeader(secrets, delivery.event_id, timestamp, delivery.body),
      },
    },
    readWebhookSettings(),
    signal,
  );
}

async function maxAttemptsOf(db: Db, jobId: string) {
  const job = await db.selectFrom('jobs').select('max_attempts').where('id', '=', jobId).executeTakeFirst();
  return job?.max_attempts ?? DELIVERY_RETRIES.maxAttempts;
}

/**
 * One attempt: signs and posts the stored body, and records the outcome. A 2xx answer delivers it; 410 Gone disables the endpoint and stops; anything
 * else throws so the queue tries again later, until its attempts run out. A delivery whose endpoint
 * was deleted is dropped; one whose endpoint is disabled fails without being sent.
 */
async function deliver(deliveryId: string, { db, workspaceId, attempt, jobId, signal }: JobContext) {
  const delivery = await findDeliveryToSend(db, workspaceId!, deliveryId);
  if (!delivery) return;
  const startedAt = nowIso();
  const outcome = {
    attempts: attempt,
    responseStatus: null,
    responseExcerpt: null,
    durationMs: null,
    at: startedAt,
  };
  if (!delivery.enabled) {
    await recordAttempt(db, workspaceId!, deliveryId, {
      ...outcome,
      attempts: attempt - 1,
      status: 'failed',
      error: 'not sent: the endpoint is disabled',
    });
    return;
  }
  const result = await signAndSend(delivery, startedAt, signal);
  const status = result.status ?? 0;
  const succeeded = status >= 200 && status < 300;
  const gone = status === 410;
  const lastAttempt = attempt >= (await maxAttemptsOf(db, jobId));
  const error = succeeded ? null : (result.error ?? `answered ${status}`);
  await db.transaction().execute(async (trx) => {
    await recordAttempt(trx, workspaceId!, deliveryId, {
      ...outcome,
      status: succeeded ? 'succeeded' : gone || lastAttempt ? 'failed' : 'retrying',
      responseStatus: result.status,
      responseExcerpt: result.excerpt,
      durationMs: result.durationMs,
      error,
    });
    if (gone) await disableEndpoint(trx, workspaceId!, delivery.endpoint_id, 'gone', nowIso());
  });
  if (gone) throw new PermanentJobError('the endpoint answered 410 Gone and is now disabled');
  if (!succeeded) throw new Error(error!);
}

/** How long the delivery log keeps a delivery: well beyond its last retry. */
export const DELIVERY_RETENTION_MS = 30 * 24 * HOUR_MS;

/** Deletes deliveries older than the retention (housekeeping). */
export function pruneWebhookDeliveries(db: Db, now = new Date()): Promise<number> {
  return deleteDeliveriesBefore(db, new Date(now.getTime() - DELIVERY_RETENTION_MS).toISOString());
}
