import type { FastifyBaseLogger } from 'fastify';
import nodemailer, { type NodemailerError, type Transporter } from 'nodemailer';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../lib/ids.js';
import {
  claimDueEmail,
  findDueEmailIds,
  markEmailDelivered,
  recordFailedAttempt,
} from './mail.repository.js';
import { readMailSettings, type MailSettings } from './mail.settings.js';

/** Messages one sweep takes at most; the rest wait for the next sweep. */
const BATCH_SIZE = 50;
/** How long a node may take to deliver a message it claimed before another node may try it. */
const CLAIM_LEASE_MS = 5 * 60_000;
/** Attempts before a message is given up; with the delays below the last one is ~18 hours in. */
export const MAX_ATTEMPTS = 8;
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

/** Minutes to wait after the n-th failed attempt: 1, 4, 16, 64, 256, then every 6 hours. */
export const retryDelayMs = (attempts: number) => Math.min(4 ** (attempts - 1), 360) * 60_000;

export interface DeliveryCounts {
  sent: number;
  dev: number;
  retrying: number;
  failed: number;
}

type Claimed = NonNullable<Awaited<ReturnType<typeof claimDueEmail>>>;

const linksIn = (text: string) => text.match(/https?:\/\/\S+/g) ?? [];

async function sendOne(
  db: Db,
  transport: Transporter,
  settings: MailSettings,
  email: Claimed,
  log: FastifyBaseLogger | undefined,
): Promise<keyof DeliveryCounts> {
  try {
    await transport.sendMail({
      from: settings.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      ...(email.html && { html: email.html }),
    });
    await markEmailDelivered(db, email.id, 'sent', nowIso());
    return 'sent';
  } catch (error) {
    const attempts = email.attempts + 1;
    // A permanent SMTP rejection (5xx) would be refused again; anything else may pass later.
    const giveUp = (error as NodemailerError).permanent === true || attempts >= MAX_ATTEMPTS;
    const nextAttemptAt = giveUp ? null : new Date(Date.now() + retryDelayMs(attempts)).toISOString();
    const reason = error instanceof Error ? error.message : String(error);
    await recordFailedAttempt(db, email.id, { attempts, error: reason.slice(0, 1000), nextAttemptAt });
    log?.warn({ emailId: email.id, attempts, nextAttemptAt, err: error }, 'email delivery failed');
    return giveUp ? 'failed' : 'retrying';
  }
}

async function keepInDevOutbox(db: Db, email: Claimed, log: FastifyBaseLogger | undefined) {
  await markEmailDelivered(db, email.id, 'dev', nowIso());
  log?.info(
    { emailId: email.id, to: email.to, subject: email.subject, links: linksIn(email.text) },
    'email kept in the development outbox (set SMTP_URL and MAIL_FROM to send it)',
  );
}

/**
 * Delivers the messages that are due: over SMTP when SMTP_URL and MAIL_FROM are set, otherwise into
 * the development outbox (status `dev`, subject and links in the log). Safe to run on every node at
 * once: each message is claimed before it is sent.
 */
export async function deliverPending(
  db: Db,
  options: { log?: FastifyBaseLogger; settings?: MailSettings | null } = {},
): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { sent: 0, dev: 0, retrying: 0, failed: 0 };
  const ids = await findDueEmailIds(db, nowIso(), BATCH_SIZE);
  if (ids.length === 0) return counts;
  const settings = options.settings === undefined ? readMailSettings() : options.settings;
  const transport = settings ? nodemailer.createTransport({ url: settings.smtpUrl, ...SMTP_TIMEOUTS }) : null;
  try {
    for (const id of ids) {
      const now = nowIso();
      const email = await claimDueEmail(db, id, now, new Date(Date.now() + CLAIM_LEASE_MS).toISOString());
      if (!email) continue;
      if (transport && settings) counts[await sendOne(db, transport, settings, email, options.log)]++;
      else {
        await keepInDevOutbox(db, email, options.log);
        counts.dev++;
      }
    }
  } finally {
    transport?.close();
  }
  return counts;
}

/** Starts delivery without waiting for it, for requests that just committed a message. */
export function deliverInBackground(db: Db, log: FastifyBaseLogger): void {
  deliverPending(db, { log }).catch((error: unknown) => log.error({ err: error }, 'email delivery failed'));
}
