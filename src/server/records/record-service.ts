import type { Db, DbOrTrx } from '../db/database.js';
import { AppError, invalid, notFound } from '../lib/errors.js';
import type { ListQuery } from '../lib/http-schemas.js';
import { nowIso, uuidv7 } from '../lib/ids.js';
import { isCurrencyCode } from '../lib/money.js';
import {
  authorize,
  authorizeRecord,
  ownerFilter,
  scopeFor,
  type Action,
  type Actor,
} from '../lib/permissions.js';
import { countRecords, listRecordPage, summarizeRecords } from '../lib/record-list.js';
import { checkVersion } from '../lib/versions.js';
import { listAuditEntries } from '../modules/audit/audit.repository.js';
import { diffRecords, recordAudit } from '../modules/audit/audit.writer.js';
import { recordEvent, recordEvents } from '../modules/events/events.outbox.js';
import { listCustomFields } from '../modules/custom-fields/custom-fields.repository.js';
import type { CustomField } from '../modules/custom-fields/custom-fields.schemas.js';
import { currentCustomValues, mergeCustomValues } from '../modules/custom-fields/custom-values.js';
import {
  listSearch,
  setSearchDocumentTrashed,
  upsertSearchDocument,
} from '../modules/search/search.repository.js';
import { recordLifecycleEvent } from '../modules/timeline/timeline.writer.js';
import { findMembership } from '../modules/workspaces/workspaces.repository.js';
import {
  findDisplayNames,
  findMergeSurvivor,
  findRecord,
  findRecordState,
  findReferringBatch,
  insertRecord,
  updateRecordRow,
  type StoredRecord,
} from './record-store.js';
import { importCreationEntry } from './record-history.js';
import { namesReadWith, readRecord, recordSelection, toReadRecord } from './record-reads.js';
import type { RecordType, RecordValues } from './record-type.js';
import { RECORD_TYPES, recordTypeOf } from './registry.js';

/**
 * The lifecycle every record type shares: list, read, create, change, trash, restore and history,
 * each a command in one transaction with its audit entry and search document, under the actor's
 * permissions for the type's module. A type's own rules come from its declaration.
 */

type Input = Record<string, unknown>;

/** Records as the API shows them: with their references' display names and current custom values. */
export async function present(
  db: DbOrTrx,
  type: RecordType,
  actor: Actor,
  records: StoredRecord[],
  customFields?: CustomField[],
): Promise<RecordValues[]> {
  const [names, fields] = await Promise.all([
    referenceNames(db, type, actor.workspaceId, records),
    customFields ?? listCustomFields(db, actor.workspaceId, type.entity),
  ]);
  const hidden = hiddenFields(actor, type);
  const keys = Object.keys(type.schema.shape);
  return records.map((record, i) => {
    const view: RecordValues = {};
    // The key order of the API schema: each reference's name right after its id.
    for (const key of keys)
      view[key] = hidden.has(key) ? null : Object.hasOwn(names[i]!, key) ? names[i]![key] : record[key];
    view.custom = currentCustomValues(fields, record.custom);
    return view;
  });
}

/**
 * Sensitive fields (a product's cost…) are shown only to roles that may read and change every
 * record of the type; others see null, cannot sort, filter or write them, and their history leaves
 * them out. Returns the fields, and their reference names, hidden from the actor.
 */
export function hiddenFields(actor: Actor, type: RecordType): Set<string> {
  const trusted =
    scopeFor(actor, type.table, 'read') === 'all' && scopeFor(actor, type.table, 'update') === 'all';
  if (trusted) return NOTHING_HIDDEN;
  let hidden = sensitiveFields.get(type);
  if (!hidden) {
    hidden = new Set(
      type.recordFields
        .filter(([, f]) => f.sensitive)
        .flatMap(([name, f]) => (f.refName ? [name, f.refName] : [name])),
    );
    sensitiveFields.set(type, hidden);
  }
  return hidden;
}

// Read on every request and the same for every actor of a kind: made once per type.
const NOTHING_HIDDEN = new Set<string>();
const sensitiveFields = new WeakMap<RecordType, Set<string>>();

export function refuseHidden(actor: Actor, type: RecordType, input: Input) {
  for (const name of hiddenFields(actor, type)) {
    if (input[name] !== undefined)
      throw new AppError('forbidden', `Your role may not change ${name}`, [
        { field: name, message: 'only roles that may read and change every record set it' },
      ]);
  }
}

/** For each record, `{ companyName: … }`: the display names of the references that show one. */
export async function referenceNames(
  db: DbOrTrx,
  type: RecordType,
  workspaceId: string,
  records: StoredRecord[],
) {
  const read = records.map(namesReadWith);
  if (read.every((names) => names !== undefined)) return read;
  const result: Record<string, string | null>[] = records.map(() => ({}));
  for (const [name, field] of type.recordFields) {
    if (!field.ref || !field.refName) continue;
    const ids = [
      ...new Set(records.map((r) => r[name]).filter((id): id is string => typeof id === 'string')),
    ];
    const found = await findDisplayNames(db, recordTypeOf(field.ref), workspaceId, ids);
    records.forEach((record, i) => {
      const id = record[name];
      result[i]![field.refName!] = typeof id === 'string' ? (found.get(id) ?? null) : null;
    });
  }
  return result;
}

export async function writeSearchDocuments(
  db: DbOrTrx,
  type: RecordType,
  workspaceId: string,
  records: StoredRecord[],
) {
  const names = await referenceNames(db, type, workspaceId, records);
  for (const [i, record] of records.entries())
    await upsertSearchDocument(db, workspaceId, type.entity, record.id, type.search(record, names[i]!));
}

async function load(db: DbOrTrx, actor: Actor, type: RecordType, id: string, action: Action, lock = false) {
  authorize(actor, type.table, action);
  const record = lock
    ? await findRecord(db, type, actor.workspaceId, id, true)
    : await readRecord(db, type, actor.workspaceId, id);
  if (!record) throw notFound(capitalized(type.names.singular));
  authorizeRecord(actor, type.table, action, record.ownerId);
  if (record.deletedAt) await refuseMerged(db, type, actor.workspaceId, id);
  return record;
}

/** A record merged into another is gone: its id answers 404 naming the record it went into. */
export async function refuseMerged(db: DbOrTrx, type: RecordType, workspaceId: string, id: string) {
  const survivorId = await findMergeSurvivor(db, type.entity, workspaceId, id);
  if (!survivorId) return;
  throw new AppError('not_found', `${capitalized(type.names.singular)} was merged into ${survivorId}`, [
    { field: 'id', message: `was merged into ${survivorId}` },
  ]);
}

export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The list fields an actor may sort and filter by: all of them for roles that see every field. */
function visibleListFields(actor: Actor, type: RecordType) {
  const hidden = hiddenFields(actor, type);
  if (hidden.size === 0) return type.listFields;
  return Object.fromEntries(Object.entries(type.listFields).filter(([name]) => !hidden.has(name)));
}

/** What a list of a record type selects for an actor: scope, visible fields, custom fields, search. */
async function listOptions(db: Db, actor: Actor, type: RecordType, query: ListQuery) {
  const scope = authorize(actor, type.table, 'read');
  const customFields = await listCustomFields(db, actor.workspaceId, type.entity);
  return {
    workspaceId: actor.workspaceId,
    query,
    fields: visibleListFields(actor, type),
    customFields,
    defaultSort: type.defaultSort,
    ownerIds: ownerFilter(actor, scope),
    search: query.q ? listSearch(db, actor.workspaceId, type.entity, query.q, query.deleted) : null,
  };
}

/** Lists count exactly up to this many records and say "more than" beyond. */
export const COUNT_BOUND = 10_000;

/** How many records match a list's search and filters, as far as the actor may see them. */
export async function countListRecords(db: Db, actor: Actor, type: RecordType, query: ListQuery) {
  return countRecords(db, type.table, await listOptions(db, actor, type, query), COUNT_BOUND);
}

/** Counts and sums of a list's records grouped by columns, as far as the actor may see them. */
export async function summarizeListRecords(
  db: Db,
  actor: Actor,
  type: RecordType,
  query: ListQuery,
  groupBy: readonly string[],
  sumColumn: string,
) {
  return summarizeRecords(db, type.table, await listOptions(db, actor, type, query), groupBy, sumColumn);
}

/** A page of the list; `ids` keeps to those records (an export of ticked rows). */
export async function listRecords(db: Db, actor: Actor, type: RecordType, query: ListQuery, ids?: string[]) {
  const options = await listOptions(db, actor, type, query);
  const { customFields } = options;
  const page = await listRecordPage(
    db,
    type.table,
    { ...options, ids, columns: recordSelection(db, type) },
    (row: Record<string, unknown>) => toReadRecord(type, row),
  );
  return {
    data: await present(db, type, actor, page.data, customFields),
    nextCursor: page.nextCursor,
  };
}

/** The records referring to one record of another type (a company's people); it must be readable. */
export async function listReferring(
  db: Db,
  actor: Actor,
  type: RecordType,
  field: string,
  id: string,
  query: ListQuery,
) {
  await getRecord(db, actor, recordTypeOf(type.fields[field]!.ref!), id);
  return listRecords(db, actor, type, { ...query, filter: { ...query.filter, [field]: id } });
}

export async function getRecord(db: Db, actor: Actor, type: RecordType, id: string) {
  const record = await load(db, actor, type, id, 'read');
  return (await present(db, type, actor, [record]))[0]!;
}

export async function getRecordHistory(db: Db, actor: Actor, type: RecordType, id: string) {
  await load(db, actor, type, id, 'read');
  const entries = await listAuditEntries(db, actor.workspaceId, {
    entityType: type.entity,
    entityId: id,
    limit: 100,
  });
  const hidden = hiddenFields(actor, type);
  const history = entries.map((entry) => ({
    ...entry,
    changes: Object.fromEntries(Object.entries(entry.changes).filter(([name]) => !hidden.has(name))),
  }));
  // A record an import created has no audit entry of its own; its creation is found at the end.
  const fromImport = entries.length < 100 && !entries.some((entry) => entry.action === 'create');
  const imported = fromImport ? await importCreationEntry(db, actor.workspaceId, type, id) : null;
  return imported ? [...history, imported] : history;
}

/**
 * Checks what a schema cannot: owners are members of the workspace, references are live records of
 * this workspace (a link kept to a record trashed later stays), currencies exist.
 */
export async function checkReferences(
  db: DbOrTrx,
  actor: Actor,
  type: RecordType,
  record: StoredRecord,
  before: StoredRecord | null,
) {
  if (record.ownerId && record.ownerId !== before?.ownerId) {
    if (!(await findMembership(db, actor.workspaceId, record.ownerId)))
      throw invalid('ownerId', 'is not a member of this workspace');
  }
  for (const [name, field] of type.recordFields) {
    const value = record[name];
    if (field.type === 'money' && value && !isCurrencyCode((value as { currency: string }).currency))
      throw invalid(`${name}.currency`, 'is not an ISO 4217 currency');
    if (!field.ref || typeof value !== 'string' || value === before?.[name]) continue;
    if (field.ref === 'member') {
      if (!(await findMembership(db, actor.workspaceId, value)))
        throw invalid(name, 'is not a member of this workspace');
      continue;
    }
    const target = recordTypeOf(field.ref);
    const state = await findRecordState(db, target, actor.workspaceId, value);
    if (!state) throw invalid(name, `is not a ${target.names.singular} of this workspace`);
    if (state.trashed) throw invalid(name, `the ${target.names.singular} is in the trash`);
  }
}

/** Blank optional text is stored as null, so "empty" filters and sorting treat it as missing. */
export function normalize(type: RecordType, input: StoredRecord): StoredRecord {
  const record: StoredRecord = { ...input, tags: [...new Set(input.tags)] };
  for (const [name, field] of type.recordFields) {
    if (field.type === 'text' && field.nullable && record[name] === '') record[name] = null;
  }
  const normalized = (type.normalize ? type.normalize(record) : record) as StoredRecord;
  type.validate?.(normalized);
  return normalized;
}

/** The type's rules that read the database (`prepare` in its declaration), if it has any. */
export async function prepareRecord(
  trx: DbOrTrx,
  actor: Actor,
  type: RecordType,
  record: StoredRecord,
  before: StoredRecord | null,
): Promise<StoredRecord> {
  if (!type.prepare) return record;
  return (await type.prepare({ trx, actor }, record, before)) as StoredRecord;
}

/** What a saved record of the type sets off (`afterSave`): further event actions to publish. */
export async function afterSave(
  trx: DbOrTrx,
  actor: Actor,
  type: RecordType,
  record: StoredRecord,
  before: StoredRecord | null,
): Promise<string[]> {
  return type.afterSave ? type.afterSave({ trx, actor }, record, before) : [];
}

export function emptyValue(type: RecordType, name: string) {
  const field = type.fields[name]!;
  if (field.nullable) return null;
  if (field.type === 'json' || field.type === 'tags' || field.type === 'multiselect') return [];
  if (field.type === 'boolean') return false;
  if (field.type === 'number') return 0;
  return '';
}

export async function createRecord(db: Db, actor: Actor, type: RecordType, input: Input) {
  authorize(actor, type.table, 'create');
  refuseHidden(actor, type, input);
  return db.transaction().execute(async (trx) => {
    const customFields = await listCustomFields(trx, actor.workspaceId, type.entity);
    const record = await insertNewRecord(trx, actor, type, input, customFields);
    return (await present(trx, type, actor, [record], customFields))[0]!;
  });
}

/** Creates a record inside the caller's transaction (a recurring task's next occurrence). */
export async function insertNewRecord(
  trx: DbOrTrx,
  actor: Actor,
  type: RecordType,
  input: Input,
  customFields?: CustomField[],
): Promise<StoredRecord> {
  const now = nowIso();
  const fields = customFields ?? (await listCustomFields(trx, actor.workspaceId, type.entity));
  const values: RecordValues = {};
  for (const [name] of type.recordFields) values[name] = input[name] ?? emptyValue(type, name);
  const normalized = normalize(type, {
    id: uuidv7(),
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...values,
    ownerId: input.ownerId === undefined ? actor.userId : (input.ownerId as string | null),
    tags: (input.tags as string[] | undefined) ?? [],
    custom: mergeCustomValues(fields, {}, input.custom as Input | undefined),
    deletedAt: null,
  });
  authorizeRecord(actor, type.table, 'create', normalized.ownerId);
  const record = await prepareRecord(trx, actor, type, normalized, null);
  await checkReferences(trx, actor, type, record, null);
  await insertRecord(trx, type, actor.workspaceId, record);
  await writeSearchDocuments(trx, type, actor.workspaceId, [record]);
  await recordAudit(trx, actor, type.entity, record.id, 'create', diffRecords(null, record));
  await recordLifecycleEvent(trx, actor, type, record.id, 'created');
  const further = await afterSave(trx, actor, type, record, null);
  await recordEvents(
    trx,
    actor.workspaceId,
    type,
    ['created', ...further].map((action) => ({ action, before: null, after: record })),
  );
  return record;
}

/**
 * Changes a record. The row is read locked inside the transaction that writes it, so concurrent
 * changes of different fields all land and each history entry's "before" is the previous "after";
 * `version` (from If-Match) refuses a change made against a state someone else has since changed.
 */
export async function updateRecord(
  db: Db,
  actor: Actor,
  type: RecordType,
  id: string,
  patch: Input,
  version?: number,
) {
  refuseHidden(actor, type, patch);
  return db.transaction().execute(async (trx) => {
    const { before, after } = await changeRecord(trx, actor, type, id, () => patch, version);
    return (await present(trx, type, actor, [after ?? before]))[0]!;
  });
}

/**
 * Changes a record inside the caller's transaction; `patchOf` sees the record as it is (under the
 * row lock) and returns the change. Returns the record before, and after (null when nothing changed).
 */
export async function changeRecord(
  trx: DbOrTrx,
  actor: Actor,
  type: RecordType,
  id: string,
  patchOf: (before: StoredRecord) => Input,
  version?: number,
): Promise<{ before: StoredRecord; after: StoredRecord | null }> {
  const before = await load(trx, actor, type, id, 'update', true);
  checkVersion(before.version, version);
  if (before.deletedAt) throw invalid('id', `the ${type.names.singular} is in the trash; restore it first`);
  const patch = patchOf(before);
  refuseHidden(actor, type, patch);
  const customFields = await listCustomFields(trx, actor.workspaceId, type.entity);
  const changed: StoredRecord = { ...before };
  for (const name of [...type.recordFields.map(([name]) => name), 'ownerId', 'tags']) {
    if (Object.hasOwn(patch, name) && patch[name] !== undefined) changed[name] = patch[name];
  }
  changed.custom = mergeCustomValues(customFields, before.custom, patch.custom as Input | undefined);
  const normalized = normalize(type, changed);
  if (normalized.ownerId !== before.ownerId) authorizeRecord(actor, type.table, 'update', normalized.ownerId);
  const after = await prepareRecord(trx, actor, type, normalized, before);
  const changes = diffRecords(before, after);
  if (Object.keys(changes).length === 0) return { before, after: null };
  await checkReferences(trx, actor, type, after, before);
  await saveChange(trx, actor, type, before, after, changes);
  const further = await afterSave(trx, actor, type, after, before);
  await recordEvents(
    trx,
    actor.workspaceId,
    type,
    ['updated', ...further].map((action) => ({ action, before, after })),
  );
  return { before, after };
}

/**
 * Writes a checked change of a record and what follows from it: the row at its next version, its
 * search document, the records that show its name, its history and its timeline. The record event is
 * the caller's to write, last (one at a time, or a batch's in one statement).
 */
export async function saveChange(
  trx: DbOrTrx,
  actor: Actor,
  type: RecordType,
  before: StoredRecord,
  after: StoredRecord,
  changes: ReturnType<typeof diffRecords>,
  now = nowIso(),
) {
  Object.assign(after, { version: before.version + 1, updatedAt: now });
  await updateRecordRow(trx, type, actor.workspaceId, after);
  await writeSearchDocuments(trx, type, actor.workspaceId, [after]);
  await reindexReferring(trx, type, actor.workspaceId, before, after);
  await recordAudit(trx, actor, type.entity, after.id, 'update', changes);
  await recordLifecycleEvent(trx, actor, type, after.id, 'change', changes);
}

/** Moves a record to the trash; it leaves lists and search until restored. */
export async function deleteRecord(db: Db, actor: Actor, type: RecordType, id: string, version?: number) {
  await db.transaction().execute((trx) => trashRecord(trx, actor, type, id, version));
}

/** Moves a record to the trash inside the caller's transaction; false when it already was there. */
export async function trashRecord(
  trx: DbOrTrx,
  actor: Actor,
  type: RecordType,
  id: string,
  version?: number,
) {
  const before = await load(trx, actor, type, id, 'delete', true);
  checkVersion(before.version, version);
  if (before.deletedAt) return false;
  const after = { ...before, deletedAt: nowIso(), version: before.version + 1 };
  await updateRecordRow(trx, type, actor.workspaceId, after);
  await setSearchDocumentTrashed(trx, actor.workspaceId, type.entity, id, true);
  await recordAudit(trx, actor, type.entity, id, 'delete', diffRecords(before, after));
  await recordLifecycleEvent(trx, actor, type, id, 'deleted');
  await afterSave(trx, actor, type, after, before);
  await recordEvent(trx, actor.workspaceId, type, 'deleted', before, after);
  return true;
}

export async function restoreRecord(db: Db, actor: Actor, type: RecordType, id: string) {
  return db.transaction().execute(async (trx) => {
    const record = await untrashRecord(trx, actor, type, id);
    return (await present(trx, type, actor, [record]))[0]!;
  });
}

/** Takes a record out of the trash inside the caller's transaction; returns it as it now is. */
export async function untrashRecord(trx: DbOrTrx, actor: Actor, type: RecordType, id: string) {
  const before = await load(trx, actor, type, id, 'delete', true);
  if (!before.deletedAt) return before;
  const after = { ...before, deletedAt: null, updatedAt: nowIso(), version: before.version + 1 };
  await updateRecordRow(trx, type, actor.workspaceId, after);
  await writeSearchDocuments(trx, type, actor.workspaceId, [after]);
  await recordAudit(trx, actor, type.entity, id, 'restore', diffRecords(before, after));
  await recordLifecycleEvent(trx, actor, type, id, 'restored');
  await afterSave(trx, actor, type, after, before);
  await recordEvent(trx, actor.workspaceId, type, 'restored', before, after);
  return after;
}

const REINDEX_BATCH = 500;

/**
 * Records that show this one's name (people show their company's) are found by it too: when the
 * name changes, their search documents are rewritten in the same transaction, a batch at a time.
 */
export async function reindexReferring(
  db: DbOrTrx,
  type: RecordType,
  workspaceId: string,
  before: StoredRecord,
  after: StoredRecord,
) {
  if (type.displayName(before) === type.displayName(after)) return;
  for (const dependent of RECORD_TYPES) {
    for (const field of Object.values(dependent.fields)) {
      if (field.ref !== type.entity || !field.refName) continue;
      let last: string | null = null;
      for (;;) {
        const batch = await findReferringBatch(
          db,
          dependent,
          workspaceId,
          field.column,
          after.id,
          last,
          REINDEX_BATCH,
        );
        await writeSearchDocuments(db, dependent, workspaceId, batch);
        if (batch.length < REINDEX_BATCH) break;
        last = batch[batch.length - 1]!.id;
      }
    }
  }
}
