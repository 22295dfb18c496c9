import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { isPostgres, type DbOrTrx } from '../db/database.js';
import { isIsoDate } from './dates.js';
import { invalid } from './errors.js';
import { unsafeTextReason } from './input-safety.js';
import { sortKey } from './text-fold.js';

/**
 * Keyset-paginated, sorted and filtered lists over any record table. Fields are described once per
 * resource (`FieldMap`); custom fields come from their definitions. Everything here is parameterised:
 * column names only ever come from those descriptions, never from the request.
 */
export type FieldType =
  'text' | 'uuid' | 'number' | 'date' | 'boolean' | 'tags' | 'money' | 'select' | 'multiselect';

export interface FieldSpec {
  column: string;
  type: FieldType;
  sortable?: boolean;
  nullable?: boolean;
  /**
   * A text column with a `<column>_key` beside it holding its `sortKey`: lists sort by the key and
   * compare with it (=, <, in…), so order is alphabetical rather than by code point.
   */
  keyed?: boolean;
}
export type FieldMap = Record<string, FieldSpec>;

export interface CustomFieldSpec {
  key: string;
  type: string;
}

export const FILTER_OPS = ['eq', 'ne', 'contains', 'gt', 'gte', 'lt', 'lte', 'in', 'empty'] as const;
type FilterOp = (typeof FILTER_OPS)[number];
export type FilterInput = Record<string, string | string[] | Record<string, string | string[]>>;

export interface ResolvedField {
  name: string;
  expr: RawBuilder<unknown>;
  type: FieldType;
  nullable: boolean;
  /** The sort key column of a keyed field. */
  keyExpr?: RawBuilder<unknown>;
}

interface SortKey {
  field: ResolvedField;
  desc: boolean;
}

const customTypeMap: Record<string, FieldType> = {
  text: 'text',
  url: 'text',
  email: 'text',
  phone: 'text',
  number: 'number',
  money: 'money',
  date: 'date',
  boolean: 'boolean',
  select: 'select',
  multiselect: 'multiselect',
};

/** A list field (built-in or `custom.<key>`) as SQL; `param` names the input in the error. */
export function resolveField(
  db: DbOrTrx,
  name: string,
  fields: FieldMap,
  custom: CustomFieldSpec[],
  param: string,
): ResolvedField {
  // Own properties only: `toString` or `constructor` must be unknown fields, not Object's methods.
  const spec = Object.hasOwn(fields, name) ? fields[name] : undefined;
  if (spec)
    return {
      name,
      expr: sql.ref(spec.column),
      type: spec.type,
      nullable: spec.nullable ?? false,
      ...(spec.keyed && { keyExpr: sql.ref(`${spec.column}_key`) }),
    };
  if (name.startsWith('custom.')) {
    const key = name.slice('custom.'.length);
    const def = custom.find((c) => c.key === key);
    if (def) {
      const type = customTypeMap[def.type] ?? 'text';
      return { name, expr: customValueExpr(db, key, type), type, nullable: true };
    }
  }
  throw invalid(param, `unknown field "${name}"`);
}

/** The value of a custom field inside the `custom` JSON column, typed for comparison. */
function customValueExpr(db: DbOrTrx, key: string, type: FieldType): RawBuilder<unknown> {
  const path = type === 'money' ? [key, 'amount'] : [key];
  if (isPostgres(db)) {
    if (type === 'multiselect') return sql`(custom -> ${key})`;
    const json = path.length === 2 ? sql`(custom -> ${path[0]} -> ${path[1]})` : sql`(custom -> ${key})`;
    const text = path.length === 2 ? sql`(custom -> ${path[0]} ->> ${path[1]})` : sql`(custom ->> ${key})`;
    // A value of another JSON type (left by an older definition of the field) reads as null rather
    // than failing the cast for the whole query.
    if (type === 'boolean')
      return sql`(case when jsonb_typeof(${json}) = 'boolean' then (${text})::boolean end)`;
    if (type === 'number' || type === 'money')
      return sql`(case when jsonb_typeof(${json}) = 'number' then (${text})::numeric end)`;
    return sql`(case when jsonb_typeof(${json}) = 'string' then ${text} end)`;
  }
  return sql`json_extract(custom, ${'$.' + path.map((p) => `"${p}"`).join('.')})`;
}

export function parseSort(
  db: DbOrTrx,
  sort: string | undefined,
  fields: FieldMap,
  custom: CustomFieldSpec[],
  fallback: string,
): SortKey[] {
  const parts = (sort || fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length > 3) throw invalid('sort', 'at most 3 fields');
  return parts.map((part) => {
    const desc = part.startsWith('-');
    const field = resolveField(db, desc ? part.slice(1) : part, fields, custom, 'sort');
    if (field.type === 'tags' || field.type === 'multiselect')
      throw invalid('sort', `cannot sort by "${field.name}"`);
    if (Object.hasOwn(fields, field.name) && !fields[field.name]!.sortable)
      throw invalid('sort', `cannot sort by "${field.name}"`);
    return { field: field.keyExpr ? { ...field, expr: field.keyExpr } : field, desc };
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function coerce(field: ResolvedField, raw: string, param: string): string | number {
  if (field.type === 'number' || field.type === 'money') {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n)) throw invalid(param, 'must be a number');
    return n;
  }
  if (field.type === 'boolean') {
    if (raw !== 'true' && raw !== 'false') throw invalid(param, 'must be true or false');
    return raw === 'true' ? 1 : 0;
  }
  // PostgreSQL rejects malformed uuids and timestamps with an error, so they are checked here first.
  if (field.type === 'uuid' && !UUID.test(raw)) throw invalid(param, 'must be a UUID');
  if (field.type === 'date' && !isIsoDate(raw)) throw invalid(param, 'must be a date (YYYY-MM-DD)');
  return raw;
}

function containsElement(db: DbOrTrx, expr: RawBuilder<unknown>, value: string): RawBuilder<SqlBool> {
  if (isPostgres(db)) return sql<SqlBool>`${expr} @> ${JSON.stringify([value])}::jsonb`;
  return sql<SqlBool>`exists (select 1 from json_each(${expr}) where value = ${value})`;
}

function filterCondition(
  db: DbOrTrx,
  field: ResolvedField,
  op: FilterOp,
  raw: string | string[],
  param: string,
): RawBuilder<SqlBool> {
  const values = Array.isArray(raw) ? raw : op === 'in' ? raw.split(',') : [raw];
  const first = values[0] ?? '';
  const { expr } = field;
  if (op === 'empty') {
    if (first !== 'true' && first !== 'false') throw invalid(param, 'must be true or false');
    const isEmpty =
      field.type === 'tags' || field.type === 'multiselect'
        ? sql<SqlBool>`(${expr} is null or ${isPostgres(db) ? sql`jsonb_array_length(${expr}) = 0` : sql`json_array_length(${expr}) = 0`})`
        : field.type === 'text' || field.type === 'select'
          ? sql<SqlBool>`(${expr} is null or ${expr} = '')`
          : sql<SqlBool>`${expr} is null`;
    return first === 'true' ? isEmpty : sql<SqlBool>`not ${isEmpty}`;
  }
  if (field.type === 'tags' || field.type === 'multiselect') {
    if (op !== 'eq' && op !== 'in' && op !== 'ne')
      throw invalid(param, `"${op}" does not apply to a list field`);
    const any = sql.join(
      values.map((v) => containsElement(db, expr, v)),
      sql` or `,
    );
    return op === 'ne' ? sql<SqlBool>`not (${any})` : sql<SqlBool>`(${any})`;
  }
  if (op === 'contains') {
    if (field.type !== 'text' && field.type !== 'select')
      throw invalid(param, `"contains" applies only to text fields`);
    const pattern = `%${first.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return isPostgres(db)
      ? sql<SqlBool>`${expr} ilike ${pattern} escape '\\'`
      : sql<SqlBool>`${expr} like ${pattern} escape '\\'`;
  }
  // A keyed field compares through its sort key: equal keys mean equal values, and < means earlier
  // in alphabetical order.
  const compared = field.keyExpr ?? expr;
  const operand = (value: string) => (field.keyExpr ? sortKey(value) : coerce(field, value, param));
  if (op === 'in') return sql<SqlBool>`${compared} in (${sql.join(values.map(operand))})`;
  const symbol = { eq: '=', ne: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' }[op];
  const condition = sql<SqlBool>`${compared} ${sql.raw(symbol)} ${operand(first)}`;
  return op === 'ne' ? sql<SqlBool>`(${compared} is null or ${condition})` : condition;
}

export function parseFilters(
  db: DbOrTrx,
  filter: FilterInput | undefined,
  fields: FieldMap,
  custom: CustomFieldSpec[],
): RawBuilder<SqlBool>[] {
  if (!filter) return [];
  const conditions: RawBuilder<SqlBool>[] = [];
  for (const [name, spec] of Object.entries(filter)) {
    const field = resolveField(db, name, fields, custom, `filter[${name}]`);
    const ops = typeof spec === 'string' || Array.isArray(spec) ? { eq: spec } : spec;
    for (const [op, raw] of Object.entries(ops)) {
      const param = `filter[${name}][${op}]`;
      if (!(FILTER_OPS as readonly string[]).includes(op))
        throw invalid(param, `unknown operator; use one of ${FILTER_OPS.join(', ')}`);
      conditions.push(filterCondition(db, field, op as FilterOp, raw, param));
    }
  }
  return conditions;
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through to the error below
  }
  throw invalid('cursor', 'is not a cursor from this list (did the sort change?)');
}

/**
 * The keyset condition "comes after the cursor row" for sort keys plus the id tie-breaker. NULLs sort
 * as the smallest value in both dialects (ORDER BY … NULLS FIRST / DESC NULLS LAST).
 */
function afterCursor(keys: SortKey[], values: unknown[], id: string): Expression<SqlBool> {
  const lastDesc = keys[keys.length - 1]?.desc ?? false;
  let condition: RawBuilder<SqlBool> = lastDesc ? sql<SqlBool>`id < ${id}` : sql<SqlBool>`id > ${id}`;
  for (let i = keys.length - 1; i >= 0; i--) {
    const { field, desc } = keys[i]!;
    const value = values[i];
    const { expr } = field;
    if (value === null || value === undefined) {
      const beyond = desc ? sql<SqlBool>`false` : sql<SqlBool>`${expr} is not null`;
      condition = sql<SqlBool>`(${beyond} or (${expr} is null and ${condition}))`;
    } else {
      const beyond = desc
        ? sql<SqlBool>`(${expr} < ${value} or ${expr} is null)`
        : sql<SqlBool>`${expr} > ${value}`;
      condition = sql<SqlBool>`(${beyond} or (${expr} = ${value} and ${condition}))`;
    }
  }
  // A redundant bound on the leading key lets the database seek into its index instead of walking
  // from the first row to the cursor (deep pages at a million rows).
  const lead = keys[0];
  const leadValue = values[0];
  // A descending key gets it only when it cannot be null: its nulls come after every value, so a bound
  // would need `or is null`, which no index range serves.
  if (lead && leadValue !== null && leadValue !== undefined && !lead.desc) {
    condition = sql<SqlBool>`(${lead.field.expr} >= ${leadValue} and ${condition})`;
  }
  if (lead && leadValue !== null && leadValue !== undefined && lead.desc && !lead.field.nullable) {
    condition = sql<SqlBool>`(${lead.field.expr} <= ${leadValue} and ${condition})`;
  }
  if (lead && lead.desc && (leadValue === null || leadValue === undefined)) {
    condition = sql<SqlBool>`(${lead.field.expr} is null and ${condition})`;
  }
  return condition;
}

/**
 * `sortWithoutIndex` (SQLite only) writes `+expr`, which keeps the planner from walking a sort index:
 * right when the rows are already narrowed to a few ids, where the walk would cross the whole table.
 */
export function orderByClause(keys: SortKey[], sortWithoutIndex = false): RawBuilder<unknown> {
  const parts = keys.map(
    ({ field, desc }) =>
      sql`${sortWithoutIndex ? sql`+${field.expr}` : field.expr} ${sql.raw(desc ? 'desc nulls last' : 'asc nulls first')}`,
  );
  const lastDesc = keys[keys.length - 1]?.desc ?? false;
  parts.push(sql`id ${sql.raw(lastDesc ? 'desc' : 'asc')}`);
  return sql.join(parts);
}

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
  keys: SortKey[];
}

/** Whether a decoded cursor value has its sort field's shape; PostgreSQL would fail on a forged one. */
function cursorValueFits(type: FieldType, value: unknown): boolean {
  if (value === null) return true;
  if (type === 'number' || type === 'money')
    return (
      (typeof value === 'number' || typeof value === 'string') &&
      value !== '' &&
      Number.isFinite(Number(value))
    );
  if (type === 'boolean') return typeof value === 'boolean' || value === 0 || value === 1;
  if (typeof value !== 'string' || unsafeTextReason(value)) return false;
  if (type === 'date') return isIsoDate(value);
  return type !== 'uuid' || UUID.test(value);
}

/** Adds the cursor condition for a page; returns a function turning the fetched rows into a page. */
export function keysetPage(page: PageRequest) {
  const cursorValues = page.cursor ? decodeCursor(page.cursor, page.keys.length + 1) : null;
  if (
    cursorValues &&
    (!cursorValueFits('uuid', cursorValues[page.keys.length]) ||
      page.keys.some((key, i) => !cursorValueFits(key.field.type, cursorValues[i])))
  ) {
    throw invalid('cursor', 'is not a cursor from this list (did the sort change?)');
  }
  const condition = cursorValues
    ? afterCursor(page.keys, cursorValues.slice(0, -1), String(cursorValues[cursorValues.length - 1]))
    : null;
  return {
    condition,
    fetchLimit: page.limit + 1,
    finish<Row extends { id: string }>(rows: Row[], sortValues: (row: Row) => unknown[]) {
      const hasMore = rows.length > page.limit;
      const data = hasMore ? rows.slice(0, page.limit) : rows;
      const last = data[data.length - 1];
      return { data, nextCursor: hasMore && last ? encodeCursor([...sortValues(last), last.id]) : null };
    },
  };
}
