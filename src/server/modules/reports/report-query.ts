import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { isPostgres, type Db, type DbOrTrx } from '../../db/database.js';
import type { MeasureOp } from './reports.schemas.js';

/**
 * The SQL of a report: one GROUP BY over a derived table. The inner select computes, per record,
 * the group keys, their labels and the measured values; the outer one aggregates. Everything stays
 * inside the database; at most `limit` groups come back.
 */
export interface GroupedQuery {
  table: string;
  where: RawBuilder<SqlBool>[];
  /** `key` is compared; `label`, a keyed field's text, is shown (null: the key is shown). */
  groups: { key: RawBuilder<unknown>; label: RawBuilder<unknown> | null }[];
  measures: { op: MeasureOp; value: RawBuilder<unknown> | null }[];
  /** Money: groups are also split by currency. */
  currency: RawBuilder<unknown> | null;
  limit: number;
}

export interface GroupedRow {
  keys: unknown[];
  labels: unknown[];
  currency: string | null;
  values: unknown[];
}

function aggregate(op: MeasureOp, column: RawBuilder<unknown>) {
  switch (op) {
    case 'count':
      return sql`count(*)`;
    case 'distinct':
      return sql`count(distinct ${column})`;
    default:
      return sql`${sql.raw(op)}(${column})`;
  }
}

export async function runGroupedQuery(db: Db, query: GroupedQuery): Promise<GroupedRow[]> {
  const collateC = isPostgres(db) ? sql` collate "C"` : sql``;
  const inner = [
    ...query.groups.flatMap((g, i) => [
      sql`${g.key} as ${sql.ref(`g${i}`)}`,
      ...(g.label ? [sql`${g.label} as ${sql.ref(`l${i}`)}`] : []),
    ]),
    ...query.measures.map((m, i) => sql`${m.value ?? sql`1`} as ${sql.ref(`v${i}`)}`),
    ...(query.currency ? [sql`${query.currency} as cur`] : []),
  ];
  const groupColumns = [
    ...query.groups.map((_, i) => sql.ref(`g${i}`)),
    ...(query.currency ? [sql.ref('cur')] : []),
  ];
  const outer = [
    // The first of a group's spellings in code point order on both databases (PostgreSQL's collation
    // would otherwise pick another).
    ...query.groups.flatMap((g, i) => [
      sql.ref(`g${i}`),
      ...(g.label ? [sql`min(${sql.ref(`l${i}`)}${collateC}) as ${sql.ref(`l${i}`)}`] : []),
    ]),
    ...(query.currency ? [sql.ref('cur')] : []),
    ...query.measures.map((m, i) => sql`${aggregate(m.op, sql.ref(`v${i}`))} as ${sql.ref(`m${i}`)}`),
  ];
  const where = query.where.length ? sql.join(query.where, sql` and `) : sql`1 = 1`;
  const statement = sql<
    Record<string, unknown>
  >`select ${sql.join(outer)} from (select ${sql.join(inner)} from ${sql.table(query.table)} where ${where}) t${groupColumns.length ? sql` group by ${sql.join(groupColumns)}` : sql``} limit ${query.limit}`;
  const rows = await inUtc(db, (trx) => statement.execute(trx));
  return rows.rows.map((row) => ({
    keys: query.groups.map((_, i) => row[`g${i}`]),
    labels: query.groups.map((g, i) => (g.label ? row[`l${i}`] : null)),
    currency: query.currency ? ((row.cur as string | null) ?? null) : null,
    values: query.measures.map((_, i) => row[`m${i}`]),
  }));
}

/**
 * PostgreSQL buckets timestamps in the session's time zone; a report's buckets are UTC days, so its
 * queries run in a read-only transaction set to UTC. SQLite keeps timestamps as UTC text already.
 */
export async function inUtc<T>(db: Db, work: (trx: DbOrTrx) => Promise<T>): Promise<T> {
  if (!isPostgres(db)) return work(db);
  return db.transaction().execute(async (trx) => {
    await sql`set transaction read only`.execute(trx);
    await sql`set local time zone 'UTC'`.execute(trx);
    return work(trx);
  });
}

/** Members' names, for groups by owner. */
export async function memberNames(db: DbOrTrx, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('users')
    .innerJoin('memberships', 'memberships.user_id', 'users.id')
    .select(['users.id', 'users.name'])
    .where('memberships.workspace_id', '=', workspaceId)
    .where('users.id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** A data set's keys and one column's value for each, for drill-downs from a group of that value. */
export async function dataSetKeysByValue(
  db: DbOrTrx,
  workspaceId: string,
  dataSetId: string,
  value: RawBuilder<unknown>,
) {
  const rows = await sql<{
    key: string;
    value: unknown;
  }>`select key, ${value} as value from data_set_rows where workspace_id = ${workspaceId} and data_set_id = ${dataSetId}`.execute(
    db,
  );
  return rows.rows;
}
