import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { AddressObject, Attachment, ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import { uniqueViolationField, type Db, type DbOrTrx } from '../../db/database.js';
import { BlobTooLargeError, type FileStorage } from '../../files/file-store.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { builtInPermissions, type Actor } from '../../lib/permissions.js';
import { noteExcerpt, recordTimelineEvent } from '../timeline/timeline.writer.js';
import { readBounce, type BounceReport } from './mail.bounce.js';
import {
  findOutboundByMessageId,
  findThread,
  flagBouncedAddress,
  insertThread,
  markEmailBounced,
} from './mail.repository.js';
import { answeredMessageIds, bareMessageId, newThreadToken, tokenInSubject } from './mail.threading.js';
import {
  findPeopleByEmail,
  findThreadOfMessages,
  insertAttachment,
  insertEmailLinks,
  insertReceivedEmail,
  receivedEmailExists,
} from './received-emails.repository.js';

/** Email in the file store is kept under its own prefix per workspace (`mail-<workspace id>`). */
export const attachmentPrefix = (workspaceId: string) => `mail-${workspaceId}`;

/** The poller acts as the system: timeline events name no user. */
function systemActor(workspaceId: string): Actor {
  return {
    workspaceId,
    userId: null,
    apiKeyId: null,
    roleId: 'system',
    roleKey: null,
    permissions: builtInPermissions.viewer,
    teamUserIds: [],
  };
}

const addressesOf = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : [])
    .flatMap((group) => group.value)
    .flatMap((entry) => (entry.group ? entry.group : [entry]))
    .map((entry) => entry.address?.trim().toLowerCase())
    .filter((address): address is string => Boolean(address));

/** A Message-ID for a message that has none: the same bytes always get the same one. */
const syntheticMessageId = (raw: Buffer) =>
  `${createHash('sha256').update(raw).digest('hex')}@rapport.invalid`;

/** The thread a message belongs to: what it answers, else the token in its subject, else a new one. */
async function threadFor(trx: DbOrTrx, workspaceId: string, mail: ParsedMail, subject: string, now: string) {
  const answered = answeredMessageIds(mail.inReplyTo, mail.references);
  const byReference = await findThreadOfMessages(trx, workspaceId, answered);
  if (byReference) return byReference;
  const token = tokenInSubject(subject);
  const byToken = token ? await findThread(trx, workspaceId, { token }) : undefined;
  if (byToken) return byToken.id;
  const id = uuidv7();
  await insertThread(trx, { workspaceId, id, token: newThreadToken(), subject, now });
  return id;
}

interface StoredAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  key: string;
}

/** Stores the files a message carries; the status part of a bounce is read, not kept. */
async function storeAttachments(storage: FileStorage, workspaceId: string, attachments: Attachment[]) {
  const stored: StoredAttachment[] = [];
  for (const [index, attachment] of attachments.entries()) {
    if (attachment.contentType.toLowerCase().includes('delivery-status')) continue;
    try {
      const blob = await storage.store.put(Readable.from(attachment.content), {
        prefix: attachmentPrefix(workspaceId),
        maxBytes: storage.maxBytes,
      });
      stored.push({
        id: uuidv7(),
        name: (attachment.filename ?? '').trim() || `attachment-${index + 1}`,
        contentType: attachment.contentType,
        size: blob.size,
        sha256: blob.sha256,
        key: blob.key,
      });
    } catch (error) {
      // A file over the limit is left out; the message itself is still worth having.
      if (!(error instanceof BlobTooLargeError)) throw error;
    }
  }
  return stored;
}

/** The records an email belongs to: the people with its addresses, and their companies. */
async function linkedRecords(trx: DbOrTrx, workspaceId: string, addresses: string[]) {
  const people = await findPeopleByEmail(trx, workspaceId, addresses);
  const companies = [
    ...new Set(people.map((person) => person.company_id).filter((id): id is string => id !== null)),
  ];
  return [
    ...people.map((person) => ({ type: 'person', id: person.id })),
    ...companies.map((id) => ({ type: 'company', id })),
  ];
}

/** Marks the outgoing message a bounce reports on and flags each address that failed. */
async function applyBounce(trx: DbOrTrx, workspaceId: string, bounce: BounceReport, now: string) {
  const original = bounce.originalMessageId
    ? await findOutboundByMessageId(trx, workspaceId, bounce.originalMessageId)
    : undefined;
  if (original) await markEmailBounced(trx, workspaceId, original.id, now);
  for (const failed of bounce.failed)
    await flagBouncedAddress(trx, {
      workspaceId,
      address: failed.address,
      reason: [failed.status, failed.diagnostic].filter(Boolean).join(' ').slice(0, 1000),
      outboundEmailId: original?.id ?? null,
      now,
    });
  return original?.id ?? null;
}

export type ImportOutcome = 'imported' | 'duplicate';

/**
 * Imports one raw message of a mailbox: parsed, de-duplicated by Message-ID in the workspace, put in
 * its thread, its attachments stored, linked to the people (and their companies) whose addresses it
 * names and written to their timelines; a delivery-status report also marks the message it reports on
 * bounced. Safe to repeat: a message already imported is left alone.
 */
export async function importMessage(
  db: Db,
  storage: FileStorage,
  mailbox: { workspaceId: string; id: string },
  raw: Buffer,
): Promise<ImportOutcome> {
  const { workspaceId } = mailbox;
  const mail = await simpleParser(raw, { keepDeliveryStatus: true, skipImageLinks: true });
  const messageId = mail.messageId ? bareMessageId(mail.messageId) : syntheticMessageId(raw);
  if (await receivedEmailExists(db, workspaceId, messageId)) return 'duplicate';
  const attachments = await storeAttachments(storage, workspaceId, mail.attachments);
  const from = mail.from?.value[0];
  const fromAddress = from?.address?.trim().toLowerCase() ?? '';
  const to = addressesOf(mail.to);
  const cc = addressesOf(mail.cc);
  const subject = (mail.subject ?? '').trim();
  const text = (mail.text ?? '').trim();
  const bounce = readBounce(mail);
  try {
    await db.transaction().execute(async (trx) => {
      const now = nowIso();
      const id = uuidv7();
      const threadId = await threadFor(trx, workspaceId, mail, subject, now);
      const bounceOf = bounce ? await applyBounce(trx, workspaceId, bounce, now) : null;
      await insertReceivedEmail(trx, {
        workspace_id: workspaceId,
        id,
        mailbox_id: mailbox.id,
        message_id: messageId,
        thread_id: threadId,
        in_reply_to: mail.inReplyTo ? bareMessageId(mail.inReplyTo) : null,
        from_address: fromAddress,
        from_name: from?.name?.trim() || null,
        to_addresses: to,
        cc_addresses: cc,
        subject,
        text,
        sent_at: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : null,
        received_at: now,
        bounce_of: bounceOf,
      });
      for (const file of attachments)
        await insertAttachment(trx, {
          workspace_id: workspaceId,
          id: file.id,
          email_id: id,
          name: file.name,
          content_type: file.contentType,
          size: file.size,
          sha256: file.sha256,
          storage_key: file.key,
        });
      // A bounce is about our own message, not a conversation with the reporting server's address.
      const records = bounce
        ? []
        : await linkedRecords(trx, workspaceId, [...new Set([fromAddress, ...to, ...cc])]);
      await insertEmailLinks(trx, workspaceId, id, records);
      const data = {
        direction: 'in' as const,
        emailId: id,
        subject,
        from: fromAddress,
        to,
        excerpt: noteExcerpt(text),
        attachments: attachments.length,
        bounce: bounce !== null,
      };
      for (const record of records)
        await recordTimelineEvent(trx, systemActor(workspaceId), {
          record,
          kind: 'email',
          ref: { type: 'email', id, ownerId: null },
          data,
        });
    });
  } catch (error) {
    for (const file of attachments) await storage.store.delete(file.key);
    // Another node imported the same message (the same one in two folders) a moment earlier.
    if (uniqueViolationField(error) !== null) return 'duplicate';
    throw error;
  }
  return 'imported';
}
