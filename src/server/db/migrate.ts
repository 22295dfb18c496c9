import { Migrator, sql, type MigrationResultSet } from 'kysely';
import { isPostgres, type Db } from './database.js';
import { migrations } from './migrations/index.js';

export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  return migrateTo(db, null);
}

/** Runs migrations up to and including `name` (null for all); tests of a migration start below it. */
export async function migrateTo(db: Db, name: string | null): Promise<MigrationResultSet> {
  // Kysely looks for its bookkeeping tables across all schemas unless told which one is ours.
  const schema = isPostgres(db)
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema && { migrationTableSchema: schema }),
  });
  const result = name === null ? await migrator.migrateToLatest() : await migrator.migrateTo(name);
  if (result.error)
    throw result.error instanceof Error ? result.error : new Error(JSON.stringify(result.error));
  return result;
}
