import { sql, type RawBuilder } from 'kysely';
import { isPostgres, type DbOrTrx } from '../db/database.js';
import { AppError } from '../lib/errors.js';
import { nowIso, uuidv7 } from '../lib/ids.js';
import { isCurrencyCode } from '../lib/money.js';
import { authorizeRecord, type Actor } from '../lib/permissions.js';
import { sortKey } from '../lib/text-fold.js';
import { diffRecords } from '../modules/audit/audit.writer.js';
import type { CustomField } from '../modules/custom-fields/custom-fields.schemas.js';
import { mergeCustomValues } from '../modules/custom-fields/custom-values.js';
import { recordEvents, type RecordChange } from '../modules/events/events.outbox.js';
import { searchDocumentRow } from '../modules/search/search.repository.js';
import { insertTimelineEvents } from '../modules/timeline/timeline.repository.js';
import { findMembership } from '../modules/workspaces/workspaces.repository.js';
import { insertMany } from '../seed/bulk-insert.js';
import {
  afterSave,
  emptyValue,
  normalize,
  prepareRecord,
  referenceNames,
  saveChange,
} from './record-service.js';
import {
  findLiveByValues,
  findRecords,
  findRecordStates,
  insertRow,
  type StoredRecord,
} from './record-store.js';
import type { RecordType } from './record-type.js';
import { recordTypeOf } from './registry.js';

/**
 * Many records written at once, as an import writes a batch of rows: each row creates a record,
 * updates the one it matches by a key (email, domain, sku, id, a custom field…) or is skipped, by the
 * same rules as the API's create and change (the type's schema, normalisation and validation, custom
 * values, references, record scope). The batch is written in the caller's transaction with every
 * record's sort keys, search document, timeline event and record event, as the API writes them, but
 * with one multi-row INSERT per table for new records. A changed record gets its audit entry as a
 * change through the API does; a new one is in the history as its import's (see `importId`).
 */

type Input = Record<string, unknown>;

export type ImportMode = 'create' | 'update' | 'upsert';

export interface BatchRow {
  /** The row's number in its file, for its errors. */
  row: number;
  /** The row as a change request would carry it (checked by the type's change schema): the cells' fields. */
  values: Input;
  /** Reference fields given by the referenced record's name instead of its id: field → name. */
  refNames: Record<string, string>;
}

export interface RowError {
  /** The field at fault, as the API names it (`emails.0.email`, `custom.vip`), or null for the row. */
  field: string | null;
  message: string;
}

export type RowOutcome =
  | { row: number; action: 'created' | 'updated'; record: StoredRecord }
  | { row: number; action: 'skipped'; reason: string }
  | { row: number; action: 'failed'; errors: RowError[] };

export interface BatchOptions {
  mode: ImportMode;
  /** Fields matched against existing records, in order: `id`, a text field, `custom.<key>`. */
  keys: string[];
  customFields: CustomField[];
  /**
   * The import the batch belongs to. A new record's history is its timeline's `created` event naming
   * the import and the file's row; the import's own audit entries stand for the records it created,
   * so a million imported people do not add a million copies of their values to the audit log.
   */
  importId: string;
}

/** Fields a batch may match records by: the id, sortable text fields, text-like custom fields. */
export function keyCandidates(type: RecordType, customFields: CustomField[]): string[] {
  return [
    'id',
    ...Object.entries(type.fields)
      .filter(([, field]) => field.sortable && field.type === 'text' && !field.sensitive)
      .map(([name]) => name),
    ...customFields
      .filter((field) => ['text', 'email', 'phone', 'url'].includes(field.type))
      .map((field) => `custom.${field.key}`),
  ];
}

class RowFailure extends Error {
  constructor(readonly errors: RowError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

const fail = (field: string | null, message: string) => new RowFailure([{ field, message }]);

function asRowFailure(error: unknown): RowFailure {
  if (error instanceof RowFailure) return error;
  if (error instanceof AppError)
    return new RowFailure(
      error.fieldErrors.length > 0
        ? error.fieldErrors.map(({ field, message }) => ({ field, message }))
        : [{ field: null, message: error.message }],
    );
  throw error;
}

/** The value of a key for a row: from the record it would make, derived columns included. */
function keyValue(type: RecordType, key: string, values: Input): string | null {
  if (key.startsWith('custom.')) {
    const value = (values.custom as Input | undefined)?.[key.slice('custom.'.length)];
    return typeof value === 'string' && value !== '' ? value : null;
  }
  if (key === 'id') return typeof values.id === 'string' ? values.id : null;
  const field = type.fields[key]!;
  let value = values[key];
  if (field.derive) {
    const probe: Input = {};
    for (const [name] of type.recordFields) probe[name] = values[name] ?? emptyValue(type, name);
    value = field.derive(type.normalize ? type.normalize(probe) : probe);
  }
  return typeof value === 'string' && value !== '' ? value : null;
}

/** What a key compares in SQL, and how a value is written for the comparison. */
function keyExpression(db: DbOrTrx, type: RecordType, key: string) {
  if (key.startsWith('custom.')) {
    const name = key.slice('custom.'.length);
    const expression: RawBuilder<unknown> = isPostgres(db)
      ? sql`(custom ->> ${name})`
      : sql`json_extract(custom, ${`$."${name}"`})`;
    return { expression, operand: (value: string) => value };
  }
  if (key === 'id') return { expression: sql.ref('id'), operand: (value: string) => value };
  const field = type.fields[key]!;
  return field.keyed
    ? { expression: sql.ref(`${field.column}_key`), operand: sortKey }
    : { expression: sql.ref(field.column), operand: (value: string) => value };
}

/** For each key, the ids of live records having each value the batch looks for. */
async function findMatches(
  db: DbOrTrx,
  type: RecordType,
  workspaceId: string,
  keys: string[],
  rows: BatchRow[],
) {
  const matches = new Map<string, Map<string, string[]>>();
  for (const key of keys) {
    const { expression, operand } = keyExpression(db, type, key);
    const wanted = new Map<unknown, string>();
    for (const row of rows) {
      const value = keyValue(type, key, row.values);
      if (value !== null && (key !== 'id' || UUID.test(value))) wanted.set(operand(value), value);
    }
    const byValue = new Map<string, string[]>();
    for (const found of await findLiveByValues(db, type, workspaceId, expression, [...wanted.keys()])) {
      const value = wanted.get(found.value) ?? String(found.value);
      byValue.set(value, [...(byValue.get(value) ?? []), found.id]);
    }
    matches.set(key, byValue);
  }
  return matches;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reference fields given by name: the one live record of the referenced type with that name. */
async function resolveNames(db: DbOrTrx, type: RecordType, workspaceId: string, rows: BatchRow[]) {
  const resolved = new Map<string, Map<string, string[]>>();
  for (const [name, field] of type.recordFields) {
    if (!field.ref || field.ref === 'member') continue;
    const names = [...new Set(rows.flatMap((row) => row.refNames[name] ?? []))];
    if (names.length === 0) continue;
    const target = recordTypeOf(field.ref);
    const display = target.fields[target.display[0]!]!;
    const expression = sql.ref(display.keyed ? `${display.column}_key` : display.column);
    const operand = (value: string) => (display.keyed ? sortKey(value) : value);
    const byName = new Map<string, string[]>();
    const asked = new Map(names.map((value) => [operand(value), value]));
    for (const found of await findLiveByValues(db, target, workspaceId, expression, [...asked.keys()])) {
      const value = asked.get(found.value as string)!;
      byName.set(value, [...(byName.get(value) ?? []), found.id]);
    }
    resolved.set(name, byName);
  }
  return resolved;
}

/** Which ids the batch refers to are live records of the workspace (or its members). */
async function referenceStates(db: DbOrTrx, type: RecordType, workspaceId: string, records: Input[]) {
  const states = new Map<string, 'ok' | 'missing' | 'trashed'>();
  const ids = (name: string) => [
    ...new Set(records.map((r) => r[name]).filter((id): id is string => typeof id === 'string')),
  ];
  for (const id of ids('ownerId'))
    states.set(`member:${id}`, (await findMembership(db, workspaceId, id)) ? 'ok' : 'missing');
  for (const [name, field] of type.recordFields) {
    if (!field.ref) continue;
    if (field.ref === 'member') {
      for (const id of ids(name))
        states.set(`member:${id}`, (await findMembership(db, workspaceId, id)) ? 'ok' : 'missing');
      continue;
    }
    const found = await findRecordStates(db, recordTypeOf(field.ref), workspaceId, ids(name));
    for (const id of ids(name)) {
      const state = found.get(id);
      states.set(`${field.ref}:${id}`, !state ? 'missing' : state.trashed ? 'trashed' : 'ok');
    }
  }
  return states;
}

function checkReferences(
  type: RecordType,
  states: Map<string, string>,
  record: StoredRecord,
  before: StoredRecord | null,
) {
  if (record.ownerId && record.ownerId !== before?.ownerId && states.get(`member:${record.ownerId}`) !== 'ok')
    throw fail('ownerId', 'is not a member of this workspace');
  for (const [name, field] of type.recordFields) {
    const value = record[name];
    if (field.type === 'money' && value && !isCurrencyCode((value as { currency: string }).currency))
      throw fail(`${name}.currency`, 'is not an ISO 4217 currency');
    if (!field.ref || typeof value !== 'string' || value === before?.[name]) continue;
    const state = states.get(`${field.ref}:${value}`);
    if (field.ref === 'member') {
      if (state !== 'ok') throw fail(name, 'is not a member of this workspace');
      continue;
    }
    const target = recordTypeOf(field.ref).names.singular;
    if (state === 'trashed') throw fail(name, `the ${target} is in the trash`);
    if (state !== 'ok') throw fail(name, `is not a ${target} of this workspace`);
  }
}

/** A row's values with its references' names replaced by ids. */
function withReferences(type: RecordType, row: BatchRow, resolved: Map<string, Map<string, string[]>>) {
  const values = { ...row.values };
  for (const [name, refName] of Object.entries(row.refNames)) {
    const ids = resolved.get(name)?.get(refName) ?? [];
    const target = recordTypeOf(type.fields[name]!.ref!).names;
    if (ids.length === 0) throw fail(name, `no ${target.singular} named "${refName}"`);
    if (ids.length > 1)
      throw fail(name, `${ids.length} ${target.plural} are named "${refName}"; give its id instead`);
    values[name] = ids[0];
  }
  return values;
}

function newRecord(actor: Actor, type: RecordType, input: Input, customFields: CustomField[]): StoredRecord {
  const values = createValues(type, input);
  const now = nowIso();
  const fields: Input = {};
  for (const [name] of type.recordFields) fields[name] = values[name] ?? emptyValue(type, name);
  const record = normalize(type, {
    id: uuidv7(),
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...fields,
    ownerId: values.ownerId === undefined ? actor.userId : (values.ownerId as string | null),
    tags: (values.tags as string[] | undefined) ?? [],
    custom: mergeCustomValues(customFields, {}, values.custom as Input | undefined),
    deletedAt: null,
  });
  authorizeRecord(actor, type.table, 'create', record.ownerId);
  return record;
}

/**
 * A row's values as a create request's: rows come checked by the change schema, so a type whose
 * create and change bodies are one schema (people) is not checked twice.
 */
function createValues(type: RecordType, input: Input): Input {
  if (type.input.create === type.input.update) return input;
  const parsed = type.input.create.safeParse(input);
  if (!parsed.success)
    throw new RowFailure(
      parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || null, message: issue.message })),
    );
  return parsed.data;
}

/**
 * A record changed by a row: only the fields the row fills change; lists (emails, phones, tags) gain
 * the row's entries rather than lose the ones they had.
 */
function changedRecord(
  actor: Actor,
  type: RecordType,
  before: StoredRecord,
  values: Input,
  customFields: CustomField[],
): StoredRecord {
  authorizeRecord(actor, type.table, 'update', before.ownerId);
  const changed: StoredRecord = { ...before };
  for (const name of [...type.recordFields.map(([name]) => name), 'ownerId', 'tags']) {
    const value = values[name];
    if (value === undefined || value === null) continue;
    const list = name === 'tags' || type.fields[name]?.type === 'json';
    changed[name] = list ? [...(before[name] as unknown[]), ...(value as unknown[])] : value;
  }
  changed.custom = mergeCustomValues(customFields, before.custom, values.custom as Input | undefined);
  const after = normalize(type, changed);
  if (after.ownerId !== before.ownerId) authorizeRecord(actor, type.table, 'update', after.ownerId);
  return after;
}

interface Pending {
  /** The file's row that made the change. */
  row: number;
  record: StoredRecord;
  /** The stored record an update started from; null for a new record. */
  before: StoredRecord | null;
}

/**
 * Decides and writes one batch: each row's outcome, in row order. A row that breaks a rule fails
 * alone; the others are written.
 */
export async function applyBatch(
  trx: DbOrTrx,
  actor: Actor,
  type: RecordType,
  rows: BatchRow[],
  options: BatchOptions,
): Promise<RowOutcome[]> {
  const { workspaceId } = actor;
  const resolved = await resolveNames(trx, type, workspaceId, rows);
  const matches = await findMatches(trx, type, workspaceId, options.keys, rows);
  const matchedIds = [...new Set([...matches.values()].flatMap((byValue) => [...byValue.values()].flat()))];
  const existing = new Map(
    (await findRecords(trx, type, workspaceId, matchedIds, true)).map((record) => [record.id, record]),
  );
  const referenced = await referenceStates(
    trx,
    type,
    workspaceId,
    rows.map((row) => row.values),
  );
  // New records are the actor's unless a row names another owner.
  if (actor.userId) referenced.set(`member:${actor.userId}`, 'ok');
  for (const [name, byName] of resolved)
    for (const ids of byName.values())
      for (const id of ids) referenced.set(`${type.fields[name]!.ref}:${id}`, 'ok');

  /** Records written by this batch, by id, and the id each key value now leads to. */
  const pending = new Map<string, Pending>();
  const claimed = new Map<string, string>();
  const outcomes: RowOutcome[] = [];
  for (const row of rows) {
    try {
      const values = withReferences(type, row, resolved);
      const target = matchFor(type, options.keys, values, matches, claimed);
      let entry: Pending;
      if (target) {
        if (options.mode === 'create') {
          outcomes.push({
            row: row.row,
            action: 'skipped',
            reason: `matches an existing ${type.names.singular}`,
          });
          continue;
        }
        const current = pending.get(target) ?? {
          record: existing.get(target)!,
          before: existing.get(target)!,
        };
        const changed = changedRecord(actor, type, current.record, values, options.customFields);
        const after = await prepareRecord(trx, actor, type, changed, current.record);
        checkReferences(type, referenced, after, current.record);
        if (Object.keys(diffRecords(current.record, after)).length === 0) {
          outcomes.push({ row: row.row, action: 'skipped', reason: 'nothing to change' });
          continue;
        }
        entry = { row: row.row, record: after, before: current.before };
        outcomes.push({ row: row.row, action: 'updated', record: after });
      } else {
        if (options.mode === 'update') {
          outcomes.push({ row: row.row, action: 'skipped', reason: `matches no ${type.names.singular}` });
          continue;
        }
        const record = await prepareRecord(
          trx,
          actor,
          type,
          newRecord(actor, type, values, options.customFields),
          null,
        );
        checkReferences(type, referenced, record, null);
        entry = { row: row.row, record, before: null };
        outcomes.push({ row: row.row, action: 'created', record });
      }
      pending.set(entry.record.id, entry);
      for (const key of options.keys) {
        const value = keyValue(type, key, entry.record);
        if (value !== null) claimed.set(`${key}\u0000${value}`, entry.record.id);
      }
    } catch (error) {
      outcomes.push({ row: row.row, action: 'failed', errors: asRowFailure(error).errors });
    }
  }
  await writeBatch(trx, actor, type, [...pending.values()], options.importId);
  return outcomes;
}

/** The record a row updates: one written earlier in the batch, else the one stored record it matches. */
function matchFor(
  type: RecordType,
  keys: string[],
  values: Input,
  matches: Map<string, Map<string, string[]>>,
  claimed: Map<string, string>,
): string | null {
  for (const key of keys) {
    const value = keyValue(type, key, values);
    if (value === null) continue;
    const inBatch = claimed.get(`${key}\u0000${value}`);
    if (inBatch) return inBatch;
    const ids = matches.get(key)?.get(value) ?? [];
    if (ids.length > 1)
      throw fail(
        key,
        `${ids.length} ${type.names.plural} have ${key} "${value}"; merge them first or match by id`,
      );
    if (ids.length === 1) return ids[0]!;
  }
  return null;
}

async function writeBatch(
  trx: DbOrTrx,
  actor: Actor,
  type: RecordType,
  entries: Pending[],
  importId: string,
) {
  const { workspaceId } = actor;
  const created = entries.filter((entry) => entry.before === null);
  const updated = entries.filter((entry) => entry.before !== null);
  const now = nowIso();
  if (created.length > 0) await writeNewRecords(trx, actor, type, created, importId, now);
  for (const { record: after, before } of updated)
    await saveChange(trx, actor, type, before!, after, diffRecords(before, after), now);
  const events: RecordChange[] = [];
  for (const { record, before } of entries) {
    const further = await afterSave(trx, actor, type, record, before);
    for (const action of [before ? 'updated' : 'created', ...further])
      events.push({ action, before, after: record });
  }
  // Last, as the outbox asks: the records' numbered events, written in one statement.
  await recordEvents(trx, workspaceId, type, events);
}

/**
 * New records with their search documents and `created` timeline events (naming the import and the
 * file's row), a multi-row INSERT per table. They carry no audit entry each: the import's entries
 * stand for them.
 */
async function writeNewRecords(
  trx: DbOrTrx,
  actor: Actor,
  type: RecordType,
  created: Pending[],
  importId: string,
  now: string,
) {
  const { workspaceId } = actor;
  const records = created.map((entry) => entry.record);
  const rows = records.map((record) => insertRow(type, workspaceId, record));
  await insertMany(trx, { table: type.table, columns: Object.keys(rows[0]!), values: Object.values }, rows);
  const names = await referenceNames(trx, type, workspaceId, records);
  const documents = records.map((record, i) =>
    searchDocumentRow(workspaceId, type.entity, record.id, type.search(record, names[i]!)),
  );
  await insertMany(
    trx,
    { table: 'search_documents', columns: Object.keys(documents[0]!), values: Object.values },
    documents,
  );
  const actorType = actor.userId ? 'user' : actor.apiKeyId ? 'api_key' : 'system';
  const actorId = actor.userId ?? actor.apiKeyId;
  await insertTimelineEvents(
    trx,
    workspaceId,
    created.map(({ record, row }) => ({
      // The record's own id: its history finds the import that created it by one key lookup, and a
      // merge that moves this event to another record's timeline leaves it under this id.
      id: record.id,
      recordType: type.entity,
      recordId: record.id,
      kind: 'created',
      occurredAt: now,
      actorType,
      actorId,
      subjectType: null,
      subjectId: null,
      refType: null,
      refId: null,
      refOwnerId: null,
      data: { importId, row },
    })),
  );
}
