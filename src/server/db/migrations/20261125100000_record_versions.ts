import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * A version per record, raised by every change: the API's `ETag`, compared with `If-Match` so that a
 * client never overwrites a change it has not seen. Adding a column with a constant default rewrites
 * no rows on either database.
 */
export async function up(db: AnyDb): Promise<void> {
  for (const table of ['people', 'companies']) {
    await db.schema
      .alterTable(table)
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  }
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['people', 'companies'])
    await db.schema.alterTable(table).dropColumn('version').execute();
}
