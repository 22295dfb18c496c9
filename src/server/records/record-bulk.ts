import { z } from 'zod';
import type { Db, DbOrTrx } from '../db/database.js';
import { readJson, writeJson } from '../db/database.js';
import { defineJob, enqueue, PermanentJobError } from '../jobs/jobs.js';
import { AppError, invalid, notFound } from '../lib/errors.js';
import { nowIso, uuidv7 } from '../lib/ids.js';
import { authorize, type Actor } from '../lib/permissions.js';
import { importActor } from '../modules/imports/imports.runner.js';
import { changeRecord, listRecords, trashRecord, untrashRecord } from './record-service.js';
import type { StoredRecord } from './record-store.js';
import type { RecordType } from './record-type.js';
import { recordTypeOf } from './registry.js';

/**
 * Bulk actions on a selection of records: add or remove tags, assign an owner, change fields, move to
 * the trash, and undo any of these. Each record is changed in its own transaction, through the same
 * command as a single change (permissions, checks, one audit entry, record event), together with its
 * item row holding the values it had before. Records the actor may not change are skipped and
 * counted. Small selections run within the request; larger ones as a durable job whose progress is
 * read from the action; a job that runs again resumes after the records that already have a row.
 */

export const BULK_ACTIONS = ['tag', 'untag', 'assign', 'update', 'delete'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number] | 'undo';

/** Selections up to this size run within the request. */
export const BULK_INLINE_LIMIT = 100;
/** The most records one bulk action may select. */
export const BULK_MAX_RECORDS = 100_000;
/** Records between two writes of an action's counts. */
const PROGRESS_EVERY = 50;

const tagsValue = z.array(z.string().trim().min(1, 'must not be empty').max(100)).min(1).max(50);

export interface BulkRequest {
  action: (typeof BULK_ACTIONS)[number];
  selection: { ids?: string[] | undefined; q?: string | undefined; filter?: Record<string, unknown> };
  values: Record<string, unknown>;
}

/** The values an action takes, checked; problems name `values.<field>`. */
function checkValues(type: RecordType, action: BulkRequest['action'], values: Record<string, unknown>) {
  const parse = (schema: z.ZodType, input: unknown) => {
    const result = schema.safeParse(input);
    if (result.success) return result.data as Record<string, unknown>;
    const issue = result.error.issues[0]!;
    throw invalid(['values', ...issue.path].join('.'), issue.message);
  };
  switch (action) {
    case 'tag':
    case 'untag':
      return parse(z.object({ tags: tagsValue }), values);
    case 'assign':
      return parse(z.object({ ownerId: z.uuid({ message: 'must be a UUID' }).nullable() }), values);
    case 'update': {
      const patch = parse(type.input.update.strict(), values);
      if (Object.keys(patch).length === 0) throw invalid('values', 'name at least one field to change');
      return patch;
    }
    case 'delete':
      return {};
  }
}

/** The ids a selection names: the given ids, or every record matching the search and filters. */
async function selectedIds(db: Db, actor: Actor, type: RecordType, selection: BulkRequest['selection']) {
  if (selection.ids) return [...new Set(selection.ids)];
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listRecords(db, actor, type, {
      q: selection.q,
      filter: selection.filter as never,
      deleted: false,
      limit: 200,
      cursor,
    });
    ids.push(...page.data.map((record) => record.id as string));
    if (ids.length > BULK_MAX_RECORDS)
      throw invalid('selection', `selects more than ${BULK_MAX_RECORDS} records; narrow the filter`);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

/** What a change does to one record: the patch, and the values it replaces (for undo). */
function patchFor(action: BulkAction, values: Record<string, unknown>, record: StoredRecord) {
  const tags = values.tags as string[] | undefined;
  switch (action) {
    case 'tag':
      return { patch: { tags: [...record.tags, ...tags!] }, before: { tags: record.tags } };
    case 'untag':
      return {
        patch: { tags: record.tags.filter((t) => !tags!.includes(t)) },
        before: { tags: record.tags },
      };
    case 'assign':
      return { patch: { ownerId: values.ownerId }, before: { ownerId: record.ownerId } };
    default: {
      const before: Record<string, unknown> = {};
      for (const name of Object.keys(values)) {
        if (name !== 'custom') before[name] = record[name] ?? null;
      }
      const custom = values.custom as Record<string, unknown> | undefined;
      if (custom)
        before.custom = Object.fromEntries(
          Object.keys(custom).map((key) => [key, record.custom[key] ?? null]),
        );
      return { patch: values, before };
    }
  }
}

export interface StoredBulk {
  id: string;
  recordType: string;
  action: BulkAction;
  values: Record<string, unknown>;
  recordIds: string[];
  status: string;
  total: number;
  changed: number;
  skipped: number;
  failed: number;
  undoOf: string | null;
  createdBy: string | null;
  createdAt: string;
  finishedAt: string | null;
}

async function findBulk(db: DbOrTrx, workspaceId: string, id: string): Promise<StoredBulk | null> {
  const row = await db
    .selectFrom('bulk_actions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    recordType: row.record_type,
    action: row.action as BulkAction,
    values: readJson(row.values, {}),
    recordIds: readJson(row.record_ids, []),
    status: row.status,
    total: row.total,
    changed: row.changed_count,
    skipped: row.skipped_count,
    failed: row.failed_count,
    undoOf: row.undo_of,
    createdBy: row.created_by,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

/** The action as the API shows it, with the problems of up to 100 records that failed. */
async function view(db: DbOrTrx, workspaceId: string, bulk: StoredBulk) {
  const failures = await db
    .selectFrom('bulk_action_items')
    .select(['record_id', 'message'])
    .where('workspace_id', '=', workspaceId)
    .where('bulk_id', '=', bulk.id)
    .where('outcome', '=', 'failed')
    .limit(100)
    .execute();
  return {
    id: bulk.id,
    action: bulk.action,
    status: bulk.status as 'running' | 'done' | 'failed',
    total: bulk.total,
    processed: bulk.changed + bulk.skipped + bulk.failed,
    changed: bulk.changed,
    skipped: bulk.skipped,
    failed: bulk.failed,
    failures: failures.map((f) => ({ id: f.record_id, message: f.message ?? '' })),
    undoOf: bulk.undoOf,
    createdAt: bulk.createdAt,
    finishedAt: bulk.finishedAt,
  };
}

export type BulkView = Awaited<ReturnType<typeof view>>;

const moduleAction = (action: BulkAction) => (action === 'delete' ? 'delete' : 'update');

async function insertBulk(
  db: Db,
  actor: Actor,
  type: RecordType,
  action: BulkAction,
  values: Record<string, unknown>,
  ids: string[],
  undoOf: string | null,
) {
  const now = nowIso();
  const id = uuidv7();
  await db
    .insertInto('bulk_actions')
    .values({
      workspace_id: actor.workspaceId,
      id,
      record_type: type.entity,
      action,
      values: writeJson(values),
      record_ids: writeJson(ids),
      status: 'running',
      total: ids.length,
      undo_of: undoOf,
      created_by: actor.userId ?? actor.apiKeyId,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/** Runs the action now when it is small, else as a job; returns it as it stands. */
async function launch(db: Db, actor: Actor, id: string, total: number) {
  if (total <= BULK_INLINE_LIMIT) await runBulk(db, actor, id);
  else {
    const job = await enqueue(db, bulkJob, { bulkId: id }, { workspaceId: actor.workspaceId });
    await db
      .updateTable('bulk_actions')
      .set({ job_id: job.id })
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', id)
      .execute();
  }
  return getBulk(db, actor, id);
}

export async function startBulk(db: Db, actor: Actor, type: RecordType, request: BulkRequest) {
  authorize(actor, type.table, moduleAction(request.action));
  const values = checkValues(type, request.action, request.values);
  const ids = await selectedIds(db, actor, type, request.selection);
  if (ids.length === 0) throw invalid('selection', 'selects no records');
  if (ids.length > BULK_MAX_RECORDS)
    throw invalid('selection.ids', `names more than ${BULK_MAX_RECORDS} records`);
  const id = await insertBulk(db, actor, type, request.action, values, ids, null);
  return launch(db, actor, id, ids.length);
}

export async function getBulk(db: Db, actor: Actor, id: string, type?: RecordType) {
  const bulk = await findBulk(db, actor.workspaceId, id);
  if (!bulk || (type && bulk.recordType !== type.entity)) throw notFound('Bulk action');
  authorize(actor, recordTypeOf(bulk.recordType).table, 'read');
  return view(db, actor.workspaceId, bulk);
}

/** Puts back what a finished action changed: restores trashed records, or sets the previous values. */
export async function undoBulk(db: Db, actor: Actor, type: RecordType, id: string) {
  const bulk = await findBulk(db, actor.workspaceId, id);
  if (!bulk || bulk.recordType !== type.entity) throw notFound('Bulk action');
  authorize(actor, type.table, moduleAction(bulk.action));
  if (bulk.action === 'undo') throw invalid('id', 'is an undo; it cannot be undone');
  if (bulk.status === 'running') throw new AppError('conflict', 'The bulk action is still running');
  const undone = await db
    .selectFrom('bulk_actions')
    .select('id')
    .where('workspace_id', '=', actor.workspaceId)
    .where('undo_of', '=', id)
    .executeTakeFirst();
  if (undone) throw new AppError('conflict', 'The bulk action was already undone');
  const changed = await db
    .selectFrom('bulk_action_items')
    .select('record_id')
    .where('workspace_id', '=', actor.workspaceId)
    .where('bulk_id', '=', id)
    .where('outcome', '=', 'changed')
    .execute();
  const ids = changed.map((item) => item.record_id);
  const undoId = await insertBulk(db, actor, type, 'undo', {}, ids, id);
  return launch(db, actor, undoId, ids.length);
}

/** Each record's values before the action that is undone. */
async function beforeValues(db: Db, workspaceId: string, bulkId: string) {
  const rows = await db
    .selectFrom('bulk_action_items')
    .select(['record_id', 'before'])
    .where('workspace_id', '=', workspaceId)
    .where('bulk_id', '=', bulkId)
    .where('outcome', '=', 'changed')
    .execute();
  return new Map(rows.map((row) => [row.record_id, readJson<Record<string, unknown>>(row.before, {})]));
}

async function saveCounts(db: Db, workspaceId: string, id: string, done: boolean) {
  const items = await db
    .selectFrom('bulk_action_items')
    .select(['outcome', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('workspace_id', '=', workspaceId)
    .where('bulk_id', '=', id)
    .groupBy('outcome')
    .execute();
  const count = (outcome: string) => Number(items.find((i) => i.outcome === outcome)?.count ?? 0);
  const now = nowIso();
  await db
    .updateTable('bulk_actions')
    .set({
      changed_count: count('changed'),
      skipped_count: count('skipped'),
      failed_count: count('failed'),
      updated_at: now,
      ...(done ? { status: 'done', finished_at: now } : {}),
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** Handles the action's records that have no item row yet, each in its own transaction. */
export async function runBulk(db: Db, actor: Actor, id: string, signal?: AbortSignal) {
  const bulk = await findBulk(db, actor.workspaceId, id);
  if (!bulk) return;
  const type = recordTypeOf(bulk.recordType);
  const undone = bulk.undoOf ? await findBulk(db, actor.workspaceId, bulk.undoOf) : null;
  const previous = undone ? await beforeValues(db, actor.workspaceId, undone.id) : null;
  const handled = new Set(
    (
      await db
        .selectFrom('bulk_action_items')
        .select('record_id')
        .where('workspace_id', '=', actor.workspaceId)
        .where('bulk_id', '=', id)
        .execute()
    ).map((item) => item.record_id),
  );
  let sinceSave = 0;
  for (const recordId of bulk.recordIds) {
    if (handled.has(recordId)) continue;
    if (signal?.aborted) return;
    const item = { workspace_id: actor.workspaceId, bulk_id: id, record_id: recordId };
    try {
      await db.transaction().execute(async (trx) => {
        const before = await applyOne(trx, actor, type, bulk, undone?.action ?? null, previous, recordId);
        await trx
          .insertInto('bulk_action_items')
          .values({ ...item, outcome: before ? 'changed' : 'skipped', before: writeJson(before) })
          .execute();
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // Records the actor may not change (or that are gone) are skipped; others failed a check.
      const skipped = error.code === 'forbidden' || error.code === 'not_found';
      const [first] = error.fieldErrors;
      await db
        .insertInto('bulk_action_items')
        .values({
          ...item,
          outcome: skipped ? 'skipped' : 'failed',
          before: null,
          message: first ? `${first.field}: ${first.message}` : error.message,
        })
        .execute();
    }
    if (++sinceSave >= PROGRESS_EVERY) {
      sinceSave = 0;
      await saveCounts(db, actor.workspaceId, id, false);
    }
  }
  await saveCounts(db, actor.workspaceId, id, true);
}

/**
 * Applies the action to one record; returns the values it replaced (`{}` for the trash), or null when
 * the record needed no change. An AppError leaves the record as it was.
 */
async function applyOne(
  trx: DbOrTrx,
  actor: Actor,
  type: RecordType,
  bulk: StoredBulk,
  undoing: BulkAction | null,
  previous: Map<string, Record<string, unknown>> | null,
  recordId: string,
): Promise<Record<string, unknown> | null> {
  if (bulk.action === 'delete') return (await trashRecord(trx, actor, type, recordId)) ? {} : null;
  if (undoing === 'delete') {
    await untrashRecord(trx, actor, type, recordId);
    return {};
  }
  let replaced: Record<string, unknown> = {};
  const action = bulk.action === 'undo' ? 'update' : bulk.action;
  const values = bulk.action === 'undo' ? (previous?.get(recordId) ?? {}) : bulk.values;
  const { after } = await changeRecord(trx, actor, type, recordId, (record) => {
    const { patch, before } = patchFor(action, values, record);
    replaced = before;
    return patch;
  });
  return after ? replaced : null;
}

const payload = z.object({ bulkId: z.uuid() });

export const bulkJob = defineJob({
  type: 'records.bulk',
  payload,
  timeoutMs: 60 * 60 * 1000,
  async run({ bulkId }, context) {
    const { workspaceId } = context;
    if (!workspaceId) throw new PermanentJobError('a bulk action belongs to a workspace');
    const bulk = await findBulk(context.db, workspaceId, bulkId);
    if (!bulk || bulk.status !== 'running') return;
    const actor = await importActor(context.db, workspaceId, bulk.createdBy);
    if (!actor) {
      await context.db
        .updateTable('bulk_actions')
        .set({ status: 'failed', finished_at: nowIso(), updated_at: nowIso() })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', bulkId)
        .execute();
      return;
    }
    await runBulk(context.db, actor, bulkId, context.signal);
  },
});
