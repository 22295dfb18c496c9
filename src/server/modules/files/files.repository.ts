import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import type { FileInfo } from './files.schemas.js';

export const FILE_ENTITY = 'file';

/** A file as stored: what the API shows, and where its content is. */
export type StoredFile = FileInfo & { storageKey: string; deletedAt: string | null };

interface FileRow {
  id: string;
  record_type: string;
  record_id: string;
  name: string;
  content_type: string;
  size: number | string;
  sha256: string;
  storage_key: string;
  created_by: string | null;
  created_by_name: string | null;
  created_at: string;
  deleted_at: string | null;
}

function toFile(row: FileRow): StoredFile {
  return {
    id: row.id,
    recordType: row.record_type,
    recordId: row.record_id,
    name: row.name,
    contentType: row.content_type,
    size: Number(row.size),
    sha256: row.sha256,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    storageKey: row.storage_key,
    deletedAt: row.deleted_at,
  };
}

/** The API's view of a stored file. */
export const toFileInfo = ({ storageKey: _key, deletedAt: _deleted, ...file }: StoredFile): FileInfo => file;

function selectFiles(db: DbOrTrx, workspaceId: string) {
  return db
    .selectFrom('files')
    .leftJoin('users', 'users.id', 'files.created_by')
    .select([
      'files.id',
      'files.record_type',
      'files.record_id',
      'files.name',
      'files.content_type',
      'files.size',
      'files.sha256',
      'files.storage_key',
      'files.created_by',
      'users.name as created_by_name',
      'files.created_at',
      'files.deleted_at',
    ])
    .where('files.workspace_id', '=', workspaceId);
}

/** A file that has not been deleted. */
export async function findFile(db: DbOrTrx, workspaceId: string, id: string) {
  const row = await selectFiles(db, workspaceId)
    .where('files.id', '=', id)
    .where('files.deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? toFile(row) : undefined;
}

/** The live files of one record, newest first (ids are UUIDv7: id order is upload order). */
export async function listFilesOf(
  db: DbOrTrx,
  workspaceId: string,
  options: { recordType: string; recordId: string; before?: string | undefined; limit: number },
) {
  let query = selectFiles(db, workspaceId)
    .where('files.record_type', '=', options.recordType)
    .where('files.record_id', '=', options.recordId)
    .where('files.deleted_at', 'is', null);
  if (options.before) query = query.where('files.id', '<', options.before);
  const rows = await query.orderBy('files.id', 'desc').limit(options.limit).execute();
  return rows.map(toFile);
}

export async function insertFile(db: DbOrTrx, workspaceId: string, file: StoredFile) {
  await db
    .insertInto('files')
    .values({
      workspace_id: workspaceId,
      id: file.id,
      record_type: file.recordType,
      record_id: file.recordId,
      name: file.name,
      content_type: file.contentType,
      size: file.size,
      sha256: file.sha256,
      storage_key: file.storageKey,
      created_by: file.createdBy,
      created_at: file.createdAt,
      deleted_at: null,
    })
    .execute();
}

/** Marks a file deleted; its content stays until housekeeping removes it. False when it already was. */
export async function markFileDeleted(db: DbOrTrx, workspaceId: string, id: string, deletedAt: string) {
  const result = await db
    .updateTable('files')
    .set({ deleted_at: deletedAt })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Which of these storage keys of a workspace have a row (deleted or not). */
export async function findStorageKeys(db: DbOrTrx, workspaceId: string, keys: string[]) {
  if (keys.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('files')
    .select('storage_key')
    .where('workspace_id', '=', workspaceId)
    .where('storage_key', 'in', keys)
    .execute();
  return new Set(rows.map((row) => row.storage_key));
}

/** Removes rows of files deleted before `cutoff`, a batch at a time; returns their storage keys. */
export async function purgeDeletedFiles(db: DbOrTrx, cutoff: string, limit: number) {
  const rows = await db
    .deleteFrom('files')
    .where((eb) =>
      eb(
        sql.raw('(workspace_id, id)'),
        'in',
        eb.selectFrom('files').select(['workspace_id', 'id']).where('deleted_at', '<', cutoff).limit(limit),
      ),
    )
    .returning('storage_key')
    .execute();
  return rows.map((row) => row.storage_key);
}

/**
 * Removes rows of files whose record is gone for good (purged from the trash, or its table's row
 * deleted otherwise), a batch at a time; returns their storage keys. `table` comes from the record
 * registry, never from a request.
 */
export async function purgeFilesOfMissingRecords(
  db: DbOrTrx,
  recordType: string,
  table: string,
  limit: number,
) {
  const missing = sql<boolean>`not exists (select 1 from ${sql.table(table)} r where r.workspace_id = files.workspace_id and r.id = files.record_id)`;
  const rows = await db
    .deleteFrom('files')
    .where((eb) =>
      eb(
        sql.raw('(workspace_id, id)'),
        'in',
        eb
          .selectFrom('files')
          .select(['workspace_id', 'id'])
          .where('record_type', '=', recordType)
          .where(missing)
          .limit(limit),
      ),
    )
    .returning('storage_key')
    .execute();
  return rows.map((row) => row.storage_key);
}

/** Moves every file of one record, deleted ones included, to another (a record merged into another). */
export async function moveFiles(
  db: DbOrTrx,
  workspaceId: string,
  recordType: string,
  fromId: string,
  toId: string,
) {
  await db
    .updateTable('files')
    .set({ record_id: toId })
    .where('workspace_id', '=', workspaceId)
    .where('record_type', '=', recordType)
    .where('record_id', '=', fromId)
    .execute();
}
