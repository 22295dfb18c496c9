import type { Readable } from 'node:stream';
import type { Db, DbOrTrx } from '../../db/database.js';
import { BlobTooLargeError, type FileStorage, type StoredBlob } from '../../files/file-store.js';
import { readHead } from '../../files/read-head.js';
import { enqueue } from '../../jobs/jobs.js';
import { AppError, invalid, notFound } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { actorId, authorize, scopeFor, type Actor } from '../../lib/permissions.js';
import { applyBatch, keyCandidates, type RowOutcome } from '../../records/record-batch.js';
import { hiddenFields, present } from '../../records/record-service.js';
import { recordColumns } from '../../records/record-text.js';
import type { RecordType } from '../../records/record-type.js';
import { RECORD_TYPES, recordTypeOf } from '../../records/registry.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { listCustomFields } from '../custom-fields/custom-fields.repository.js';
import { findFile, insertFile } from '../files/files.repository.js';
import { cleanFileName } from '../files/files.names.js';
import { csvLine, UTF8_BOM } from '../exports/csv-writer.js';
import { checkMapping, importableColumns, suggestMapping } from './import-mapping.js';
import { problemsOf } from './import-rows.js';
import { detectSource, HEAD_BYTES, readRows, type SourceInfo } from './import-source.js';
import {
  findImport,
  IMPORT_ENTITY,
  insertImport,
  listImportErrors,
  listImportRows,
  updateImport,
  type StoredImport,
} from './imports.repository.js';
import { importJobDefinition, importOutcome, importReader, readBatch } from './imports.runner.js';
import type { Import, ImportChange } from './imports.schemas.js';

/**
 * Imports of records from CSV or vCard files. An upload is stored in the file store, checked whole
 * (a malformed file is refused before anything is written) and becomes a draft with a suggested
 * mapping; once started, a durable job writes it a batch at a time (imports.runner.ts). An import is
 * seen by whoever started it and by roles that may change every record of its type.
 */

/** The largest file an import accepts: `IMPORT_MAX_BYTES`, 2 GB unless set. */
export function importMaxBytes(value = process.env.IMPORT_MAX_BYTES): number {
  const bytes = Number(value);
  return value && Number.isSafeInteger(bytes) && bytes > 0 ? bytes : 2 * 1024 ** 3;
}

export type UploadPart =
  | { type: 'file'; fieldname: string; filename: string; file: Readable }
  | { type: 'field'; fieldname: string; value: unknown };

function typeOfObject(object: string): RecordType {
  const type = RECORD_TYPES.find((t) => t.table === object || t.entity === object);
  if (!type) throw invalid('object', `must be one of: ${RECORD_TYPES.map((t) => t.table).join(', ')}`);
  return type;
}

async function present_(db: Db, actor: Actor, item: StoredImport): Promise<Import> {
  const type = recordTypeOf(item.recordType);
  const customFields = await listCustomFields(db, actor.workspaceId, type.entity);
  const hidden = hiddenFields(actor, type);
  const fields = importableColumns(recordColumns(type, customFields)).filter(
    (column) => column.custom || !hidden.has(column.field),
  );
  const size = Math.max(1, item.fileSize - item.dataOffset);
  const done = item.status === 'done' ? 1 : Math.max(0, item.position - item.dataOffset) / size;
  return {
    id: item.id,
    object: item.recordType,
    status: item.status,
    fileName: item.fileName,
    fileSize: item.fileSize,
    format: item.format,
    encoding: item.encoding,
    delimiter: item.delimiter,
    headers: item.headers,
    mapping: item.mapping,
    dedupeOn: item.dedupeOn,
    mode: item.mode,
    processed: item.rowNumber,
    created: item.created,
    updated: item.updated,
    skipped: item.skipped,
    failed: item.failed,
    progress: Math.min(1, done),
    error: item.error,
    fields: fields.map((column) => ({ name: column.name, kind: column.kind })),
    keys: keyCandidates(type, customFields),
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    startedAt: item.startedAt,
    finishedAt: item.finishedAt,
  };
}

/** Stores the file part and collects the fields; the stored content is removed again on failure. */
async function receive(storage: FileStorage, actor: Actor, parts: AsyncIterable<UploadPart>) {
  const fields: Record<string, string> = {};
  let blob: StoredBlob | null = null;
  let fileName = '';
  try {
    for await (const part of parts) {
      if (part.type === 'field') {
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : '';
        continue;
      }
      if (part.fieldname !== 'file' || blob) {
        part.file.resume();
        throw invalid('file', `send one file, in a part named "file"`);
      }
      fileName = cleanFileName(part.filename) || 'import.csv';
      blob = await storage.store
        .put(part.file, { prefix: actor.workspaceId, maxBytes: importMaxBytes() })
        .catch((error: unknown) => {
          if (error instanceof BlobTooLargeError)
            throw new AppError('too_large', 'file: is larger than an import accepts', [
              { field: 'file', message: `is larger than ${importMaxBytes()} bytes` },
            ]);
          throw error;
        });
    }
  } catch (error) {
    if (blob) await storage.store.delete(blob.key);
    if (error instanceof AppError) throw error;
    throw invalid('file', `is not a readable multipart/form-data body (${(error as Error).message})`);
  }
  if (!blob)
    throw invalid('file', 'is required: send the file as multipart/form-data in a part named "file"');
  return { fields, blob, fileName };
}

/** What the file is, after reading it through once: a malformed file is refused whole. */
async function inspect(storage: FileStorage, blob: StoredBlob): Promise<SourceInfo> {
  const start = await storage.store.open(blob.key);
  const { head } = await readHead(start, HEAD_BYTES).finally(() => start.destroy());
  if (head.length === 0) throw invalid('file', 'is empty');
  if (head.includes(0)) throw invalid('file', 'is not a text file (CSV or vCard)');
  const info = detectSource(head);
  const whole = await storage.store.open(blob.key);
  let rows = 0;
  try {
    for await (const row of readRows(whole, info, info.dataOffset)) rows += row.end > 0 ? 1 : 0;
  } finally {
    whole.destroy();
  }
  if (rows === 0) throw invalid('file', 'has a header but no rows');
  return info;
}

function parseDedupe(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value;
  const text = value.trim();
  if (text.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(text);
      if (Array.isArray(list) && list.every((item) => typeof item === 'string')) return list;
    } catch {
      // reported below
    }
    throw invalid('dedupeOn', 'must be field names separated by commas, or a JSON list of them');
  }
  return text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

function parseMapping(text: string | undefined): Record<string, string | null> | undefined {
  if (text === undefined) return undefined;
  try {
    const mapping: unknown = JSON.parse(text);
    if (
      mapping &&
      typeof mapping === 'object' &&
      !Array.isArray(mapping) &&
      Object.values(mapping).every((target) => target === null || typeof target === 'string')
    )
      return mapping as Record<string, string | null>;
  } catch {
    // reported below
  }
  throw invalid(
    'mapping',
    'must be a JSON object from file column to field name, such as {"Surname":"lastName"}',
  );
}

/**
 * Checks an import's settings for the actor; throws 400/403 naming the field. A draft may be saved
 * without keys; to start, updating needs them.
 */
async function checkSettings(
  db: DbOrTrx,
  actor: Actor,
  type: RecordType,
  item: StoredImport,
  starting = true,
) {
  authorize(actor, type.table, item.mode === 'update' ? 'update' : 'create');
  if (item.mode !== 'create') authorize(actor, type.table, 'update');
  const customFields = await listCustomFields(db, actor.workspaceId, type.entity);
  checkMapping(recordColumns(type, customFields), hiddenFields(actor, type), item.headers, item.mapping);
  const candidates = keyCandidates(type, customFields);
  item.dedupeOn.forEach((key, i) => {
    if (!candidates.includes(key))
      throw invalid(`dedupeOn.${i}`, `cannot match by "${key}"; use one of: ${candidates.join(', ')}`);
  });
  if (starting && item.mode !== 'create' && item.dedupeOn.length === 0)
    throw invalid('dedupeOn', `is required to ${item.mode}: name the fields that find existing records`);
}

function applyChange(item: StoredImport, change: ImportChange) {
  if (change.mapping !== undefined) item.mapping = change.mapping;
  const dedupeOn = parseDedupe(change.dedupeOn);
  if (dedupeOn !== undefined) item.dedupeOn = dedupeOn;
  if (change.mode !== undefined) item.mode = change.mode;
  // Matching on keys without saying how means: update what matches, create the rest.
  if (
    change.mode === undefined &&
    change.dedupeOn !== undefined &&
    item.dedupeOn.length > 0 &&
    item.mode === 'create'
  )
    item.mode = 'upsert';
}

async function queue(db: DbOrTrx, storage: FileStorage, actor: Actor, item: StoredImport) {
  item.status = 'queued';
  item.updatedAt = nowIso();
  const job = await enqueue(
    db,
    importJobDefinition(storage.store),
    { importId: item.id },
    {
      workspaceId: actor.workspaceId,
      dedupeKey: item.id,
    },
  );
  item.jobId = job.id;
}

export async function createImport(
  db: Db,
  storage: FileStorage,
  actor: Actor,
  parts: AsyncIterable<UploadPart>,
): Promise<{ started: boolean; item: Import }> {
  const { fields, blob, fileName } = await receive(storage, actor, parts);
  try {
    const type = typeOfObject(fields.object ?? '');
    authorize(actor, type.table, 'create');
    const info = await inspect(storage, blob);
    const customFields = await listCustomFields(db, actor.workspaceId, type.entity);
    const columns = recordColumns(type, customFields);
    const now = nowIso();
    const item: StoredImport = {
      ...info,
      id: uuidv7(),
      recordType: type.entity,
      fileId: uuidv7(),
      fileName,
      fileSize: blob.size,
      status: 'draft',
      mapping: suggestMapping(type, columns, customFields, info.headers),
      dedupeOn: [],
      mode: 'create',
      position: info.dataOffset,
      rowNumber: 0,
      created: 0,
      updated: 0,
      skipped: 0,
      failed: 0,
      error: null,
      jobId: null,
      createdBy: actorId(actor),
      createdAt: now,
      updatedAt: now,
      startedAt: null,
      finishedAt: null,
    };
    const mode = fields.mode as ImportChange['mode'];
    applyChange(item, { mapping: parseMapping(fields.mapping), dedupeOn: fields.dedupeOn, mode });
    const start = fields.mapping !== undefined;
    if (start) await checkSettings(db, actor, type, item);
    await db.transaction().execute(async (trx) => {
      await insertFile(trx, actor.workspaceId, {
        id: item.fileId,
        recordType: IMPORT_ENTITY,
        recordId: item.id,
        name: fileName,
        contentType: item.format === 'vcard' ? 'text/vcard' : 'text/csv',
        size: blob.size,
        sha256: blob.sha256,
        createdBy: actor.userId,
        createdByName: null,
        createdAt: now,
        storageKey: blob.key,
        deletedAt: null,
      });
      if (start) await queue(trx, storage, actor, item);
      await insertImport(trx, actor.workspaceId, item);
      await recordAudit(trx, actor, IMPORT_ENTITY, item.id, 'create', diffRecords(null, audited(item)));
    });
    return { started: start, item: await present_(db, actor, item) };
  } catch (error) {
    await storage.store.delete(blob.key);
    throw error;
  }
}

const audited = (item: StoredImport) => ({
  object: item.recordType,
  fileName: item.fileName,
  mapping: item.mapping,
  dedupeOn: item.dedupeOn,
  mode: item.mode,
});

/** An import the actor may see: their own, or any of a type whose every record they may change. */
async function load(db: DbOrTrx, actor: Actor, id: string, lock = false) {
  const item = await findImport(db, actor.workspaceId, id, lock);
  if (!item) throw notFound('Import');
  const type = recordTypeOf(item.recordType);
  authorize(actor, type.table, 'read');
  if (item.createdBy !== actorId(actor) && scopeFor(actor, type.table, 'update') !== 'all')
    throw notFound('Import');
  return { item, type };
}

export async function getImport(db: Db, actor: Actor, id: string) {
  return present_(db, actor, (await load(db, actor, id)).item);
}

export async function listImports(
  db: Db,
  actor: Actor,
  query: { object?: string | undefined; limit: number; cursor?: string | undefined },
) {
  const types = query.object ? [recordTypeOf(query.object)] : RECORD_TYPES;
  const seesAll = types.every((type) => scopeFor(actor, type.table, 'update') === 'all');
  const rows = await listImportRows(db, actor.workspaceId, {
    recordType: query.object,
    createdBy: seesAll ? null : actorId(actor),
    before: query.cursor,
    limit: query.limit + 1,
  });
  const visible = rows.filter(
    (row) => scopeFor(actor, recordTypeOf(row.recordType).table, 'read') !== 'none',
  );
  const data = await Promise.all(visible.slice(0, query.limit).map((row) => present_(db, actor, row)));
  return { data, nextCursor: rows.length > query.limit ? rows[query.limit - 1]!.id : null };
}

export async function changeImport(db: Db, actor: Actor, id: string, change: ImportChange) {
  const item = await db.transaction().execute(async (trx) => {
    const { item, type } = await load(trx, actor, id, true);
    if (item.status !== 'draft')
      throw invalid('status', `the import is ${item.status}; only a draft can change`);
    const before = audited(item);
    applyChange(item, change);
    await checkSettings(trx, actor, type, item, false);
    item.updatedAt = nowIso();
    await updateImport(trx, actor.workspaceId, item);
    await recordAudit(trx, actor, IMPORT_ENTITY, id, 'update', diffRecords(before, audited(item)));
    return item;
  });
  return present_(db, actor, item);
}

export async function startImport(
  db: Db,
  storage: FileStorage,
  actor: Actor,
  id: string,
  change: ImportChange,
) {
  const item = await db.transaction().execute(async (trx) => {
    const { item, type } = await load(trx, actor, id, true);
    if (item.status !== 'draft')
      throw invalid('status', `the import is ${item.status}; only a draft can start`);
    const before = audited(item);
    applyChange(item, change);
    await checkSettings(trx, actor, type, item);
    await queue(trx, storage, actor, item);
    await updateImport(trx, actor.workspaceId, item);
    await recordAudit(trx, actor, IMPORT_ENTITY, id, 'update', {
      ...diffRecords(before, audited(item)),
      status: { before: 'draft', after: 'queued' },
    });
    return item;
  });
  return present_(db, actor, item);
}

export async function cancelImport(db: Db, actor: Actor, id: string) {
  const item = await db.transaction().execute(async (trx) => {
    const { item } = await load(trx, actor, id, true);
    if (!['draft', 'queued', 'running'].includes(item.status)) return item;
    const outcome = importOutcome(item, 'cancelled');
    const now = nowIso();
    Object.assign(item, { status: 'cancelled', finishedAt: now, updatedAt: now });
    await updateImport(trx, actor.workspaceId, item);
    await recordAudit(trx, actor, IMPORT_ENTITY, id, 'update', outcome);
    return item;
  });
  return present_(db, actor, item);
}

class Rollback extends Error {}

/**
 * The first rows as they would be imported: each row's outcome and the record it would make, found by
 * running the import on them in a transaction that is then rolled back.
 */
export async function previewImport(db: Db, storage: FileStorage, actor: Actor, id: string, limit: number) {
  const { item, type } = await load(db, actor, id);
  await checkSettings(db, actor, type, item);
  const { reader, customFields } = await importReader(db, actor, type, item);
  const file = await findFile(db, actor.workspaceId, item.fileId);
  if (!file) throw notFound('Import file');
  const content = await storage.store.open(file.storageKey);
  const rows: { cells: string[]; row: number }[] = [];
  try {
    let row = item.format === 'csv' ? 2 : 1;
    for await (const source of readRows(content, item, item.dataOffset)) {
      rows.push({ cells: source.cells, row: row++ });
      if (rows.length >= limit) break;
    }
  } finally {
    content.destroy();
  }
  const { good, problems } = readBatch(reader, rows);
  const outcomes = new Map<number, RowOutcome>();
  const shown = new Map<number, Record<string, unknown>>();
  await db
    .transaction()
    .execute(async (trx) => {
      const result = await applyBatch(trx, actor, type, good, {
        mode: item.mode,
        keys: item.dedupeOn,
        importId: item.id,
        customFields,
      });
      const written = result.flatMap((outcome) => ('record' in outcome ? [outcome] : []));
      const records = await present(
        trx,
        type,
        actor,
        written.map((outcome) => outcome.record),
        customFields,
      );
      written.forEach((outcome, i) => shown.set(outcome.row, records[i]!));
      for (const outcome of result) outcomes.set(outcome.row, outcome);
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return {
    rows: rows.map(({ row, cells }) => {
      const outcome = outcomes.get(row);
      if (!outcome || outcome.action === 'failed') {
        const errors =
          outcome?.action === 'failed'
            ? problemsOf(reader, outcome.errors)
            : problems.filter((p) => p.row === row);
        return {
          row,
          cells,
          action: 'failed' as const,
          reason: null,
          record: null,
          errors: errors.map(({ column, message }) => ({ column, message })),
        };
      }
      return {
        row,
        cells,
        action: outcome.action,
        reason: outcome.action === 'skipped' ? outcome.reason : null,
        record: shown.get(row) ?? null,
        errors: [],
      };
    }),
  };
}

/** The rows that could not be imported, as CSV for a spreadsheet: row, column, message. */
export async function importErrorsCsv(db: Db, actor: Actor, id: string) {
  const { item } = await load(db, actor, id);
  const { workspaceId } = actor;
  async function* lines() {
    yield UTF8_BOM + csvLine(['row', 'column', 'message']);
    let after: { row: number; seq: number } | null = null;
    for (;;) {
      const page = await listImportErrors(db, workspaceId, item.id, after, 1000);
      if (page.length === 0) return;
      yield page
        .map((error) => csvLine([String(error.row_number), error.column_name ?? '', error.message]))
        .join('');
      const last = page[page.length - 1]!;
      after = { row: last.row_number, seq: last.seq };
    }
  }
  return { fileName: `${item.fileName.replace(/\.[^.]*$/, '')}-errors.csv`, lines: lines() };
}
