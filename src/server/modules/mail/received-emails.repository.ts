import { sql, type Insertable } from 'kysely';
import { isPostgres, readJson, writeJson, type DbOrTrx } from '../../db/database.js';
import type { EmailAttachmentTable, ReceivedEmailTable } from '../../db/schema.js';

export type ReceivedEmailRow = Omit<ReceivedEmailTable, 'to_addresses' | 'cc_addresses'> & {
  to_addresses: string[];
  cc_addresses: string[];
};

export async function insertReceivedEmail(db: DbOrTrx, row: ReceivedEmailRow) {
  await db
    .insertInto('received_emails')
    .values({ ...row, to_addresses: writeJson(row.to_addresses), cc_addresses: writeJson(row.cc_addresses) })
    .execute();
}

export async function findReceivedEmail(db: DbOrTrx, workspaceId: string, id: string) {
  const row = await db
    .selectFrom('received_emails')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    row && {
      ...row,
      to_addresses: readJson<string[]>(row.to_addresses, []),
      cc_addresses: readJson<string[]>(row.cc_addresses, []),
    }
  );
}

export async function receivedEmailExists(db: DbOrTrx, workspaceId: string, messageId: string) {
  const row = await db
    .selectFrom('received_emails')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The thread of the first of these message ids the workspace knows, received or sent. */
export async function findThreadOfMessages(db: DbOrTrx, workspaceId: string, messageIds: string[]) {
  if (messageIds.length === 0) return null;
  const received = await db
    .selectFrom('received_emails')
    .select(['message_id', 'thread_id'])
    .where('workspace_id', '=', workspaceId)
    .where('message_id', 'in', messageIds)
    .execute();
  const sent = await db
    .selectFrom('outbound_emails')
    .select(['message_id', 'thread_id'])
    .where('workspace_id', '=', workspaceId)
    .where('message_id', 'in', messageIds)
    .where('thread_id', 'is not', null)
    .execute();
  const threads = new Map([...received, ...sent].map((row) => [row.message_id, row.thread_id]));
  for (const id of messageIds) {
    const thread = threads.get(id);
    if (thread) return thread;
  }
  return null;
}

export async function insertAttachment(db: DbOrTrx, row: Insertable<EmailAttachmentTable>) {
  await db.insertInto('email_attachments').values(row).execute();
}

export async function listAttachments(db: DbOrTrx, workspaceId: string, emailId: string) {
  return db
    .selectFrom('email_attachments')
    .select(['id', 'name', 'content_type', 'size', 'sha256', 'storage_key'])
    .where('workspace_id', '=', workspaceId)
    .where('email_id', '=', emailId)
    .orderBy('id')
    .execute();
}

export async function insertEmailLinks(
  db: DbOrTrx,
  workspaceId: string,
  emailId: string,
  records: { type: string; id: string }[],
) {
  if (records.length === 0) return;
  await db
    .insertInto('email_links')
    .values(
      records.map((r) => ({
        workspace_id: workspaceId,
        email_id: emailId,
        record_type: r.type,
        record_id: r.id,
      })),
    )
    .execute();
}

/**
 * Moves the received emails linked to one record to another of the same type (a record merged into
 * another); an email linked to both keeps one link.
 */
export async function moveEmailLinks(
  db: DbOrTrx,
  workspaceId: string,
  recordType: string,
  fromId: string,
  toId: string,
) {
  const linkedToBoth = db
    .selectFrom('email_links as kept')
    .select('kept.email_id')
    .where('kept.workspace_id', '=', workspaceId)
    .where('kept.record_type', '=', recordType)
    .where('kept.record_id', '=', toId);
  await db
    .deleteFrom('email_links')
    .where('workspace_id', '=', workspaceId)
    .where('record_type', '=', recordType)
    .where('record_id', '=', fromId)
    .where('email_id', 'in', linkedToBoth)
    .execute();
  await db
    .updateTable('email_links')
    .set({ record_id: toId })
    .where('workspace_id', '=', workspaceId)
    .where('record_type', '=', recordType)
    .where('record_id', '=', fromId)
    .execute();
}

export async function listEmailLinks(db: DbOrTrx, workspaceId: string, emailId: string) {
  return db
    .selectFrom('email_links')
    .select(['record_type', 'record_id'])
    .where('workspace_id', '=', workspaceId)
    .where('email_id', '=', emailId)
    .execute();
}

/**
 * Live people of the workspace with any of these addresses, with their owner and company. The primary
 * address is read through its index; other addresses from the `emails` list.
 */
export async function findPeopleByEmail(db: DbOrTrx, workspaceId: string, addresses: string[]) {
  if (addresses.length === 0) return [];
  const anyAddress = isPostgres(db)
    ? sql<boolean>`exists (select 1 from jsonb_array_elements(people.emails) e where e->>'email' in (${sql.join(addresses)}))`
    : sql<boolean>`exists (select 1 from json_each(people.emails) e where json_extract(e.value, '$.email') in (${sql.join(addresses)}))`;
  return db
    .selectFrom('people')
    .select(['id', 'owner_id', 'company_id'])
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', 'is', null)
    .where((eb) => eb.or([eb('primary_email', 'in', addresses), anyAddress]))
    .limit(50)
    .execute();
}
