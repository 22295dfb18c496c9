import type { Db } from '../../db/database.js';
import { BlobNotFoundError, type FileStorage } from '../../files/file-store.js';
import { notFound } from '../../lib/errors.js';
import { inScope, scopeFor, type Actor } from '../../lib/permissions.js';
import { findRecord } from '../../records/record-store.js';
import { recordTypeOf } from '../../records/registry.js';
import { findThread } from './mail.repository.js';
import type { ReceivedEmail } from './mailboxes.schemas.js';
import { findReceivedEmail, listAttachments, listEmailLinks } from './received-emails.repository.js';

/**
 * A received email is read by the workspace's admins (who manage its mailboxes) and by whoever may
 * read one of the records it is linked to; to everyone else it does not exist (404).
 */
async function mayRead(db: Db, actor: Actor, links: { record_type: string; record_id: string }[]) {
  if (scopeFor(actor, 'admin', 'read') === 'all') return true;
  for (const link of links) {
    const type = recordTypeOf(link.record_type);
    const scope = scopeFor(actor, type.table, 'read');
    if (scope === 'none') continue;
    if (scope === 'all') return true;
    const record = await findRecord(db, type, actor.workspaceId, link.record_id);
    if (record && inScope(actor, scope, record.ownerId)) return true;
  }
  return false;
}

async function loadEmail(db: Db, actor: Actor, id: string) {
  const email = await findReceivedEmail(db, actor.workspaceId, id);
  const links = email ? await listEmailLinks(db, actor.workspaceId, id) : [];
  if (!email || !(await mayRead(db, actor, links))) throw notFound('Email');
  return { email, links };
}

export async function getReceivedEmail(db: Db, actor: Actor, id: string): Promise<ReceivedEmail> {
  const { email, links } = await loadEmail(db, actor, id);
  const attachments = await listAttachments(db, actor.workspaceId, id);
  const thread = await findThread(db, actor.workspaceId, { id: email.thread_id });
  return {
    id: email.id,
    mailboxId: email.mailbox_id,
    messageId: email.message_id,
    threadId: email.thread_id,
    threadToken: thread?.token ?? null,
    inReplyTo: email.in_reply_to,
    from: { address: email.from_address, name: email.from_name },
    to: email.to_addresses,
    cc: email.cc_addresses,
    subject: email.subject,
    text: email.text,
    sentAt: email.sent_at,
    receivedAt: email.received_at,
    bounceOf: email.bounce_of,
    attachments: attachments.map((file) => ({
      id: file.id,
      name: file.name,
      contentType: file.content_type,
      size: Number(file.size),
      sha256: file.sha256,
    })),
    records: links.map((link) => ({ type: link.record_type, id: link.record_id })),
  };
}

/** An attachment and its content, to be streamed to the reader. */
export async function openAttachment(
  db: Db,
  storage: FileStorage,
  actor: Actor,
  id: string,
  attachmentId: string,
) {
  await loadEmail(db, actor, id);
  const file = (await listAttachments(db, actor.workspaceId, id)).find((a) => a.id === attachmentId);
  if (!file) throw notFound('Attachment');
  try {
    return { file, content: await storage.store.open(file.storage_key) };
  } catch (error) {
    if (error instanceof BlobNotFoundError) throw notFound('Attachment content');
    throw error;
  }
}
