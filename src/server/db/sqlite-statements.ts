import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * better-sqlite3 as Kysely's SQLite driver uses it, minus two costs that dominated short reads:
 *
 * - Kysely prepares every query anew; parsing and planning the SQL cost as much as running a primary
 *   key lookup. Prepared statements are kept here, the most recently used first, by their SQL text.
 * - better-sqlite3 builds each row object in C++ one named property at a time, which took half the
 *   time of a 50-row page. Rows are read as arrays and turned into objects by a function compiled per
 *   statement from its column names, so every row of a statement gets the same shape at once.
 *
 * Rows keep their exact form: the same keys in the same order, the last column winning when two
 * share a name, as better-sqlite3 itself does. Schema changes (DDL) empty the cache, so a cached
 * `select *` never maps the columns of a table as it was.
 */

const CACHE_SIZE = 250;
const DDL = /^\s*(create|alter|drop)\b/i;

type Row = Record<string, unknown>;

/**
 * `(values) => ({ "<name>": values[i], … })` for a statement's columns. Column names come from SQL the
 * server wrote, and are written as JSON string literals, so no name can be read as code.
 */
function rowBuilder(columns: string[]): ((values: unknown[]) => Row) | null {
  // A computed `__proto__` key would set the prototype instead of a property.
  if (columns.includes('__proto__')) return null;
  const last = new Map(columns.map((name, i) => [name, i]));
  const properties = [...last].map(([name, i]) => `${JSON.stringify(name)}: values[${i}]`);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiled once per statement, see above
  return new Function('values', `return { ${properties.join(', ')} };`) as (values: unknown[]) => Row;
}

function readerStatement(database: SQLite.Database, sql: string, objects: SQLite.Statement): SqliteStatement {
  const arrays = database.prepare(sql).raw(true);
  const columns = () => arrays.columns().map((column) => column.name);
  let names = columns();
  let build = rowBuilder(names);
  return {
    reader: true,
    all(parameters) {
      if (!build) return objects.all(parameters);
      const rows = arrays.all(parameters) as unknown[][];
      // SQLite re-prepares a statement whose tables changed; its columns may have changed with them.
      if (rows.length > 0 && rows[0]!.length !== names.length) {
        names = columns();
        build = rowBuilder(names);
        if (!build) throw new Error('a statement changed its columns to ones rows cannot be built from');
      }
      return rows.map(build);
    },
    run: (parameters) => objects.run(parameters),
    // A cursor stays open while it is read; a statement of its own keeps it out of everyone's way.
    iterate: (parameters) => database.prepare(sql).iterate(parameters),
  };
}

export function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const objects = database.prepare(sql);
      if (DDL.test(sql)) {
        cache.clear();
        return objects;
      }
      const statement = objects.reader ? readerStatement(database, sql, objects) : objects;
      cache.set(sql, statement);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}
