import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import { forUpdate, isPostgres, readJson, writeJson } from '../../db/database.js';
import { cachedCustomFields, forgetCustomFields } from './custom-fields.cache.js';
import type { CustomField, CustomFieldObject } from './custom-fields.schemas.js';

type Row = {
  id: string;
  object: string;
  key: string;
  label: string;
  type: string;
  options: unknown;
  position: number;
  created_at: string;
  updated_at: string;
};

function toCustomField(row: Row): CustomField {
  const options = readJson<{ choices?: CustomField['choices']; required?: boolean }>(row.options, {});
  return {
    id: row.id,
    object: row.object,
    key: row.key,
    label: row.label,
    type: row.type as CustomField['type'],
    choices: options.choices ?? [],
    required: options.required ?? false,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const columns = [
  'id',
  'object',
  'key',
  'label',
  'type',
  'options',
  'position',
  'created_at',
  'updated_at',
] as const;

async function queryCustomFields(db: DbOrTrx, workspaceId: string, object?: CustomFieldObject) {
  let query = db.selectFrom('custom_fields').select(columns).where('workspace_id', '=', workspaceId);
  if (object) query = query.where('object', '=', object);
  return (await query.orderBy('position').orderBy('id').execute()).map(toCustomField);
}

/**
 * The workspace's definitions, for one record type or all. Reads outside a transaction may come from
 * the short-lived cache (custom-fields.cache.ts); a transaction always reads the table.
 */
export async function listCustomFields(db: DbOrTrx, workspaceId: string, object?: CustomFieldObject) {
  if (db.isTransaction) return queryCustomFields(db, workspaceId, object);
  return cachedCustomFields(db, workspaceId, object, () => queryCustomFields(db, workspaceId, object));
}

export async function findCustomField(db: DbOrTrx, workspaceId: string, id: string, lock = false) {
  const query = db
    .selectFrom('custom_fields')
    .select(columns)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id);
  const row = await (lock ? forUpdate(db, query) : query).executeTakeFirst();
  return row ? toCustomField(row) : undefined;
}

export async function insertCustomField(db: DbOrTrx, workspaceId: string, field: CustomField) {
  await db
    .insertInto('custom_fields')
    .values({
      workspace_id: workspaceId,
      id: field.id,
      object: field.object,
      key: field.key,
      label: field.label,
      type: field.type,
      options: writeJson({ choices: field.choices, required: field.required }),
      position: field.position,
      created_at: field.createdAt,
      updated_at: field.updatedAt,
    })
    .execute();
  forgetCustomFields(workspaceId);
}

export async function updateCustomField(db: DbOrTrx, workspaceId: string, field: CustomField) {
  await db
    .updateTable('custom_fields')
    .set({
      label: field.label,
      options: writeJson({ choices: field.choices, required: field.required }),
      position: field.position,
      updated_at: field.updatedAt,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', field.id)
    .execute();
  forgetCustomFields(workspaceId);
}

export async function deleteCustomField(db: DbOrTrx, workspaceId: string, id: string) {
  await db.deleteFrom('custom_fields').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
  forgetCustomFields(workspaceId);
}

/**
 * Removes a deleted field's values from every record of the workspace, so that a field created later
 * with the same key starts empty instead of inheriting values of another type. Each record touched
 * gets a new version. Returns how many records held a value.
 */
export async function purgeCustomValues(db: DbOrTrx, workspaceId: string, recordTable: string, key: string) {
  const table = sql.table(recordTable);
  const result = isPostgres(db)
    ? await sql`update ${table} set custom = custom - ${key}, version = version + 1
        where workspace_id = ${workspaceId} and jsonb_exists(custom, ${key})`.execute(db)
    : await sql`update ${table} set custom = json_remove(custom, ${`$."${key}"`}), version = version + 1
        where workspace_id = ${workspaceId} and json_type(custom, ${`$."${key}"`}) is not null`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
