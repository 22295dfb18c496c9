import { CompiledQuery } from 'kysely';
import { isPostgres, type DbOrTrx } from '../db/database.js';

/**
 * The most bound parameters one statement may carry: SQLITE_MAX_VARIABLE_NUMBER is 32766 in the
 * SQLite that better-sqlite3 builds; PostgreSQL's wire protocol counts parameters in 16 bits.
 */
export const MAX_PARAMETERS = { sqlite: 32_766, postgres: 65_535 } as const;

export interface BulkTable<Row> {
  table: string;
  columns: readonly string[];
  /** The row's values in `columns` order. */
  values: (row: Row) => unknown[];
}

const statements = new Map<string, string>();

/** `insert into t (a, b) values (?, ?), (?, ?)…` for `rows` rows, cached: the seed repeats a few shapes. */
function insertStatement(table: string, columns: readonly string[], rows: number, postgres: boolean): string {
  const key = `${postgres ? 'pg' : 'sqlite'}:${table}:${columns.length}:${rows}`;
  let text = statements.get(key);
  if (text === undefined) {
    const tuples: string[] = [];
    let parameter = 0;
    for (let r = 0; r < rows; r++) {
      const marks = columns.map(() => (postgres ? `$${++parameter}` : '?'));
      tuples.push(`(${marks.join(', ')})`);
    }
    text = `insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`;
    statements.set(key, text);
  }
  return text;
}

/**
 * Inserts many rows with as few multi-row INSERT statements as the parameter limit allows. One round
 * trip per statement instead of per row is what makes seeding a million people take seconds, not
 * hours; the statements go through Kysely so they join the caller's transaction on either dialect.
 */
export async function insertMany<Row>(
  db: DbOrTrx,
  target: BulkTable<Row>,
  rows: readonly Row[],
): Promise<void> {
  const postgres = isPostgres(db);
  const perStatement = Math.floor(MAX_PARAMETERS[postgres ? 'postgres' : 'sqlite'] / target.columns.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const slice = rows.slice(start, start + perStatement);
    const parameters: unknown[] = [];
    for (const row of slice) {
      for (const value of target.values(row)) parameters.push(value);
    }
    const text = insertStatement(target.table, target.columns, slice.length, postgres);
    await db.executeQuery(CompiledQuery.raw(text, parameters));
  }
}
