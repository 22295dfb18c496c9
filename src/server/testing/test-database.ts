import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Db, type DialectName } from '../db/database.js';
import { migrateTo } from '../db/migrate.js';

const postgresUrl = process.env.TEST_DATABASE_URL;
let warned = false;

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export function testDialects(): DialectName[] {
  if (!postgresUrl && !warned) {
    warned = true;
    console.warn('PostgreSQL tests skipped: set TEST_DATABASE_URL=postgres://… to run them too');
  }
  return postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];
}

/**
 * A migrated (to the latest, or up to `migrateUpTo`), empty database for one test file: SQLite in memory, or a fresh PostgreSQL schema that is
 * dropped afterwards, so test files never share state and may run in parallel.
 */
export async function openTestDatabase(
  dialect: DialectName,
  migrateUpTo: string | null = null,
): Promise<{ db: Db; url: string; close: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const db = openDatabase('sqlite::memory:');
    await migrateTo(db, migrateUpTo);
    return { db, url: 'sqlite::memory:', close: () => db.destroy() };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  // Extensions live in public once; creating them concurrently from many schemas would race.
  await admin.query('CREATE EXTENSION IF NOT EXISTS btree_gin SCHEMA public').catch(() => undefined);
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(postgresUrl!);
  url.searchParams.set('options', `-c search_path=${schema},public`);
  const db = openDatabase(url.toString());
  await migrateTo(db, migrateUpTo);
  return {
    db,
    /** For other processes on the same schema. */
    url: url.toString(),
    close: async () => {
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: postgresUrl });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}
