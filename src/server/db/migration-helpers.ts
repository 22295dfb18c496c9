import type { Kysely } from 'kysely';
import { isPostgres } from './database.js';

/** Column types that differ between the two dialects. Migrations use only these and plain SQL types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are written against an untyped schema so they never break when types change
export function columnTypes(db: Kysely<any>) {
  const pg = isPostgres(db);
  return {
    id: pg ? 'uuid' : 'text',
    timestamp: pg ? 'timestamptz' : 'text',
    json: pg ? 'jsonb' : 'text',
    bool: pg ? 'boolean' : 'integer',
    bigint: 'bigint',
  } as const;
}
