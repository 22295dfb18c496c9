import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { defineJob, PermanentJobError } from '../../jobs/jobs.js';
import { nowIso } from '../../lib/ids.js';
import type { FileStore } from '../../files/file-store.js';
import {
  findEmailAttachments,
  findEmailToSend,
  markEmailDelivered,
  recordFailedAttempt,
} from './mail.repository.js';
import { isPermanentSmtpError, resolveMailSettings, sendWith } from './mail.transport.js';

/** Attempts before a message is given up; with the waits below the last one is about a day in. */
export const MAX_ATTEMPTS = 8;
const MINUTE_MS = 60_000;

const linksIn = (text: string) => text.match(/https?:\/\/\S+/g) ?? [];

export type DeliveryOutcome = 'sent' | 'dev' | 'skipped';

/**
 * Delivers one outbox message: through the workspace's SMTP server, else the server's, else into the
 * development outbox (status `dev`, its subject and links in the log). A failure is written on the
 * message and thrown for the job to try again later; a permanent one (a 5xx answer), or the last
 * attempt, marks the message failed with the reason and ends its job.
 */
export async function deliverEmail(
  db: Db,
  emailId: string,
  options: { attempt: number; maxAttempts?: number; log?: FastifyBaseLogger; files?: FileStore | null },
): Promise<DeliveryOutcome> {
  const email = await findEmailToSend(db, emailId);
  if (!email) return 'skipped';
  const settings = await resolveMailSettings(db, email.workspace_id);
  if (!settings) {
    await markEmailDelivered(db, email.id, 'dev', nowIso());
    options.log?.info(
      { emailId: email.id, to: email.to, subject: email.subject, links: linksIn(email.text) },
      'email kept in the development outbox (set SMTP_URL and MAIL_FROM, or the workspace SMTP settings, to send it)',
    );
    return 'dev';
  }
  const attachments = await readAttachments(db, email.id, options.files ?? null);
  try {
    await sendWith(settings, { ...email, messageId: email.message_id, attachments });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    const permanent = isPermanentSmtpError(error);
    const giveUp = permanent || options.attempt >= (options.maxAttempts ?? MAX_ATTEMPTS);
    await recordFailedAttempt(db, email.id, { attempts: email.attempts + 1, error: reason, giveUp });
    throw permanent ? new PermanentJobError(reason) : error;
  }
  await markEmailDelivered(db, email.id, 'sent', nowIso());
  return 'sent';
}

/** The files a message carries, read from the store; a message with files needs the store. */
async function readAttachments(db: Db, emailId: string, files: FileStore | null) {
  const rows = await findEmailAttachments(db, emailId);
  if (rows.length === 0) return [];
  if (!files) throw new Error('the file store is needed to send a message with attachments');
  const attachments = [];
  for (const row of rows) {
    const chunks: Buffer[] = [];
    for await (const chunk of await files.open(row.storage_key)) chunks.push(chunk as Buffer);
    attachments.push({ filename: row.name, contentType: row.content_type, content: Buffer.concat(chunks) });
  }
  return attachments;
}

/** One job per message, enqueued with it (see queueEmail); waits of 1, 2, 4… minutes up to 6 hours. */
export const deliverEmailJob = defineJob({
  type: 'mail.deliver',
  payload: z.object({ emailId: z.uuid() }),
  maxAttempts: MAX_ATTEMPTS,
  backoff: { baseMs: MINUTE_MS, maxMs: 360 * MINUTE_MS },
  timeoutMs: 5 * MINUTE_MS,
  run: ({ emailId }, { db, log, attempt, files }) => deliverEmail(db, emailId, { attempt, log, files }),
});
