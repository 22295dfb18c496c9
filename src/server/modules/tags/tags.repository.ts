import { sql, type SqlBool } from 'kysely';
import { isPostgres, type Db, type DbOrTrx } from '../../db/database.js';

/**
 * How many live records of one table carry each tag, in one workspace, counting only records owned by
 * `ownerIds` when given (the reader's scope).
 */
export async function countTags(
  db: Db,
  table: string,
  workspaceId: string,
  ownerIds: string[] | null,
): Promise<Map<string, number>> {
  if (ownerIds?.length === 0) return new Map();
  const owned = ownerIds ? sql`and r.owner_id in (${sql.join(ownerIds)})` : sql``;
  const tags = isPostgres(db)
    ? sql`cross join lateral jsonb_array_elements_text(r.tags) as t(tag)`
    : sql`cross join json_each(r.tags) as t`;
  const tag = isPostgres(db) ? sql`t.tag` : sql`t.value`;
  const { rows } = await sql<{ tag: string; count: number | string }>`
    select ${tag} as tag, count(*) as count
    from ${sql.table(table)} as r ${tags}
    where r.workspace_id = ${workspaceId} and r.deleted_at is null ${owned}
    group by ${tag}`.execute(db);
  return new Map(rows.map((row) => [row.tag, Number(row.count)]));
}

/** The live records of one table in one workspace that carry `tag`. */
export async function findTagged(db: DbOrTrx, table: string, workspaceId: string, tag: string) {
  const carries = isPostgres(db)
    ? sql<SqlBool>`r.tags @> ${JSON.stringify([tag])}::jsonb`
    : sql<SqlBool>`exists (select 1 from json_each(r.tags) where value = ${tag})`;
  const { rows } = await sql<{ id: string }>`
    select r.id from ${sql.table(table)} as r
    where r.workspace_id = ${workspaceId} and r.deleted_at is null and ${carries}
    order by r.id`.execute(db);
  return rows.map((row) => row.id);
}
