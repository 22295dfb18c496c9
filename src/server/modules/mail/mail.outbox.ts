import type { DbOrTrx } from '../../db/database.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { insertOutboundEmail } from './mail.repository.js';

export interface OutgoingEmail {
  /** The workspace the message is sent for; null before one exists (sign-up). */
  workspaceId: string | null;
  to: string;
  locale: string;
  subject: string;
  text: string;
  html?: string | null;
}

/**
 * Writes a message to the outbox, in the caller's transaction: it is sent only if the command that
 * wrote it commits. Call `deliverPending` (or `deliverInBackground`) after the commit.
 */
export async function queueEmail(db: DbOrTrx, message: OutgoingEmail): Promise<string> {
  const id = uuidv7();
  await insertOutboundEmail(db, {
    id,
    workspaceId: message.workspaceId,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html ?? null,
    locale: message.locale,
    now: nowIso(),
  });
  return id;
}
