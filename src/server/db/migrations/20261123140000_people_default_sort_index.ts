import { sql, type Kysely } from 'kysely';
import { isPostgres } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * People lists sort by `lastName,firstName` unless told otherwise. The core migration indexes
 * (workspace, last_name, id), which cannot deliver that order, so SQLite read the whole workspace
 * through the primary key and sorted it: 2.5 s for the first page at a million people. An index in
 * exactly the list's order makes the first page a 51-row index walk.
 */
export async function up(db: AnyDb): Promise<void> {
  const nulls = isPostgres(db) ? ' NULLS FIRST' : '';
  await sql
    .raw(
      `CREATE INDEX people_last_first_name_idx ON people (workspace_id, last_name${nulls}, first_name${nulls}, id)`,
    )
    .execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`DROP INDEX people_last_first_name_idx`.execute(db);
}
