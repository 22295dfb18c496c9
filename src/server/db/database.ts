import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  SqliteDialect,
  type KyselyConfig,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import type { Schema } from './schema.js';
import { withStatementCache } from './sqlite-statements.js';

export type Db = Kysely<Schema>;
export type DbOrTrx = Kysely<Schema> | Transaction<Schema>;
export type DialectName = 'sqlite' | 'postgres';

export const DEFAULT_DATABASE_URL = 'sqlite:./data/rapport.db';

// Return timestamps as ISO strings and bigints as numbers, as SQLite does, so repositories see one shape.
const pgTypes = {
  getTypeParser(oid: number, format?: string) {
    if (oid === 1184 || oid === 1114) return (value: string) => new Date(value).toISOString();
    if (oid === 20) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text') as (value: string) => unknown;
  },
};

export function dialectOf(url: string): DialectName {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres';
  if (url.startsWith('sqlite:')) return 'sqlite';
  throw new Error(`DATABASE_URL must start with postgres:// or sqlite: (got "${url}")`);
}

/** Each PostgreSQL database's connection settings, for connections outside its pool. */
const postgresSettings = new WeakMap<Db, pg.ClientConfig>();

/** `log` sees every statement run (benchmarks record a request's SQL with it). */
export function openDatabase(
  url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
  options: { log?: KyselyConfig['log'] } = {},
): Db {
  if (dialectOf(url) === 'postgres') {
    const settings = { connectionString: url, types: pgTypes };
    const pool = new pg.Pool({ ...settings, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }), log: options.log });
    postgresSettings.set(db, settings);
    return db;
  }
  const file = url.slice('sqlite:'.length);
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -131072');
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('mmap_size = 1073741824');
  return new Kysely<Schema>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    log: options.log,
  });
}

/**
 * A new PostgreSQL connection with the database's settings, outside its pool, for work that holds a
 * connection for good (LISTEN); not yet connected. Null for SQLite.
 */
export function dedicatedPostgresClient(db: Db): pg.Client | null {
  const settings = postgresSettings.get(db);
  return settings ? new pg.Client(settings) : null;
}

export function isPostgres(db: { getExecutor(): { adapter: unknown } }): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Locks the rows a read-modify-write reads, until its transaction ends: `FOR UPDATE` on PostgreSQL.
 * SQLite runs one write transaction at a time on its single connection, so the transaction is lock
 * enough there.
 */
export function forUpdate<Query extends { forUpdate(of?: never): Query }, Table extends string = never>(
  db: DbOrTrx,
  query: Query,
  /** The table whose rows to lock, when the query joins others. */
  of?: Table,
): Query {
  if (!isPostgres(db)) return query;
  return of === undefined ? query.forUpdate() : query.forUpdate(of as never);
}

/** JSON columns are `jsonb` on PostgreSQL (parsed by the driver) and text on SQLite. */
export function readJson<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (typeof value === 'string') {
    // Most lists in a row (tags, phones, custom values) are empty: no parser needed for those.
    if (value === '[]') return [] as T;
    if (value === '{}') return {} as T;
    return JSON.parse(value) as T;
  }
  return value as T;
}

export const writeJson = (value: unknown) => JSON.stringify(value);

/**
 * The field a unique-constraint violation is about (`name` for `(workspace_id, name)`), or null when
 * the error is not one. Services check uniqueness first; this catches the request that lost a race.
 */
export function uniqueViolationField(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, message, detail } = error as { code?: unknown; message?: unknown; detail?: unknown };
  let columns: string[];
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string') {
    // "UNIQUE constraint failed: roles.workspace_id, roles.name"
    columns = (message.split(': ')[1] ?? '').split(', ').map((column) => column.split('.').pop() ?? '');
  } else if (code === '23505' && typeof detail === 'string') {
    // "Key (workspace_id, name)=(…, …) already exists."
    columns = (/^Key \(([^)]*)\)/.exec(detail)?.[1] ?? '').split(', ');
  } else {
    return null;
  }
  const column = columns.filter((c) => c && c !== 'workspace_id').pop();
  return column ? column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()) : 'id';
}
