import { CompiledQuery, type Compilable } from 'kysely';
import { isPostgres, type DbOrTrx } from './database.js';

/**
 * A query built and compiled once per dialect, then run with new values: for reads that nearly every
 * request makes (a record by id), where building the query with Kysely and compiling it cost more
 * than the database's lookup. It is built with a marker in place of each value, and compiling shows
 * which of the statement's parameters each marker became; any other parameter (a `limit`) is a
 * constant of the query and is kept as it was.
 *
 * The statement still runs through Kysely's executor (its connection, transactions and plugins'
 * results); only query plugins (`transformQuery`) never see it, as nothing is compiled per run.
 */
const MARKER = '\u0000prepared-query-value:';

interface Compiled<Name extends string> {
  sql: string;
  /** Each parameter of the statement: a value's name, or a constant of the query. */
  slots: ({ name: Name } | { constant: unknown })[];
}

export interface PreparedQuery<Name extends string, Row> {
  run(db: DbOrTrx, values: Record<Name, unknown>): Promise<Row[]>;
  /** The SQL the dialect of `db` runs, as compiled once (for snapshots and tests). */
  sql(db: DbOrTrx): string;
}

export function preparedQuery<Name extends string, Row = Record<string, unknown>>(
  build: (db: DbOrTrx, value: (name: Name) => string) => Compilable<Row>,
): PreparedQuery<Name, Row> {
  let sqlite: Compiled<Name> | undefined;
  let postgres: Compiled<Name> | undefined;

  function compile(db: DbOrTrx): Compiled<Name> {
    const query = build(db, (name) => `${MARKER}${name}`).compile();
    const slots = query.parameters.map((parameter) =>
      typeof parameter === 'string' && parameter.startsWith(MARKER)
        ? { name: parameter.slice(MARKER.length) as Name }
        : { constant: parameter },
    );
    return { sql: query.sql, slots };
  }

  function compiledFor(db: DbOrTrx): Compiled<Name> {
    if (isPostgres(db)) return (postgres ??= compile(db));
    return (sqlite ??= compile(db));
  }

  return {
    async run(db, values) {
      const { sql, slots } = compiledFor(db);
      const parameters = slots.map((slot) => ('name' in slot ? values[slot.name] : slot.constant));
      const result = await db.executeQuery<Row>(CompiledQuery.raw(sql, parameters));
      return result.rows;
    },
    sql: (db) => compiledFor(db).sql,
  };
}
