import type { Readable } from 'node:stream';
import type { Db } from '../../db/database.js';
import { BlobNotFoundError, BlobTooLargeError, type FileStorage } from '../../files/file-store.js';
import { readHead } from '../../files/read-head.js';
import { AppError, invalid, notFound } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { authorize, authorizeRecord, type Actor } from '../../lib/permissions.js';
import { findRecord, findRecordState } from '../../records/record-store.js';
import type { RecordType } from '../../records/record-type.js';
import { RECORD_TYPES, recordTypeOf } from '../../records/registry.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import {
  FILE_ENTITY,
  findFile,
  insertFile,
  listFilesOf,
  markFileDeleted,
  toFileInfo,
  type StoredFile,
} from './files.repository.js';
import { cleanFileName } from './files.names.js';
import type { FileListQuery } from './files.schemas.js';
import { SNIFF_BYTES, sniffContentType } from './files.sniff.js';

/**
 * A file belongs to one record, and the record's permissions are the file's: reading a file takes
 * read permission on its record (within the role's own/team scope), uploading and deleting take
 * update permission. Files of another workspace do not exist (404).
 */

/** A file part of a request as it arrives: its name and declared type, and its content as a stream. */
export interface Upload {
  filename: string;
  mimetype: string | null;
  content: Readable;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The record a file belongs to, once the actor may do `action` on it; 404 outside the workspace. */
async function owningRecord(db: Db, actor: Actor, type: RecordType, id: string, action: 'read' | 'update') {
  authorize(actor, type.table, action);
  const record = await findRecord(db, type, actor.workspaceId, id);
  if (!record) throw notFound(capitalized(type.names.singular));
  authorizeRecord(actor, type.table, action, record.ownerId);
  return record;
}

/** A live file of the workspace, once the actor may do `action` on its record. */
async function loadFile(db: Db, actor: Actor, id: string, action: 'read' | 'update') {
  const file = await findFile(db, actor.workspaceId, id);
  // Files that belong to no record (an import's upload, see modules/imports) are not reached here.
  if (!file || !RECORD_TYPES.some((type) => type.entity === file.recordType)) throw notFound('File');
  const record = await owningRecord(db, actor, recordTypeOf(file.recordType), file.recordId, action);
  return { file, record };
}

export async function listFiles(
  db: Db,
  actor: Actor,
  type: RecordType,
  recordId: string,
  query: FileListQuery,
) {
  await owningRecord(db, actor, type, recordId, 'read');
  const rows = await listFilesOf(db, actor.workspaceId, {
    recordType: type.entity,
    recordId,
    before: query.cursor,
    limit: query.limit + 1,
  });
  const data = rows.slice(0, query.limit).map(toFileInfo);
  return { data, nextCursor: rows.length > query.limit ? data[data.length - 1]!.id : null };
}

export async function getFile(db: Db, actor: Actor, id: string) {
  return toFileInfo((await loadFile(db, actor, id, 'read')).file);
}

/** The file and its content, to be streamed to the reader. */
export async function openFileContent(db: Db, storage: FileStorage, actor: Actor, id: string) {
  const { file } = await loadFile(db, actor, id, 'read');
  try {
    return { file: toFileInfo(file), content: await storage.store.open(file.storageKey) };
  } catch (error) {
    if (error instanceof BlobNotFoundError) throw notFound('File content');
    throw error;
  }
}

/** Reads and drops the rest of a refused upload, so the request can finish. */
function discard(content: Readable) {
  content.on('error', () => undefined).resume();
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Stores a file on a record. The record and the actor's right to change it are checked before a byte
 * is read; the content's type is read from its first bytes; the content is stored (never more than
 * the limit), then its row is written with its audit entry in one transaction. When anything fails
 * after the content was stored, the content is removed again.
 */
export async function uploadFile(
  db: Db,
  storage: FileStorage,
  actor: Actor,
  type: RecordType,
  recordId: string,
  nextUpload: () => Promise<Upload | null>,
) {
  const record = await owningRecord(db, actor, type, recordId, 'update');
  if (record.deletedAt) throw invalid('id', `the ${type.names.singular} is in the trash; restore it first`);
  const upload = await nextUpload();
  if (!upload)
    throw invalid('file', 'is required: send the file as multipart/form-data in a part named "file"');
  const name = cleanFileName(upload.filename);
  if (!name) {
    discard(upload.content);
    throw invalid('file', 'needs a file name');
  }
  const { head, content } = await readHead(upload.content, SNIFF_BYTES);
  const sniffed = sniffContentType({ head, name, declaredType: upload.mimetype });
  if (!sniffed.ok) {
    discard(content);
    throw invalid('file', sniffed.message);
  }
  const blob = await storage.store
    .put(content, { prefix: actor.workspaceId, maxBytes: storage.maxBytes })
    .catch((error: unknown) => {
      if (error instanceof BlobTooLargeError)
        throw new AppError('too_large', `file: is larger than the limit of ${megabytes(storage.maxBytes)}`, [
          { field: 'file', message: `is larger than the limit of ${megabytes(storage.maxBytes)}` },
        ]);
      throw error;
    });
  const file: StoredFile = {
    id: uuidv7(),
    recordType: type.entity,
    recordId,
    name,
    contentType: sniffed.contentType,
    size: blob.size,
    sha256: blob.sha256,
    createdBy: actor.userId,
    createdByName: null,
    createdAt: nowIso(),
    storageKey: blob.key,
    deletedAt: null,
  };
  try {
    await db.transaction().execute(async (trx) => {
      // The record may have gone to the trash while the content arrived.
      const state = await findRecordState(trx, type, actor.workspaceId, recordId);
      if (!state) throw notFound(capitalized(type.names.singular));
      if (state.trashed) throw invalid('id', `the ${type.names.singular} is in the trash; restore it first`);
      await insertFile(trx, actor.workspaceId, file);
      await recordAudit(trx, actor, FILE_ENTITY, file.id, 'create', diffRecords(null, audited(file)));
    });
  } catch (error) {
    await storage.store.delete(blob.key);
    throw error;
  }
  return toFileInfo((await findFile(db, actor.workspaceId, file.id))!);
}

/** What the audit log keeps of a file: what it is and where it belongs, not where it is stored. */
const audited = (file: StoredFile) => {
  const { createdByName: _name, ...info } = toFileInfo(file);
  return info;
};

/**
 * Deletes a file: it leaves its record's list at once; its content is removed by housekeeping after
 * the retention period (see files.cleanup.ts).
 */
export async function deleteFile(db: Db, actor: Actor, id: string) {
  const { file, record } = await loadFile(db, actor, id, 'update');
  const type = recordTypeOf(file.recordType);
  if (record.deletedAt) throw invalid('id', `the ${type.names.singular} is in the trash; restore it first`);
  await db.transaction().execute(async (trx) => {
    if (!(await markFileDeleted(trx, actor.workspaceId, id, nowIso()))) return;
    await recordAudit(trx, actor, FILE_ENTITY, id, 'delete', diffRecords(audited(file), null));
  });
}
