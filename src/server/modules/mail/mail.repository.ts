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
    messageId: string;
    threadId: string | null;
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
      next_attempt_at: null,
      created_at: row.now,
      sent_at: null,
      message_id: row.messageId,
      thread_id: row.threadId,
      bounced_at: null,
    })
    .execute();
}

/**
 * A message to deliver: one still waiting, or one given up whose job an admin retried; undefined once
 * it was sent, kept in the development outbox or bounced.
 */
export async function findEmailToSend(db: DbOrTrx, id: string) {
  return db
    .selectFrom('outbound_emails')
    .select(['id', 'workspace_id', 'to', 'subject', 'text', 'html', 'locale', 'attempts', 'message_id'])
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'failed'])
    .executeTakeFirst();
}

/** The files a message carries, in order, with where their content is stored. */
export async function findEmailAttachments(db: DbOrTrx, emailId: string) {
  return db
    .selectFrom('outbound_email_attachments as a')
    .innerJoin('files as f', (join) =>
      join.onRef('f.workspace_id', '=', 'a.workspace_id').onRef('f.id', '=', 'a.file_id'),
    )
    .select(['f.name', 'f.content_type', 'f.storage_key'])
    .where('a.email_id', '=', emailId)
    .orderBy('a.position')
    .execute();
}

export async function insertEmailAttachments(
  db: DbOrTrx,
  emailId: string,
  workspaceId: string,
  fileIds: readonly string[],
) {
  if (fileIds.length === 0) return;
  await db
    .insertInto('outbound_email_attachments')
    .values(
      fileIds.map((fileId, position) => ({
        email_id: emailId,
        position,
        workspace_id: workspaceId,
        file_id: fileId,
      })),
    )
    .execute();
}

export async function markEmailDelivered(
  db: DbOrTrx,
  id: string,
  status: Extract<EmailStatus, 'sent' | 'dev'>,
  now: string,
) {
  await db
    .updateTable('outbound_emails')
    .set({ status, sent_at: now, last_error: null })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'failed'])
    .execute();
}

/** Records a failed attempt: still queued (its job tries again), or given up (`failed`). */
export async function recordFailedAttempt(
  db: DbOrTrx,
  id: string,
  attempt: { attempts: number; error: string; giveUp: boolean },
) {
  await db
    .updateTable('outbound_emails')
    .set({
      status: attempt.giveUp ? 'failed' : 'queued',
      attempts: attempt.attempts,
      last_error: attempt.error,
    })
    .where('id', '=', id)
    .execute();
}

/** Deletes messages that are done with (sent, kept in the development outbox, given up, bounced). */
export async function deleteFinishedEmails(db: DbOrTrx, before: string) {
  const result = await db
    .deleteFrom('outbound_emails')
    .where('created_at', '<', before)
    .where('status', 'in', ['sent', 'dev', 'failed', 'bounced'])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

const listed = [
  'id',
  'to',
  'subject',
  'locale',
  'status',
  'attempts',
  'last_error',
  'created_at',
  'sent_at',
] as const;

/** The workspace's outgoing messages, newest first (ids are UUIDv7), optionally in one status. */
export async function listOutboundEmails(
  db: DbOrTrx,
  workspaceId: string,
  options: { status?: EmailStatus | undefined; before?: string | undefined; limit: number },
) {
  let query = db
    .selectFrom('outbound_emails')
    .select([...listed, 'bounced_at'])
    .where('workspace_id', '=', workspaceId);
  if (options.status) query = query.where('status', '=', options.status);
  if (options.before) query = query.where('id', '<', options.before);
  return query.orderBy('id', 'desc').limit(options.limit).execute();
}

export async function findOutboundEmail(db: DbOrTrx, workspaceId: string, id: string) {
  return db
    .selectFrom('outbound_emails')
    .select([...listed, 'bounced_at', 'text', 'html', 'message_id'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The workspace's sent message with this Message-ID (a delivery report's subject, a reply's parent). */
export async function findOutboundByMessageId(db: DbOrTrx, workspaceId: string, messageId: string) {
  return db
    .selectFrom('outbound_emails')
    .select(['id', 'to', 'thread_id', 'status'])
    .where('workspace_id', '=', workspaceId)
    .where('message_id', '=', messageId)
    .executeTakeFirst();
}

export async function markEmailBounced(db: DbOrTrx, workspaceId: string, id: string, now: string) {
  await db
    .updateTable('outbound_emails')
    .set({ status: 'bounced', bounced_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function insertThread(
  db: DbOrTrx,
  thread: { workspaceId: string; id: string; token: string; subject: string; now: string },
) {
  await db
    .insertInto('email_threads')
    .values({
      workspace_id: thread.workspaceId,
      id: thread.id,
      token: thread.token,
      subject: thread.subject,
      created_at: thread.now,
    })
    .execute();
}

export async function findThread(db: DbOrTrx, workspaceId: string, by: { id: string } | { token: string }) {
  let query = db
    .selectFrom('email_threads')
    .select(['id', 'token', 'subject'])
    .where('workspace_id', '=', workspaceId);
  query = 'id' in by ? query.where('id', '=', by.id) : query.where('token', '=', by.token);
  return query.executeTakeFirst();
}

/** The language to write to an address in: the member's own, or the workspace's. */
export async function findRecipientLocale(db: DbOrTrx, workspaceId: string, address: string) {
  const member = await db
    .selectFrom('users')
    .innerJoin('memberships', 'memberships.user_id', 'users.id')
    .select('users.locale')
    .where('memberships.workspace_id', '=', workspaceId)
    .where('users.email', '=', address.toLowerCase())
    .executeTakeFirst();
  if (member) return member.locale;
  const workspace = await db
    .selectFrom('workspaces')
    .select('default_locale')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  return workspace?.default_locale ?? 'en';
}

export async function flagBouncedAddress(
  db: DbOrTrx,
  row: { workspaceId: string; address: string; reason: string; outboundEmailId: string | null; now: string },
) {
  await db
    .insertInto('bounced_addresses')
    .values({
      workspace_id: row.workspaceId,
      address: row.address,
      reason: row.reason,
      outbound_email_id: row.outboundEmailId,
      bounced_at: row.now,
    })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'address']).doUpdateSet({
        reason: row.reason,
        outbound_email_id: row.outboundEmailId,
        bounced_at: row.now,
      }),
    )
    .execute();
}

export async function findBouncedAddress(db: DbOrTrx, workspaceId: string, address: string) {
  return db
    .selectFrom('bounced_addresses')
    .select(['address', 'reason', 'bounced_at'])
    .where('workspace_id', '=', workspaceId)
    .where('address', '=', address.toLowerCase())
    .executeTakeFirst();
}
