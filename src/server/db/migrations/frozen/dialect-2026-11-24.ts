// Frozen on 2026-11-24 for the migrations that import it: never change this file; add a new copy instead.
import { PostgresAdapter, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are written against an untyped schema so they never break when types change
type AnyDb = Kysely<any>;

/** Whether a migration runs on PostgreSQL (otherwise SQLite). */
export function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Column types that differ between the two dialects. */
export function columnTypes(db: AnyDb) {
  const pg = isPostgres(db);
  return {
    id: pg ? 'uuid' : 'text',
    timestamp: pg ? 'timestamptz' : 'text',
    json: pg ? 'jsonb' : 'text',
    bool: pg ? 'boolean' : 'integer',
    bigint: 'bigint',
  } as const;
}
