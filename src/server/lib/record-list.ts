import { sql } from 'kysely';
import { isPostgres, type DbOrTrx } from '../db/database.js';
import type { ListQuery } from './http-schemas.js';
import {
  keysetPage,
  orderByClause,
  parseFilters,
  parseSort,
  type CustomFieldSpec,
  type FieldMap,
} from './list-query.js';

export interface RecordListOptions {
  workspaceId: string;
  query: ListQuery;
  fields: FieldMap;
  customFields: CustomFieldSpec[];
  defaultSort: string;
  /** Restrict to records owned by these users (record scope own/team); null for all. */
  ownerIds: string[] | null;
  /** Restrict to these ids (the matches of `q`); null for no search. */
  ids: string[] | null;
}

/**
 * One page of a record table: tenant filter, trash, scope, search matches, field filters, sort and the
 * keyset cursor, in a single indexed query. The sort values are selected alongside so the cursor can
 * be built from them whatever the field (custom ones included).
 */
export async function listRecordPage<Row extends { id: string }>(
  db: DbOrTrx,
  table: 'people' | 'companies',
  options: RecordListOptions,
  toRecord: (row: never) => Row,
) {
  const { query } = options;
  const keys = parseSort(db, query.sort, options.fields, options.customFields, options.defaultSort);
  const filters = parseFilters(db, query.filter, options.fields, options.customFields);
  const page = keysetPage({ limit: query.limit, cursor: query.cursor, keys });
  if (options.ids?.length === 0 || options.ownerIds?.length === 0)
    return { data: [] as Row[], nextCursor: null };

  let select = db
    // Both tables share the columns used here; Kysely types one of them, which is enough.
    .selectFrom(table as 'companies')
    .selectAll()
    .select(keys.map((key, i) => sql`${key.field.expr}`.as(`sort_${i}`)))
    .where('workspace_id', '=', options.workspaceId)
    .where('deleted_at', query.deleted ? 'is not' : 'is', null);
  if (options.ownerIds) select = select.where('owner_id', 'in', options.ownerIds);
  if (options.ids) select = select.where('id', 'in', options.ids);
  for (const condition of filters) select = select.where(condition);
  if (page.condition) select = select.where(page.condition);
  const narrowedToIds = options.ids !== null && !isPostgres(db);
  const rows = await select.orderBy(orderByClause(keys, narrowedToIds)).limit(page.fetchLimit).execute();
  const result = page.finish<Record<string, unknown> & { id: string }>(rows, (row) =>
    keys.map((_, i) => row[`sort_${i}`]),
  );
  return { data: result.data.map((row) => toRecord(row as never)), nextCursor: result.nextCursor };
}
