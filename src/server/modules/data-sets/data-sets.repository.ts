import type { Selectable } from 'kysely';
import { readJson, writeJson, type DbOrTrx } from '../../db/database.js';
import type { DataSetTable } from '../../db/schema-reports.js';
import type { DataSet, DataSetColumn, KeyKind } from './data-sets.schemas.js';

function toDataSet(row: Selectable<DataSetTable>): DataSet {
  return {
    id: row.id,
    name: row.name,
    keyKind: row.key_kind as KeyKind,
    columns: readJson<DataSetColumn[]>(row.columns, []),
    source: row.source,
    rowCount: Number(row.row_count),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listDataSets(db: DbOrTrx, workspaceId: string): Promise<DataSet[]> {
  const rows = await db
    .selectFrom('data_sets')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .execute();
  return rows.map(toDataSet);
}

export async function findDataSet(db: DbOrTrx, workspaceId: string, id: string): Promise<DataSet | null> {
  const row = await db
    .selectFrom('data_sets')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toDataSet(row) : null;
}

export async function findDataSetByName(db: DbOrTrx, workspaceId: string, name: string) {
  return db
    .selectFrom('data_sets')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function insertDataSet(db: DbOrTrx, workspaceId: string, set: DataSet) {
  await db
    .insertInto('data_sets')
    .values({
      workspace_id: workspaceId,
      id: set.id,
      name: set.name,
      key_kind: set.keyKind,
      columns: writeJson(set.columns),
      source: set.source,
      row_count: set.rowCount,
      created_at: set.createdAt,
      updated_at: set.updatedAt,
    })
    .execute();
}

export type DataSetValues = Record<string, number | string | null>;

/** Writes rows in batches small enough for SQLite's bound-parameter limit. */
export async function insertDataSetRows(
  db: DbOrTrx,
  workspaceId: string,
  dataSetId: string,
  rows: { key: string; values: DataSetValues }[],
) {
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    await db
      .insertInto('data_set_rows')
      .values(
        batch.map((row) => ({
          workspace_id: workspaceId,
          data_set_id: dataSetId,
          key: row.key,
          custom: writeJson(row.values),
        })),
      )
      .execute();
  }
}

export async function listDataSetRows(db: DbOrTrx, workspaceId: string, dataSetId: string, limit: number) {
  const rows = await db
    .selectFrom('data_set_rows')
    .select(['key', 'custom'])
    .where('workspace_id', '=', workspaceId)
    .where('data_set_id', '=', dataSetId)
    .orderBy('key')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ key: row.key, values: readJson<DataSetValues>(row.custom, {}) }));
}

export async function removeDataSet(db: DbOrTrx, workspaceId: string, id: string) {
  await db
    .deleteFrom('data_set_rows')
    .where('workspace_id', '=', workspaceId)
    .where('data_set_id', '=', id)
    .execute();
  await db.deleteFrom('data_sets').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}
