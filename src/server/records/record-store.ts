import { sql, type RawBuilder } from 'kysely';
import type { DbOrTrx } from '../db/database.js';
import { forUpdate, readJson, writeJson } from '../db/database.js';
import { optionalSortKey, sortKey } from '../lib/text-fold.js';
import type { RecordBase, RecordType, RecordValues } from './record-type.js';

/**
 * Rows of any record type's table, read and written from its declaration. Kysely's table types stop
 * at the tables known when the code was written, so the kit addresses tables by name through one
 * loosely typed handle; column names only ever come from declarations, never from a request.
 */
export type StoredRecord = RecordBase & RecordValues;
type Row = Record<string, unknown>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const anyTable = (db: DbOrTrx, table: string) => db.selectFrom(table as any);

export function toRecord(type: RecordType, row: Row): StoredRecord {
  const record: RecordValues = {
    id: row.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
  for (const [name, field] of type.recordFields) {
    const value = row[field.column];
    if (field.type === 'json' || field.type === 'tags')
      record[name] = readJson(value, field.nullable ? null : []);
    else if (field.type === 'money')
      record[name] =
        value !== null && value !== undefined && row[field.currencyColumn!]
          ? { amount: Number(value), currency: row[field.currencyColumn!] }
          : null;
    else if (field.type === 'boolean') record[name] = value === null ? null : Boolean(value);
    else if (field.type === 'number') record[name] = value === null ? null : Number(value);
    else record[name] = value ?? null;
  }
  record.ownerId = row.owner_id ?? null;
  record.tags = readJson<string[]>(row.tags, []);
  record.custom = readJson<Record<string, unknown>>(row.custom, {});
  record.deletedAt = row.deleted_at ?? null;
  return record as StoredRecord;
}

/** Every column but the keys and `created_at`, as an update writes them. */
function toRow(type: RecordType, record: StoredRecord): Row {
  const row: Row = {};
  for (const [name, field] of Object.entries(type.fields)) {
    const value = field.derive ? field.derive(record) : record[name];
    if (field.type === 'json' || field.type === 'tags')
      row[field.column] = field.nullable && value === null ? null : writeJson(value ?? []);
    else if (field.type === 'money') {
      const money = value as { amount: number; currency: string } | null;
      row[field.column] = money?.amount ?? null;
      row[field.currencyColumn!] = money?.currency ?? null;
    } else if (field.type === 'boolean') row[field.column] = value === null ? null : value ? 1 : 0;
    else row[field.column] = value ?? null;
    if (field.keyed)
      row[`${field.column}_key`] = field.nullable
        ? optionalSortKey(value as string | null)
        : sortKey(value as string);
  }
  row.owner_id = record.ownerId;
  row.tags = writeJson(record.tags);
  row.custom = writeJson(record.custom);
  row.version = record.version;
  row.updated_at = record.updatedAt;
  row.deleted_at = record.deletedAt;
  return row;
}

/** The whole stored row; the bulk seed writes these too, so both store exactly the same. */
export const insertRow = (type: RecordType, workspaceId: string, record: StoredRecord): Row => ({
  workspace_id: workspaceId,
  id: record.id,
  created_at: record.createdAt,
  ...toRow(type, record),
});

export async function insertRecord(db: DbOrTrx, type: RecordType, workspaceId: string, record: StoredRecord) {
  await db
    .insertInto(type.table as 'people')
    .values(insertRow(type, workspaceId, record) as never)
    .execute();
}

export async function updateRecordRow(
  db: DbOrTrx,
  type: RecordType,
  workspaceId: string,
  record: StoredRecord,
) {
  await db
    .updateTable(type.table as 'people')
    .set(toRow(type, record) as never)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', record.id)
    .execute();
}

/** One record; `lock` holds the row until the caller's transaction ends, for a read-modify-write. */
export async function findRecord(
  db: DbOrTrx,
  type: RecordType,
  workspaceId: string,
  id: string,
  lock = false,
): Promise<StoredRecord | undefined> {
  const query = anyTable(db, type.table)
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id);
  const row = await (lock ? forUpdate(db, query) : query).executeTakeFirst();
  return row ? toRecord(type, row) : undefined;
}

/** Whether a record exists in the workspace, and whether it is in the trash. */
export async function findRecordState(db: DbOrTrx, type: RecordType, workspaceId: string, id: string) {
  const row = (await anyTable(db, type.table)
    .select(['id', 'deleted_at'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst()) as { deleted_at: string | null } | undefined;
  return row ? { trashed: row.deleted_at !== null } : undefined;
}

/** The display names of some records of a type, by id. */
export async function findDisplayNames(
  db: DbOrTrx,
  type: RecordType,
  workspaceId: string,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const columns = type.display.map((name) => type.fields[name]!.column);
  const rows = (await anyTable(db, type.table)
    .select(['id', ...columns])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute()) as Row[];
  return new Map(
    rows.map((row) => [
      row.id as string,
      type.displayName(Object.fromEntries(type.display.map((name, i) => [name, row[columns[i]!]]))),
    ]),
  );
}

/** Live records of a type referring to one record through a field, a batch at a time (by id). */
export async function findReferringBatch(
  db: DbOrTrx,
  type: RecordType,
  workspaceId: string,
  column: string,
  referencedId: string,
  after: string | null,
  limit: number,
): Promise<StoredRecord[]> {
  let query = anyTable(db, type.table)
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where(sql.ref(column), '=', referencedId)
    .where('deleted_at', 'is', null);
  if (after) query = query.where('id', '>', after);
  const rows = (await query.orderBy('id').limit(limit).execute()) as Row[];
  return rows.map((row) => toRecord(type, row));
}

/** Some records by id; `lock` holds their rows until the caller's transaction ends. */
export async function findRecords(
  db: DbOrTrx,
  type: RecordType,
  workspaceId: string,
  ids: string[],
  lock = false,
): Promise<StoredRecord[]> {
  if (ids.length === 0) return [];
  const query = anyTable(db, type.table)
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids);
  const rows = (await (lock ? forUpdate(db, query) : query).execute()) as Row[];
  return rows.map((row) => toRecord(type, row));
}

/** Whether each of some records exists in the workspace, and whether it is in the trash, by id. */
export async function findRecordStates(db: DbOrTrx, type: RecordType, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, { trashed: boolean }>();
  const rows = (await anyTable(db, type.table)
    .select(['id', 'deleted_at'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute()) as { id: string; deleted_at: string | null }[];
  return new Map(rows.map((row) => [row.id, { trashed: row.deleted_at !== null }]));
}

/**
 * Live records whose value of an expression (a column, its sort key, a custom value; from a
 * declaration, never from a request) is one of `values`: the id and the value matched.
 */
export async function findLiveByValues(
  db: DbOrTrx,
  type: RecordType,
  workspaceId: string,
  expression: RawBuilder<unknown>,
  values: unknown[],
): Promise<{ id: string; value: unknown }[]> {
  if (values.length === 0) return [];
  return await anyTable(db, type.table)
    .select(['id', expression.as('value')])
    .where('workspace_id', '=', workspaceId)
    .where('deleted_at', 'is', null)
    .where(expression, 'in', values)
    .execute();
}

/**
 * Records of a type referring to one record through a column, trashed ones included, locked until the
 * caller's transaction ends; a batch at a time, for a caller that re-points each batch it reads.
 */
export async function findAllReferring(
  db: DbOrTrx,
  type: RecordType,
  workspaceId: string,
  column: string,
  referencedId: string,
  limit: number,
): Promise<StoredRecord[]> {
  const query = anyTable(db, type.table)
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where(sql.ref(column), '=', referencedId)
    .orderBy('id')
    .limit(limit);
  const rows = (await forUpdate(db, query).execute()) as Row[];
  return rows.map((row) => toRecord(type, row));
}

/** Points some records' reference column at another record, raising their versions. */
export async function repointReferences(
  db: DbOrTrx,
  type: RecordType,
  workspaceId: string,
  column: string,
  ids: string[],
  toId: string,
  updatedAt: string,
) {
  if (ids.length === 0) return;
  await db
    .updateTable(type.table as 'people')
    .set({ [column]: toId, version: sql`version + 1`, updated_at: updatedAt } as never)
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
}

/** Notes that a record was merged into another; records merged into the merged one follow it. */
export async function insertRecordMerge(
  db: DbOrTrx,
  merge: {
    workspaceId: string;
    entity: string;
    mergedId: string;
    survivorId: string;
    mergedBy: string | null;
    mergedAt: string;
  },
) {
  await db
    .updateTable('record_merges')
    .set({ survivor_id: merge.survivorId })
    .where('workspace_id', '=', merge.workspaceId)
    .where('record_type', '=', merge.entity)
    .where('survivor_id', '=', merge.mergedId)
    .execute();
  await db
    .insertInto('record_merges')
    .values({
      workspace_id: merge.workspaceId,
      record_type: merge.entity,
      merged_id: merge.mergedId,
      survivor_id: merge.survivorId,
      merged_by: merge.mergedBy,
      merged_at: merge.mergedAt,
    })
    .execute();
}

/** The record a merged record was merged into, if it was. */
export async function findMergeSurvivor(db: DbOrTrx, entity: string, workspaceId: string, mergedId: string) {
  const row = await db
    .selectFrom('record_merges')
    .select('survivor_id')
    .where('workspace_id', '=', workspaceId)
    .where('record_type', '=', entity)
    .where('merged_id', '=', mergedId)
    .executeTakeFirst();
  return row?.survivor_id ?? null;
}
