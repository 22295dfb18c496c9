import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { isPostgres, type DbOrTrx } from '../../db/database.js';
import { AppError, invalid } from '../../lib/errors.js';
import { resolveField, type CustomFieldSpec, type FieldMap, type FieldType } from '../../lib/list-query.js';
import { authorize, ownerFilter, type Actor } from '../../lib/permissions.js';
import { hiddenFields } from '../../records/record-service.js';
import type { RecordType } from '../../records/record-type.js';
import { RECORD_TYPES } from '../../records/registry.js';
import { listCustomFields } from '../custom-fields/custom-fields.repository.js';
import { normalizedKeyExpr } from '../data-sets/data-set-keys.js';
import { listDataSets } from '../data-sets/data-sets.repository.js';
import type { DataSet } from '../data-sets/data-sets.schemas.js';

/**
 * What a report reads: a table, the rows the actor may count (workspace, live records, the role's
 * own/team/all scope) and its fields as SQL. Field names come from the record type's declaration,
 * its custom fields and the workspace's data sets, never from the request.
 */
export interface ReportField {
  name: string;
  type: FieldType;
  /** The value. */
  expr: RawBuilder<unknown>;
  /** What groups compare: a keyed text field's sort key, so `Retail` and `retail` are one group. */
  groupExpr: RawBuilder<unknown>;
  /** Money: the currency beside the amount. */
  currencyExpr?: RawBuilder<unknown>;
  /** A reference: the entity whose names label it, or `member`. */
  ref?: string;
  /** A data set value: the set, its column and the record field it joins through. */
  joined?: { set: DataSet; column: string; through: string };
}

export interface ReportSource {
  object: string;
  /** The API path of the records (`people`), whose list and export open a drill-down. */
  apiTable: string;
  table: string;
  where: RawBuilder<SqlBool>[];
  fields: FieldMap;
  custom: CustomFieldSpec[];
  /** Turns the report's names into the list grammar's (a data set's `population` is `custom.population`). */
  listName: (name: string) => string;
  resolve: (name: string, param: string) => ReportField;
  hasField: (name: string) => boolean;
}

const DATA_SET_OBJECT = /^dataset:([0-9a-f-]{36})$/i;
const DATA_FIELD = /^data\.([0-9a-f-]{36})\.([a-zA-Z][a-zA-Z0-9_]*)$/i;

export async function reportSource(db: DbOrTrx, actor: Actor, object: string): Promise<ReportSource> {
  const dataSets = await listDataSets(db, actor.workspaceId);
  const setMatch = DATA_SET_OBJECT.exec(object);
  if (setMatch) {
    const set = dataSets.find((s) => s.id === setMatch[1]!.toLowerCase());
    if (!set) throw invalid('definition.object', `unknown data set "${object}"`);
    return dataSetSource(db, actor, set);
  }
  const type = RECORD_TYPES.find((t) => t.entity === object);
  if (!type)
    throw invalid(
      'definition.object',
      `unknown object "${object}"; use one of ${RECORD_TYPES.map((t) => t.entity).join(', ')} or dataset:<id>`,
    );
  return recordSource(db, actor, type, dataSets);
}

async function recordSource(db: DbOrTrx, actor: Actor, type: RecordType, dataSets: DataSet[]) {
  const scope = authorize(actor, type.table, 'read');
  const owners = ownerFilter(actor, scope);
  const hidden = hiddenFields(actor, type);
  const fields = Object.fromEntries(Object.entries(type.listFields).filter(([name]) => !hidden.has(name)));
  const custom: CustomFieldSpec[] = await listCustomFields(db, actor.workspaceId, type.entity);
  const where: RawBuilder<SqlBool>[] = [
    sql<SqlBool>`workspace_id = ${actor.workspaceId}`,
    sql<SqlBool>`deleted_at is null`,
  ];
  if (owners)
    where.push(owners.length ? sql<SqlBool>`owner_id in (${sql.join(owners)})` : sql<SqlBool>`1 = 0`);
  const plain = (name: string, param: string): ReportField => {
    if (hidden.has(name))
      throw new AppError('forbidden', `Your role may not read ${name}`, [
        { field: param, message: 'only roles that may read and change every record see it' },
      ]);
    const field = resolveField(db, name, fields, custom, param);
    const decl = Object.hasOwn(type.fields, name) ? type.fields[name] : undefined;
    return {
      name,
      type: field.type,
      expr: field.expr,
      groupExpr: field.keyExpr ?? field.expr,
      ...(field.type === 'money' && { currencyExpr: currencyOf(db, name, decl?.currencyColumn) }),
      ...((decl?.ref ?? (name === 'ownerId' ? 'member' : undefined)) && {
        ref: decl?.ref ?? 'member',
      }),
    };
  };
  const resolve = (name: string, param: string): ReportField => {
    const data = DATA_FIELD.exec(name);
    if (!data) return plain(name, param);
    return joinedField(db, actor, dataSets, name, data[1]!.toLowerCase(), data[2]!, param, (kind) => {
      if (Object.hasOwn(fields, kind)) return plain(kind, param);
      if (custom.some((c) => c.key === kind)) return plain(`custom.${kind}`, param);
      return null;
    });
  };
  return {
    object: type.entity,
    apiTable: type.table,
    table: type.table,
    where,
    fields,
    custom,
    listName: (name: string) => name,
    resolve,
    hasField: (name: string) => Object.hasOwn(fields, name),
  } satisfies ReportSource;
}

/** A money field's currency: its declared column, or the `currency` inside a custom money value. */
function currencyOf(db: DbOrTrx, name: string, column: string | undefined): RawBuilder<unknown> {
  if (column) return sql.ref(column);
  const key = name.slice('custom.'.length);
  return isPostgres(db)
    ? sql`(custom -> ${key} ->> 'currency')`
    : sql`json_extract(custom, ${`$."${key}".currency`})`;
}

/** A data set's value for the record, looked up by the record's normalised key. */
function joinedField(
  db: DbOrTrx,
  actor: Actor,
  dataSets: DataSet[],
  name: string,
  setId: string,
  columnKey: string,
  param: string,
  through: (kind: string) => ReportField | null,
): ReportField {
  const set = dataSets.find((s) => s.id === setId);
  if (!set) throw invalid(param, `unknown data set in "${name}"`);
  const column = set.columns.find((c) => c.key === columnKey);
  if (!column) throw invalid(param, `data set "${set.name}" has no column "${columnKey}"`);
  const key = through(set.keyKind);
  if (!key)
    throw invalid(param, `"${set.name}" joins through ${set.keyKind}, which this object does not have`);
  const value = dataValueExpr(db, 'd.custom', column.key, column.type);
  const expr = sql`(select ${value} from data_set_rows d where d.workspace_id = ${actor.workspaceId} and d.data_set_id = ${set.id} and d.key = ${normalizedKeyExpr(set.keyKind, key.expr)})`;
  return {
    name,
    type: column.type,
    expr,
    groupExpr: expr,
    joined: { set, column: column.key, through: key.name },
  };
}

/** A value inside a JSON column, typed; a value of another JSON type reads as null. */
export function dataValueExpr(db: DbOrTrx, column: string, key: string, type: 'number' | 'text') {
  const ref = sql.ref(column);
  if (!isPostgres(db)) return sql`json_extract(${ref}, ${`$."${key}"`})`;
  const json = sql`(${ref} -> ${key})`;
  return type === 'number'
    ? sql`(case when jsonb_typeof(${json}) = 'number' then (${ref} ->> ${key})::numeric end)`
    : sql`(case when jsonb_typeof(${json}) = 'string' then ${ref} ->> ${key} end)`;
}

/** A data set as a report's object: its key and its value columns, read like custom fields. */
function dataSetSource(db: DbOrTrx, actor: Actor, set: DataSet): ReportSource {
  const fields: FieldMap = { key: { column: 'key', type: 'text' } };
  const custom = set.columns.map((c) => ({ key: c.key, type: c.type }));
  const listName = (name: string) => (name === 'key' ? name : `custom.${name}`);
  return {
    object: `dataset:${set.id}`,
    apiTable: `data-sets/${set.id}`,
    table: 'data_set_rows',
    where: [sql<SqlBool>`workspace_id = ${actor.workspaceId}`, sql<SqlBool>`data_set_id = ${set.id}`],
    fields,
    custom,
    listName,
    resolve: (name, param) => {
      const field = resolveField(db, listName(name), fields, custom, param);
      return { name, type: field.type, expr: field.expr, groupExpr: field.expr };
    },
    hasField: (name) => name === 'key' || set.columns.some((c) => c.key === name),
  };
}
