import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostgres, type Db } from '../db/database.js';
import { openTestDatabase } from '../testing/test-database.js';
import { testDialects } from '../testing/test-database.js';
import { RECORD_TYPES } from './registry.js';

/** Each index of a table as its column list. */
async function indexesOf(db: Db, table: string): Promise<string[][]> {
  if (isPostgres(db)) {
    const { rows } = await sql<{ columns: string[] }>`
      select array_agg(a.attname::text order by k.ord) as columns
      from pg_index x
      join pg_class t on t.oid = x.indrelid
      join lateral unnest(x.indkey) with ordinality as k(attnum, ord) on true
      join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
      where t.relname = ${table} and t.relnamespace = current_schema()::regnamespace
      group by x.indexrelid`.execute(db);
    return rows.map((row) => row.columns);
  }
  const { rows: indexes } = await sql<{ name: string }>`select name from pragma_index_list(${table})`.execute(
    db,
  );
  const result: string[][] = [];
  for (const { name } of indexes) {
    const { rows } = await sql<{
      name: string;
    }>`select name from pragma_index_info(${name}) order by seqno`.execute(db);
    result.push(rows.map((row) => row.name));
  }
  return result;
}

describe.each(testDialects())('record table indexes on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => ({ db, close } = await openTestDatabase(dialect)));
  afterAll(async () => close());

  for (const type of RECORD_TYPES) {
    it(`${type.table}: every sortable field leads an index after the workspace`, async () => {
      const indexes = await indexesOf(db, type.table);
      for (const [name, field] of Object.entries(type.listFields)) {
        if (!field.sortable) continue;
        const column = field.keyed ? `${field.column}_key` : field.column;
        const found = indexes.some((columns) => columns[0] === 'workspace_id' && columns[1] === column);
        expect(found, `${type.table}.${name} (${column}) has no (workspace_id, ${column}, …) index`).toBe(
          true,
        );
      }
    });
  }
});
