import type { DbOrTrx } from '../../db/database.js';
import { enqueue } from '../../jobs/jobs.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { publicUrl } from '../../lib/public-url.js';
import { deliverEmailJob } from './mail.delivery.js';
import {
  findRecipientLocale,
  findThread,
  insertEmailAttachments,
  insertOutboundEmail,
  insertThread,
} from './mail.repository.js';
import { newThreadToken, subjectWithToken } from './mail.threading.js';

export interface OutgoingEmail {
  /** The workspace the message is sent for; null before one exists (sign-up). */
  workspaceId: string | null;
  to: string;
  locale: string;
  subject: string;
  text: string;
  html?: string | null;
  /** The conversation the message continues; a workspace's message starts a new one otherwise. */
  threadId?: string;
  /** Files of the workspace (rows of `files`) the message carries, such as a document's PDF. */
  attachmentFileIds?: readonly string[];
}

/** The host named in Message-IDs: the one people reach this server at. */
const messageIdHost = () => new URL(publicUrl('/')).hostname;

/**
 * Writes a message to the outbox and enqueues its delivery job, in the caller's transaction: it is
 * sent only if the command that wrote it commits. A workspace's message belongs to a thread whose
 * token goes at the end of the subject, so that replies find their way back.
 */
export async function queueEmail(db: DbOrTrx, message: OutgoingEmail): Promise<string> {
  const id = uuidv7();
  const now = nowIso();
  let subject = message.subject;
  let threadId: string | null = null;
  if (message.workspaceId) {
    const thread = message.threadId
      ? await findThread(db, message.workspaceId, { id: message.threadId })
      : undefined;
    const token = thread?.token ?? newThreadToken();
    threadId = thread?.id ?? uuidv7();
    if (!thread)
      await insertThread(db, { workspaceId: message.workspaceId, id: threadId, token, subject, now });
    subject = subjectWithToken(subject, token);
  }
  await insertOutboundEmail(db, {
    id,
    workspaceId: message.workspaceId,
    to: message.to,
    subject,
    text: message.text,
    html: message.html ?? null,
    locale: message.locale,
    messageId: `${id}@${messageIdHost()}`,
    threadId,
    now,
  });
  if (message.workspaceId && message.attachmentFileIds)
    await insertEmailAttachments(db, id, message.workspaceId, message.attachmentFileIds);
  await enqueue(db, deliverEmailJob, { emailId: id }, { workspaceId: message.workspaceId });
  return id;
}

/** The language to write to an address in: the member's own, else the workspace's default. */
export const recipientLocale = findRecipientLocale;
