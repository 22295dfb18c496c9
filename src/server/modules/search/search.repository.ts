import { sql } from 'kysely';
import { isPostgres, type DbOrTrx } from '../../db/database.js';
import { foldText, searchTerms } from '../../lib/text-fold.js';

export interface SearchDocument {
  title: string;
  subtitle: string | null;
  /** Raw text to index; folded here so every caller indexes the same way. */
  text: string;
}

export async function upsertSearchDocument(
  db: DbOrTrx,
  workspaceId: string,
  entityType: string,
  entityId: string,
  doc: SearchDocument,
) {
  const body = foldText(doc.text);
  await db
    .insertInto('search_documents')
    .values({
      workspace_id: workspaceId,
      entity_type: entityType,
      entity_id: entityId,
      title: doc.title,
      subtitle: doc.subtitle,
      body,
    })
    .onConflict((oc) =>
      oc
        .columns(['workspace_id', 'entity_type', 'entity_id'])
        .doUpdateSet({ title: doc.title, subtitle: doc.subtitle, body }),
    )
    .execute();
}

export async function deleteSearchDocument(
  db: DbOrTrx,
  workspaceId: string,
  entityType: string,
  entityId: string,
) {
  await db
    .deleteFrom('search_documents')
    .where('workspace_id', '=', workspaceId)
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .execute();
}

export interface SearchHit {
  entityType: string;
  entityId: string;
  title: string;
  subtitle: string | null;
  rank: number;
}

/**
 * Prefix search over folded text, best matches first. The workspace is part of the match itself
 * (a token in SQLite, the leading GIN column in PostgreSQL), so a search never reads other tenants' rows.
 */
export async function searchDocuments(
  db: DbOrTrx,
  workspaceId: string,
  query: string,
  entityTypes: string[],
  limit: number,
): Promise<SearchHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0 || entityTypes.length === 0) return [];
  if (isPostgres(db)) {
    const tsquery = terms.map((term) => `${term}:*`).join(' & ');
    const rows = await sql<{
      entity_type: string;
      entity_id: string;
      title: string;
      subtitle: string | null;
      rank: number;
    }>`
      select entity_type, entity_id, title, subtitle, ts_rank(vector, q) as rank
      from search_documents, to_tsquery('simple', ${tsquery}) q
      where workspace_id = ${workspaceId} and vector @@ q and entity_type in (${sql.join(entityTypes)})
      order by rank desc, length(body), doc_id
      limit ${limit}`.execute(db);
    return rows.rows.map(toHit);
  }
  const scope = `w${workspaceId.replaceAll('-', '')}`;
  const types = entityTypes.map((type) => `"${type}"`).join(' OR ');
  const match = `scope : (${scope} AND (${types})) AND body : (${terms.map((term) => `"${term}"*`).join(' AND ')})`;
  const rows = await sql<{
    entity_type: string;
    entity_id: string;
    title: string;
    subtitle: string | null;
    rank: number;
  }>`
    select d.entity_type, d.entity_id, d.title, d.subtitle, f.rank as rank
    from search_fts f join search_documents d on d.doc_id = f.rowid
    where search_fts match ${match}
    order by f.rank, length(d.body), d.doc_id
    limit ${limit}`.execute(db);
  return rows.rows.map(toHit);
}

function toHit(row: {
  entity_type: string;
  entity_id: string;
  title: string;
  subtitle: string | null;
  rank: number;
}): SearchHit {
  return {
    entityType: row.entity_type,
    entityId: row.entity_id,
    title: row.title,
    subtitle: row.subtitle,
    rank: Number(row.rank),
  };
}

/** Ids of records of one type whose text matches, best first; lists use this for `q`. */
export async function matchingIds(
  db: DbOrTrx,
  workspaceId: string,
  entityType: string,
  query: string,
  limit: number,
) {
  return (await searchDocuments(db, workspaceId, query, [entityType], limit)).map((hit) => hit.entityId);
}
