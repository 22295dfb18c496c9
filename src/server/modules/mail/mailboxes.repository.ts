import { sql, type Insertable, type Updateable } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import type { MailboxTable } from '../../db/schema.js';
import type { Mailbox } from './mailboxes.schemas.js';

export type MailboxRow = Omit<MailboxTable, 'tls' | 'enabled' | 'last_uid' | 'imported_count'> & {
  tls: number | boolean;
  enabled: number | boolean;
  last_uid: number | string;
  imported_count: number | string;
};

export function toMailbox(row: MailboxRow): Mailbox {
  return {
    id: row.id,
    name: row.name,
    host: row.host,
    port: row.port,
    tls: Boolean(row.tls),
    username: row.username,
    folder: row.folder,
    enabled: Boolean(row.enabled),
    status: !row.enabled ? 'paused' : row.last_error ? 'error' : row.last_polled_at ? 'ok' : 'new',
    lastPolledAt: row.last_polled_at,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
    importedCount: Number(row.imported_count),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listMailboxRows(db: DbOrTrx, workspaceId: string) {
  return db
    .selectFrom('mailboxes')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .limit(200)
    .execute();
}

export async function findMailbox(db: DbOrTrx, workspaceId: string, id: string) {
  return db
    .selectFrom('mailboxes')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertMailbox(db: DbOrTrx, row: Insertable<MailboxTable>) {
  await db.insertInto('mailboxes').values(row).execute();
}

export async function updateMailbox(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  changes: Omit<Updateable<MailboxTable>, 'workspace_id' | 'id'>,
) {
  await db
    .updateTable('mailboxes')
    .set(changes)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deleteMailbox(db: DbOrTrx, workspaceId: string, id: string) {
  const result = await db
    .deleteFrom('mailboxes')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Every enabled mailbox of every workspace, for the poller. */
export async function listEnabledMailboxes(db: DbOrTrx) {
  return db
    .selectFrom('mailboxes')
    .select(['workspace_id', 'id'])
    .where('enabled', '=', 1 as never)
    .execute();
}

/**
 * Moves a mailbox's bookkeeping forward after messages up to `lastUid` were imported under
 * `uidValidity`. Conditional on the state the poll started from, so a poll that overlapped another
 * (it should not: one job per mailbox) cannot move it backwards.
 */
export async function advanceMailbox(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  move: { uidValidity: string; lastUid: number; imported: number; now: string },
) {
  await db
    .updateTable('mailboxes')
    .set({
      uid_validity: move.uidValidity,
      last_uid: move.lastUid,
      imported_count: sql<number>`imported_count + ${move.imported}`,
      last_polled_at: move.now,
      last_error: null,
      last_error_at: null,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function recordMailboxError(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  error: string,
  now: string,
) {
  await updateMailbox(db, workspaceId, id, { last_error: error, last_error_at: now, last_polled_at: now });
}
