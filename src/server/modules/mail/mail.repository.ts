import type { DbOrTrx } from '../../db/database.js';
import type { OutboundEmailTable } from '../../db/schema.js';

export type EmailStatus = OutboundEmailTable['status'];

export async function insertOutboundEmail(
  db: DbOrTrx,
  row: {
    id: string;
    workspaceId: string | null;
    to: string;
    subject: string;
    text: string;
    html: string | null;
    locale: string;
    now: string;
  },
) {
  await db
    .insertInto('outbound_emails')
    .values({
      id: row.id,
      workspace_id: row.workspaceId,
      to: row.to,
      subject: row.subject,
      text: row.text,
      html: row.html,
      locale: row.locale,
      status: 'queued',
      attempts: 0,
      last_error: null,
      next_attempt_at: row.now,
      created_at: row.now,
      sent_at: null,
    })
    .execute();
}

/** Queued messages whose next attempt is due, oldest first; read through the partial index. */
export async function findDueEmailIds(db: DbOrTrx, now: string, limit: number) {
  const rows = await db
    .selectFrom('outbound_emails')
    .select('id')
    .where('status', '=', 'queued')
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

/**
 * Takes a due message for one attempt by moving its next attempt to `leaseUntil`: one statement, so
 * when several nodes sweep at once exactly one of them gets it (on PostgreSQL the others wait on the
 * row lock and then match nothing). A node that dies mid-send leaves the message due again after
 * the lease. Returns the message, or undefined when another node took it first.
 */
export async function claimDueEmail(db: DbOrTrx, id: string, now: string, leaseUntil: string) {
  return db
    .updateTable('outbound_emails')
    .set({ next_attempt_at: leaseUntil })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .where('next_attempt_at', '<=', now)
    .returning(['id', 'workspace_id', 'to', 'subject', 'text', 'html', 'locale', 'attempts'])
    .executeTakeFirst();
}

export async function markEmailDelivered(
  db: DbOrTrx,
  id: string,
  status: Extract<EmailStatus, 'sent' | 'dev'>,
  now: string,
) {
  await db
    .updateTable('outbound_emails')
    .set({ status, sent_at: now, next_attempt_at: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

/** Records a failed attempt: due again at `nextAttemptAt`, or given up (`failed`) when that is null. */
export async function recordFailedAttempt(
  db: DbOrTrx,
  id: string,
  attempt: { attempts: number; error: string; nextAttemptAt: string | null },
) {
  await db
    .updateTable('outbound_emails')
    .set({
      status: attempt.nextAttemptAt ? 'queued' : 'failed',
      attempts: attempt.attempts,
      last_error: attempt.error,
      next_attempt_at: attempt.nextAttemptAt,
    })
    .where('id', '=', id)
    .execute();
}

/** Deletes messages that are done with (sent, kept in the development outbox, or given up on). */
export async function deleteFinishedEmails(db: DbOrTrx, before: string) {
  const result = await db
    .deleteFrom('outbound_emails')
    .where('created_at', '<', before)
    .where('status', 'in', ['sent', 'dev', 'failed'])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
