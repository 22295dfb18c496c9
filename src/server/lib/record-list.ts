import { sql, type AliasedRawBuilder, type RawBuilder } from 'kysely';
import { isPostgres, type DbOrTrx } from '../db/database.js';
import type { ListQuery } from './http-schemas.js';
import { invalid } from './errors.js';
import {
  decodeCursor,
  encodeCursor,
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
  /** The matches of `q`; null for no search. */
  search: ListSearch | null;
  /** Only these records (an export of ticked rows); none for all. */
  ids?: string[] | undefined;
  /** What a page selects of each record (its columns, names of its references); every column if none. */
  columns?: AliasedRawBuilder<unknown, string>[] | undefined;
}

/** Where a match stands in the search order: its tier's rank (higher first), then its document. */
export interface MatchPosition {
  rank: number;
  docId: number;
}

export interface ListSearch {
  /** A subquery selecting the ids of the best matches, for a list in a sort of its own. */
  best: RawBuilder<unknown>;
  /** How many matches at most `best` selects. */
  bestLimit: number;
  /** The next matches after a position (null: from the best), in search order. */
  next: (after: MatchPosition | null, limit: number) => Promise<(MatchPosition & { entityId: string })[]>;
}

/**
 * One page of a record table: tenant filter, trash, scope, search matches, field filters, sort and the
 * keyset cursor, in a single indexed query. The sort values are selected alongside so the cursor can
 * be built from them whatever the field (custom ones included). A search without a sort of its own
 * lists every match in search order instead (best matches first).
 */
export async function listRecordPage<Row extends { id: string }>(
  db: DbOrTrx,
  table: string,
  options: RecordListOptions,
  toRecord: (row: never) => Row,
) {
  const { query, search } = options;
  const keys = parseSort(db, query.sort, options.fields, options.customFields, options.defaultSort);
  const filters = parseFilters(db, query.filter, options.fields, options.customFields);
  if (search && !query.sort) return listInSearchOrder(db, table, options, search, filters, toRecord);
  const page = keysetPage({ limit: query.limit, cursor: query.cursor, keys });
  if (options.ownerIds?.length === 0) return { data: [] as Row[], nextCursor: null };

  let select = recordSelect(db, table, options, filters).select(
    keys.map((key, i) => sql`${key.field.expr}`.as(`sort_${i}`)),
  );
  if (search) select = select.where(sql<boolean>`id in (${search.best})`);
  if (page.condition) select = select.where(page.condition);
  // SQLite: sort the few matches rather than walk a sort index across the whole table for them.
  const sortWithoutIndex = search !== null && !isPostgres(db);
  const rows = await select.orderBy(orderByClause(keys, sortWithoutIndex)).limit(page.fetchLimit).execute();
  const result = page.finish<Record<string, unknown> & { id: string }>(rows, (row) =>
    keys.map((_, i) => row[`sort_${i}`]),
  );
  return { data: result.data.map((row) => toRecord(row as never)), nextCursor: result.nextCursor };
}

/**
 * How many records a list holds, counted up to `bound`: `exact` is false when there are more (`count`
 * is then `bound`), or when a search has more matches than its best ones, which are all it counts.
 */
export async function countRecords(
  db: DbOrTrx,
  table: string,
  options: RecordListOptions,
  bound: number,
): Promise<{ count: number; exact: boolean }> {
  const { search } = options;
  const filters = parseFilters(db, options.query.filter, options.fields, options.customFields);
  if (options.ownerIds?.length === 0) return { count: 0, exact: true };
  let select = recordSelect(db, table, options, filters)
    .clearSelect()
    .select(sql`1`.as('one'));
  if (search) select = select.where(sql<boolean>`id in (${search.best})`);
  const counted = await db
    .selectFrom(select.limit(bound + 1).as('matches'))
    .select(sql<number | string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  const count = Number(counted.n);
  if (count > bound) return { count: bound, exact: false };
  if (!search) return { count, exact: true };
  const best = await sql<{ n: number | string }>`select count(*) as n from (${search.best}) b`.execute(db);
  return { count, exact: Number(best.rows[0]!.n) < search.bestLimit };
}

/**
 * Counts and sums of the records a list holds, grouped by some columns (a board's totals per stage
 * and currency), in one aggregate query with the list's scope, search and filters.
 */
export async function summarizeRecords(
  db: DbOrTrx,
  table: string,
  options: RecordListOptions,
  groupBy: readonly string[],
  sumColumn: string,
): Promise<Record<string, unknown>[]> {
  const filters = parseFilters(db, options.query.filter, options.fields, options.customFields);
  if (options.ownerIds?.length === 0) return [];
  let select = recordSelect(db, table, options, filters)
    .clearSelect()
    .select([
      ...groupBy.map((column) => sql.ref(column).as(column)),
      sql<number | string>`count(*)`.as('count'),
      sql<number | string>`sum(${sql.ref(sumColumn)})`.as('sum'),
    ])
    .groupBy(groupBy.map((column) => sql.ref(column)));
  if (options.search) select = select.where(sql<boolean>`id in (${options.search.best})`);
  return select.execute();
}

/** The workspace's live (or trashed) records the actor may see that pass the filters. */
function recordSelect(
  db: DbOrTrx,
  table: string,
  options: RecordListOptions,
  filters: ReturnType<typeof parseFilters>,
) {
  // Every record table has the columns used here; Kysely types one of them, which is enough.
  const from = db.selectFrom(table as 'companies');
  type WholeRows = ReturnType<typeof from.selectAll>;
  let select = (options.columns ? (from.select(options.columns) as unknown as WholeRows) : from.selectAll())
    .where('workspace_id', '=', options.workspaceId)
    .where('deleted_at', options.query.deleted ? 'is not' : 'is', null);
  if (options.ownerIds) select = select.where('owner_id', 'in', options.ownerIds);
  if (options.ids) select = select.where('id', 'in', options.ids);
  for (const condition of filters) select = select.where(condition);
  return select;
}

/**
 * Every match in search order, a batch of matches at a time: each batch keeps the records that pass
 * scope and filters, until the page is full or the matches run out. The cursor is the last record's
 * place in the search order, so paging costs the same on the first page and the hundredth.
 */
async function listInSearchOrder<Row extends { id: string }>(
  db: DbOrTrx,
  table: string,
  options: RecordListOptions,
  search: ListSearch,
  filters: ReturnType<typeof parseFilters>,
  toRecord: (row: never) => Row,
) {
  const { limit, cursor } = options.query;
  let after = cursor ? decodeSearchCursor(cursor) : null;
  if (options.ownerIds?.length === 0) return { data: [] as Row[], nextCursor: null };
  const batchSize = Math.max(2 * (limit + 1), 20);
  const found: { row: unknown; position: MatchPosition }[] = [];
  for (;;) {
    const batch = await search.next(after, batchSize);
    if (batch.length > 0) {
      const ids = batch.map((match) => match.entityId);
      const rows = await recordSelect(db, table, options, filters).where('id', 'in', ids).execute();
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const match of batch) {
        const row = byId.get(match.entityId);
        if (row) found.push({ row, position: match });
        if (found.length > limit) break;
      }
      after = batch[batch.length - 1]!;
    }
    if (found.length > limit || batch.length < batchSize) break;
  }
  const data = found.slice(0, limit);
  const last = data[data.length - 1];
  return {
    data: data.map(({ row }) => toRecord(row as never)),
    nextCursor:
      found.length > limit && last
        ? encodeCursor([SEARCH_CURSOR, last.position.rank, last.position.docId])
        : null,
  };
}

const SEARCH_CURSOR = 'q';

function decodeSearchCursor(cursor: string): MatchPosition {
  const [kind, rank, docId] = decodeCursor(cursor, 3);
  if (kind !== SEARCH_CURSOR || !Number.isInteger(rank) || !Number.isInteger(docId))
    throw invalid('cursor', 'is not a cursor from this list (did the sort change?)');
  return { rank: rank as number, docId: docId as number };
}
