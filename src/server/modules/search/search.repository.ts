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

/** How many matches SQLite ranks at most; enough that any query naming a person finds them. */
const SQLITE_CANDIDATES = 2000;

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
  // bm25 would score every match and count the workspace token's million-entry posting list for its
  // IDF (100+ ms at a million records). Instead take a bounded set of matches, then rank them by how
  // early the first term starts a word (names come first in the body), then by shorter documents.
  const firstWord = ` ${terms[0]!}`;
  const rows = await sql<{
    entity_type: string;
    entity_id: string;
    title: string;
    subtitle: string | null;
    position: number;
  }>`
    select d.entity_type, d.entity_id, d.title, d.subtitle,
      coalesce(nullif(instr(' ' || d.body, ${firstWord}), 0), 1000000) as position
    from (select rowid from search_fts where search_fts match ${match} limit ${SQLITE_CANDIDATES}) m
    join search_documents d on d.doc_id = m.rowid
    order by position, length(d.body), d.doc_id
    limit ${limit}`.execute(db);
  return rows.rows.map((row) => toHit({ ...row, rank: 1 / row.position }));
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
