import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.js';

/**
 * SQLite-only helpers for loading a million rows quickly. Keeping ten secondary indexes up to date
 * row by row costs about as much as everything else in the seed together; building them once at the
 * end sorts instead of searching, and takes about half as long. That only pays, and is only safe,
 * when the table is empty and the whole load runs in one transaction: SQLite's DDL is transactional,
 * so a failure or a crash rolls the dropped indexes back with the rows.
 */

export async function tableIsEmpty(db: DbOrTrx, table: 'people' | 'companies'): Promise<boolean> {
  const row = await sql<{ one: number }>`select 1 as one from ${sql.table(table)} limit 1`.execute(db);
  return row.rows.length === 0;
}

/** Drops the table's secondary indexes and returns the statements that recreate them as they were. */
export async function dropSecondaryIndexes(trx: DbOrTrx, table: string): Promise<string[]> {
  // Indexes SQLite makes for PRIMARY KEY/UNIQUE have no SQL and cannot be dropped; they stay.
  const { rows } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null order by name`.execute(
    trx,
  );
  for (const { name } of rows) await sql`drop index ${sql.id(name)}`.execute(trx);
  return rows.map((row) => row.sql);
}

export async function recreateIndexes(trx: DbOrTrx, statements: string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(trx);
}

/**
 * A bigger page cache while seeding (the indexes of a million people do not fit the default), and
 * helper threads for the sorts of CREATE INDEX. Restored afterwards: the connection may be the
 * server's.
 */
export async function withSeedPragmas<T>(db: DbOrTrx, work: () => Promise<T>): Promise<T> {
  const read = async (name: 'cache_size' | 'threads') =>
    (await sql<Record<string, number>>`pragma ${sql.raw(name)}`.execute(db)).rows[0]?.[name];
  const before = { cache: await read('cache_size'), threads: await read('threads') };
  await sql`pragma cache_size = -524288`.execute(db);
  await sql`pragma threads = 2`.execute(db);
  try {
    return await work();
  } finally {
    if (before.cache !== undefined) await sql.raw(`pragma cache_size = ${Number(before.cache)}`).execute(db);
    if (before.threads !== undefined) await sql.raw(`pragma threads = ${Number(before.threads)}`).execute(db);
  }
}

/**
 * A bulk load leaves the full-text index in many small segments that every query has to visit;
 * merging them once (FTS5 'optimize') halved search times at a million people.
 */
export async function optimizeSearchIndex(trx: DbOrTrx): Promise<void> {
  await sql`insert into search_fts(search_fts) values ('optimize')`.execute(trx);
}
