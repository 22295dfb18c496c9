import { readJson, writeJson, type DbOrTrx } from '../../db/database.js';

/** Earlier revisions of quotes: each the quote as it was when a changed copy replaced it. */
export async function insertQuoteRevision(
  db: DbOrTrx,
  row: { workspaceId: string; quoteId: string; revision: number; snapshot: unknown; createdAt: string },
) {
  await db
    .insertInto('quote_revisions')
    .values({
      workspace_id: row.workspaceId,
      quote_id: row.quoteId,
      revision: row.revision,
      snapshot: writeJson(row.snapshot),
      created_at: row.createdAt,
    })
    .execute();
}

export async function findQuoteRevisions(db: DbOrTrx, workspaceId: string, quoteId: string) {
  const rows = await db
    .selectFrom('quote_revisions')
    .select(['revision', 'snapshot', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('quote_id', '=', quoteId)
    .orderBy('revision', 'desc')
    .execute();
  return rows.map((row) => ({
    revision: row.revision,
    replacedAt: row.created_at,
    quote: readJson<Record<string, unknown>>(row.snapshot, {}),
  }));
}
