import { sql, type Kysely } from 'kysely';
import { isPostgres } from './frozen/dialect-2026-11-24.js';
import { optionalSortKey } from './frozen/text-fold-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/** The text columns lists sort by that people read as words (names, cities, job titles, industries). */
const KEYED = {
  people: ['first_name', 'last_name', 'job_title', 'city'],
  companies: ['name', 'industry'],
} as const;

/**
 * Lists sorted by code point put `Łukasz` after `Zuzana` and lower case after upper case. Each of
 * these columns gets a `<column>_key` holding `sortKey(value)` (lib/text-fold.ts), compared bytewise
 * in both databases (PostgreSQL: COLLATE "C"); the list indexes move from the columns to their keys,
 * which also serve equality filters (equal keys, equal values). Existing rows are keyed here with
 * the same function the application writes them with.
 */
export async function up(db: AnyDb): Promise<void> {
  const pg = isPostgres(db);
  const nulls = pg ? ' NULLS FIRST' : '';
  for (const [table, columns] of Object.entries(KEYED)) {
    for (const column of columns) {
      await sql.raw(`DROP INDEX ${table}_${column}_idx`).execute(db);
      await sql
        .raw(`ALTER TABLE ${table} ADD COLUMN ${column}_key text${pg ? ' COLLATE "C"' : ''}`)
        .execute(db);
    }
  }
  await sql`DROP INDEX people_last_first_name_idx`.execute(db);

  for (const [table, columns] of Object.entries(KEYED)) await backfill(db, table, columns);

  for (const [table, columns] of Object.entries(KEYED)) {
    for (const column of columns) {
      await sql
        .raw(`CREATE INDEX ${table}_${column}_idx ON ${table} (workspace_id, ${column}_key${nulls}, id)`)
        .execute(db);
    }
  }
  await sql
    .raw(
      `CREATE INDEX people_last_first_name_idx ON people (workspace_id, last_name_key${nulls}, first_name_key${nulls}, id)`,
    )
    .execute(db);
}

/** Keys every row, a batch at a time in primary-key order. */
async function backfill(db: AnyDb, table: string, columns: readonly string[]): Promise<void> {
  const pg = isPostgres(db);
  const batch = 2000;
  let after: { workspace_id: string; id: string } | null = null;
  for (;;) {
    const rows: Record<string, string | null>[] = (
      await sql<Record<string, string | null>>`
        select workspace_id, id, ${sql.join(columns.map((c) => sql.ref(c)))} from ${sql.table(table)}
        ${after ? sql`where (workspace_id, id) > (${after.workspace_id}, ${after.id})` : sql``}
        order by workspace_id, id limit ${batch}`.execute(db)
    ).rows;
    if (rows.length === 0) return;
    const values = rows.map(
      (row) =>
        sql`(${sql.join([row.workspace_id, row.id, ...columns.map((c) => optionalSortKey(row[c] ?? null))])})`,
    );
    const id = (name: string) => (pg ? sql`cast(${sql.ref(name)} as uuid)` : sql.ref(name));
    await sql`
      with v(workspace_id, id, ${sql.join(columns.map((c) => sql.ref(`${c}_key`)))}) as (values ${sql.join(values)})
      update ${sql.table(table)} set ${sql.join(
        columns.map((c) => sql`${sql.ref(`${c}_key`)} = v.${sql.ref(`${c}_key`)}`),
      )}
      from v
      where ${sql.table(table)}.workspace_id = ${id('v.workspace_id')} and ${sql.table(table)}.id = ${id('v.id')}`.execute(
      db,
    );
    const last = rows[rows.length - 1]!;
    after = { workspace_id: String(last.workspace_id), id: String(last.id) };
  }
}

export async function down(): Promise<void> {
  throw new Error('The sort keys migration cannot be reverted');
}
