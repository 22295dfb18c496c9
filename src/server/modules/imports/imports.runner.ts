import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { FileStore } from '../../files/file-store.js';
import { AppError } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import type { Actor } from '../../lib/permissions.js';
import { defineJob, PermanentJobError, type JobContext } from '../../jobs/jobs.js';
import { applyBatch } from '../../records/record-batch.js';
import { hiddenFields } from '../../records/record-service.js';
import { recordColumns } from '../../records/record-text.js';
import type { RecordType } from '../../records/record-type.js';
import { recordTypeOf } from '../../records/registry.js';
import { insertAuditEntry } from '../audit/audit.repository.js';
import { findApiKey } from '../auth/api-keys.repository.js';
import { listCustomFields } from '../custom-fields/custom-fields.repository.js';
import { findFile } from '../files/files.repository.js';
import { findMembership, findRole, findWorkspace, teammateIds } from '../workspaces/workspaces.repository.js';
import { checkMapping } from './import-mapping.js';
import { problemsOf, rowReader, type RowProblem, type RowReader } from './import-rows.js';
import { readRows, type SourceRow } from './import-source.js';
import {
  findImport,
  IMPORT_ENTITY,
  insertImportErrors,
  updateImport,
  type StoredImport,
} from './imports.repository.js';

/**
 * Runs an import as a durable job: the file's rows are read as a stream a batch at a time, and each
 * batch is one transaction that writes its records, its rows' errors and the import's counts and
 * position together. A node killed in the middle leaves the last committed batch as the import's
 * state; the job runs again (on any node) and reads on from the stored position, so no row is
 * written twice and none is lost. Between batches the import's status is read under a lock, so a
 * cancel stops it at the next batch.
 */

/** Rows per transaction: large enough to write in bulk, small enough to hold the lock briefly. */
export const IMPORT_BATCH_ROWS = 1000;

const payload = z.object({ importId: z.uuid() });

class Stopped extends Error {}

/** The person or API key that started the import, with their role as it is now. */
export async function importActor(
  db: Db,
  workspaceId: string,
  createdBy: string | null,
): Promise<Actor | null> {
  if (!createdBy) return null;
  const membership = await findMembership(db, workspaceId, createdBy);
  const key = membership ? null : await findApiKey(db, workspaceId, createdBy);
  const roleId = membership?.active ? membership.role_id : key && !key.revoked_at ? key.role_id : null;
  if (!roleId) return null;
  const role = await findRole(db, workspaceId, roleId);
  if (!role) return null;
  const userId = membership ? createdBy : null;
  return {
    workspaceId,
    userId,
    apiKeyId: membership ? null : createdBy,
    roleId: role.id,
    roleKey: role.key,
    permissions: role.permissions,
    teamUserIds: userId ? await teammateIds(db, workspaceId, userId) : [],
  };
}

/** What reading an import's rows takes: its type, its checked mapping as a row reader. */
export async function importReader(db: Db, actor: Actor, type: RecordType, item: StoredImport) {
  const customFields = await listCustomFields(db, actor.workspaceId, type.entity);
  const columns = recordColumns(type, customFields);
  const mapping = checkMapping(columns, hiddenFields(actor, type), item.headers, item.mapping);
  const workspace = await findWorkspace(db, actor.workspaceId);
  const reader = rowReader(type, item.headers, mapping, workspace?.default_currency ?? 'EUR');
  return { reader, customFields };
}

/** The rows of a batch read for the kit, and the problems of those that could not be read. */
export function readBatch(reader: RowReader, rows: { cells: string[]; row: number }[]) {
  const good = [];
  const problems: (RowProblem & { row: number })[] = [];
  for (const { cells, row } of rows) {
    const read = reader.read(cells, row);
    if (read.ok) good.push(read.row);
    else problems.push(...read.problems.map((problem) => ({ ...problem, row })));
  }
  return { good, problems };
}

async function runBatch(
  db: Db,
  actor: Actor,
  type: RecordType,
  importId: string,
  context: { reader: RowReader; customFields: Awaited<ReturnType<typeof importReader>>['customFields'] },
  rows: SourceRow[],
  at: { firstRow: number; from: number },
) {
  const { firstRow, from } = at;
  await db.transaction().execute(async (trx) => {
    const item = await findImport(trx, actor.workspaceId, importId, true);
    // The stored position is the fence: a run that finds the import moved on without it (another
    // node took the job over while this one was slow to renew its lease) stops writing.
    if (!item || item.status !== 'running' || item.position !== from) throw new Stopped();
    const numbered = rows.map((source, i) => ({ cells: source.cells, row: firstRow + i }));
    const { good, problems } = readBatch(context.reader, numbered);
    const outcomes = await applyBatch(trx, actor, type, good, {
      mode: item.mode,
      keys: item.dedupeOn,
      importId,
      customFields: context.customFields,
    });
    const failedRows = new Set(problems.map((problem) => problem.row));
    for (const outcome of outcomes) {
      if (outcome.action === 'created') item.created++;
      else if (outcome.action === 'updated') item.updated++;
      else if (outcome.action === 'skipped') item.skipped++;
      else if (outcome.action === 'failed') {
        failedRows.add(outcome.row);
        problems.push(...problemsOf(context.reader, outcome.errors).map((p) => ({ ...p, row: outcome.row })));
      }
    }
    item.failed += failedRows.size;
    await insertImportErrors(trx, actor.workspaceId, importId, problems);
    item.position = rows[rows.length - 1]!.end;
    item.rowNumber += rows.length;
    item.updatedAt = nowIso();
    await updateImport(trx, actor.workspaceId, item);
  });
}

/**
 * What an import did, as its audit entry when it ends (done, failed or cancelled): the entry stands
 * for the records it created, whose own history is their `created` timeline event naming the import.
 */
export function importOutcome(item: StoredImport, status: StoredImport['status']) {
  const statusChange = { status: { before: item.status, after: status } };
  // Only a running import has read rows (a draft or a queued one is cancelled before any).
  if (item.status !== 'running') return statusChange;
  const counted = (count: number) => ({ before: null, after: count });
  return {
    ...statusChange,
    rows: counted(item.rowNumber),
    created: counted(item.created),
    updated: counted(item.updated),
    skipped: counted(item.skipped),
    failed: counted(item.failed),
  };
}

/** Marks the import finished (done or failed) unless it was cancelled meanwhile. */
async function finish(
  db: Db,
  actor: Actor | null,
  { workspaceId, id }: { workspaceId: string; id: string },
  status: 'done' | 'failed',
  error: string | null,
) {
  await db.transaction().execute(async (trx) => {
    const current = await findImport(trx, workspaceId, id, true);
    if (!current || current.status !== 'running') return;
    const now = nowIso();
    await updateImport(trx, workspaceId, { ...current, status, error, finishedAt: now, updatedAt: now });
    await insertAuditEntry(trx, {
      workspaceId,
      id: uuidv7(),
      entityType: IMPORT_ENTITY,
      entityId: id,
      action: 'update',
      actorType: actor?.userId ? 'user' : actor?.apiKeyId ? 'api_key' : 'system',
      actorId: actor?.userId ?? actor?.apiKeyId ?? null,
      changes: importOutcome(current, status),
      createdAt: now,
    });
  });
}

/** Header row 1, so the first row of a CSV is row 2 (as a spreadsheet numbers it); vCards count from 1. */
const firstRowNumber = (item: StoredImport) => item.rowNumber + (item.format === 'csv' ? 2 : 1);

export async function runImport(
  db: Db,
  store: FileStore,
  workspaceId: string,
  importId: string,
  signal: AbortSignal,
) {
  const item = await findImport(db, workspaceId, importId);
  if (!item || (item.status !== 'queued' && item.status !== 'running')) return;
  const actor = await importActor(db, workspaceId, item.createdBy);
  const type = recordTypeOf(item.recordType);
  if (!actor)
    return finish(
      db,
      null,
      { workspaceId, id: importId },
      'failed',
      'whoever started the import can no longer sign in',
    );
  if (item.status === 'queued') {
    const now = nowIso();
    await db.transaction().execute(async (trx) => {
      const current = await findImport(trx, workspaceId, importId, true);
      if (current?.status !== 'queued') return;
      await updateImport(trx, workspaceId, { ...current, status: 'running', startedAt: now, updatedAt: now });
    });
  }
  try {
    const context = await importReader(db, actor, type, item);
    const file = await findFile(db, workspaceId, item.fileId);
    if (!file) throw new AppError('not_found', 'the uploaded file is gone');
    const content = await store.open(file.storageKey);
    let batch: SourceRow[] = [];
    const at = { firstRow: firstRowNumber(item), from: Math.max(item.position, item.dataOffset) };
    const write = async () => {
      await runBatch(db, actor, type, importId, context, batch, at);
      at.firstRow += batch.length;
      at.from = batch[batch.length - 1]!.end;
      batch = [];
    };
    try {
      for await (const row of readRows(content, item, at.from)) {
        batch.push(row);
        if (batch.length < IMPORT_BATCH_ROWS) continue;
        if (signal.aborted) return;
        await write();
      }
      if (batch.length > 0 && !signal.aborted) await write();
    } finally {
      content.destroy();
    }
    if (!signal.aborted) await finish(db, actor, { workspaceId, id: importId }, 'done', null);
  } catch (error) {
    if (error instanceof Stopped) return;
    if (error instanceof AppError) {
      await finish(db, actor, { workspaceId, id: importId }, 'failed', error.message);
      throw new PermanentJobError(error.message);
    }
    throw error;
  }
}

/** The job that runs imports; the file store is the one the server stores uploads in. */
export function importJobDefinition(store: FileStore) {
  return defineJob({
    type: 'imports.run',
    payload,
    maxAttempts: 10,
    backoff: { baseMs: 5_000, maxMs: 5 * 60_000 },
    timeoutMs: 12 * 60 * 60_000,
    run: async ({ importId }, context: JobContext) => {
      if (!context.workspaceId) throw new PermanentJobError('an import job belongs to a workspace');
      await runImport(context.db, store, context.workspaceId, importId, context.signal);
    },
  });
}
