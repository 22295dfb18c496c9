import type { Selectable } from 'kysely';
import { forUpdate, readJson, writeJson, type DbOrTrx } from '../../db/database.js';
import type { ImportTable } from '../../db/schema.js';
import type { SourceInfo } from './import-source.js';
import type { ImportStatus } from './imports.schemas.js';

export const IMPORT_ENTITY = 'import';

/** An import as stored. */
export interface StoredImport extends SourceInfo {
  id: string;
  recordType: string;
  fileId: string;
  fileName: string;
  fileSize: number;
  status: ImportStatus;
  mapping: Record<string, string | null>;
  dedupeOn: string[];
  mode: 'create' | 'update' | 'upsert';
  position: number;
  rowNumber: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  error: string | null;
  jobId: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

function toImport(row: Selectable<ImportTable>): StoredImport {
  return {
    id: row.id,
    recordType: row.record_type,
    fileId: row.file_id,
    fileName: row.file_name,
    fileSize: Number(row.file_size),
    format: row.format as StoredImport['format'],
    encoding: row.encoding as StoredImport['encoding'],
    delimiter: row.delimiter,
    headers: readJson<string[]>(row.headers, []),
    dataOffset: Number(row.data_offset),
    status: row.status as ImportStatus,
    mapping: readJson<Record<string, string | null>>(row.mapping, {}),
    dedupeOn: readJson<string[]>(row.dedupe_on, []),
    mode: row.mode as StoredImport['mode'],
    position: Number(row.position),
    rowNumber: Number(row.row_number),
    created: Number(row.created_count),
    updated: Number(row.updated_count),
    skipped: Number(row.skipped_count),
    failed: Number(row.failed_count),
    error: row.error,
    jobId: row.job_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

export async function insertImport(db: DbOrTrx, workspaceId: string, item: StoredImport) {
  await db
    .insertInto('imports')
    .values({
      workspace_id: workspaceId,
      id: item.id,
      record_type: item.recordType,
      file_id: item.fileId,
      file_name: item.fileName,
      file_size: item.fileSize,
      format: item.format,
      encoding: item.encoding,
      delimiter: item.delimiter,
      headers: writeJson(item.headers),
      data_offset: item.dataOffset,
      status: item.status,
      mapping: writeJson(item.mapping),
      dedupe_on: writeJson(item.dedupeOn),
      mode: item.mode,
      position: item.position,
      row_number: item.rowNumber,
      created_count: 0,
      updated_count: 0,
      skipped_count: 0,
      failed_count: 0,
      error: null,
      job_id: item.jobId,
      created_by: item.createdBy,
      created_at: item.createdAt,
      updated_at: item.updatedAt,
      started_at: null,
      finished_at: null,
    })
    .execute();
}

/** One import; `lock` holds its row until the caller's transaction ends. */
export async function findImport(db: DbOrTrx, workspaceId: string, id: string, lock = false) {
  const query = db
    .selectFrom('imports')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id);
  const row = await (lock ? forUpdate(db, query) : query).executeTakeFirst();
  return row ? toImport(row) : undefined;
}

export async function listImportRows(
  db: DbOrTrx,
  workspaceId: string,
  options: {
    recordType?: string | undefined;
    createdBy: string | null;
    before?: string | undefined;
    limit: number;
  },
) {
  let query = db.selectFrom('imports').selectAll().where('workspace_id', '=', workspaceId);
  if (options.recordType) query = query.where('record_type', '=', options.recordType);
  if (options.createdBy) query = query.where('created_by', '=', options.createdBy);
  if (options.before) query = query.where('id', '<', options.before);
  return (await query.orderBy('id', 'desc').limit(options.limit).execute()).map(toImport);
}

/** Writes what changed of an import: settings, status, progress and counts. */
export async function updateImport(db: DbOrTrx, workspaceId: string, item: StoredImport) {
  await db
    .updateTable('imports')
    .set({
      status: item.status,
      mapping: writeJson(item.mapping),
      dedupe_on: writeJson(item.dedupeOn),
      mode: item.mode,
      position: item.position,
      row_number: item.rowNumber,
      created_count: item.created,
      updated_count: item.updated,
      skipped_count: item.skipped,
      failed_count: item.failed,
      error: item.error,
      job_id: item.jobId,
      updated_at: item.updatedAt,
      started_at: item.startedAt,
      finished_at: item.finishedAt,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', item.id)
    .execute();
}

export interface ImportErrorRow {
  row: number;
  column: string | null;
  message: string;
}

export async function insertImportErrors(
  db: DbOrTrx,
  workspaceId: string,
  importId: string,
  errors: ImportErrorRow[],
) {
  const seq = new Map<number, number>();
  const rows = errors.map((error) => {
    const n = (seq.get(error.row) ?? 0) + 1;
    seq.set(error.row, n);
    return {
      workspace_id: workspaceId,
      import_id: importId,
      row_number: error.row,
      seq: n,
      column_name: error.column,
      message: error.message.slice(0, 1000),
    };
  });
  for (let start = 0; start < rows.length; start += 500)
    await db
      .insertInto('import_errors')
      .values(rows.slice(start, start + 500))
      .execute();
}

/** A page of an import's errors in row order, after a (row, seq) position. */
export async function listImportErrors(
  db: DbOrTrx,
  workspaceId: string,
  importId: string,
  after: { row: number; seq: number } | null,
  limit: number,
) {
  let query = db
    .selectFrom('import_errors')
    .select(['row_number', 'seq', 'column_name', 'message'])
    .where('workspace_id', '=', workspaceId)
    .where('import_id', '=', importId);
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('row_number', '>', after.row),
        eb.and([eb('row_number', '=', after.row), eb('seq', '>', after.seq)]),
      ]),
    );
  return query.orderBy('row_number').orderBy('seq').limit(limit).execute();
}
