import { Migrator, sql, type MigrationResultSet } from 'kysely';
import { isPostgres, type Db } from './database.js';
import { migrations, rewrittenTables } from './migrations/index.js';

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
    // Modules number their migrations within ranges of their own, so a module's new migration can
    // sort before another's that a database already ran; it still runs, in name order with the rest.
    allowUnorderedMigrations: true,
    ...(schema && { migrationTableSchema: schema }),
  });
  const result = name === null ? await migrator.migrateToLatest() : await migrator.migrateTo(name);
  if (result.error)
    throw result.error instanceof Error ? result.error : new Error(JSON.stringify(result.error));
  const applied = (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  await tidyRewrittenTables(db, [...new Set(applied.flatMap((m) => rewrittenTables[m] ?? []))]);
  return result;
}

/** VACUUM (PostgreSQL) and fresh statistics for tables the applied migrations rewrote. */
async function tidyRewrittenTables(db: Db, tables: string[]): Promise<void> {
  if (tables.length === 0) return;
  if (isPostgres(db)) {
    for (const table of tables) await sql`vacuum (analyze) ${sql.table(table)}`.execute(db);
    return;
  }
  // A sampled ANALYZE, as after a bulk seed: under a second at a million rows.
  await sql`pragma analysis_limit = 1000`.execute(db);
  for (const table of tables) await sql`analyze ${sql.table(table)}`.execute(db);
  await sql`pragma analysis_limit = 0`.execute(db);
}
