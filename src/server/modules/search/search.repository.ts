import { sql } from 'kysely';
import { isPostgres, type DbOrTrx } from '../../db/database.js';
import { foldText, searchTerms } from '../../lib/text-fold.js';

export interface SearchDocument {
  title: string;
  subtitle: string | null;
  /** Raw text to index; folded here so every caller indexes the same way. */
  text: string;
}

/** The stored row of a search document; the services and the seed both write it through here. */
export function searchDocumentRow(
  workspaceId: string,
  entityType: string,
  entityId: string,
  doc: SearchDocument,
) {
  return {
    workspace_id: workspaceId,
    entity_type: entityType,
    entity_id: entityId,
    title: doc.title,
    subtitle: doc.subtitle,
    name: foldText(doc.title),
    body: foldText(doc.text),
  };
}

export async function upsertSearchDocument(
  db: DbOrTrx,
  workspaceId: string,
  entityType: string,
  entityId: string,
  doc: SearchDocument,
) {
  const row = searchDocumentRow(workspaceId, entityType, entityId, doc);
  await db
    .insertInto('search_documents')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['workspace_id', 'entity_type', 'entity_id'])
        .doUpdateSet({ title: row.title, subtitle: row.subtitle, name: row.name, body: row.body }),
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
  /** How the words matched: 3 whole words of the name, 2 starts of name words, 1 elsewhere in the text. */
  rank: number;
}

interface Tier {
  /** Every term matches within the name, as a whole word or as its start; or anywhere (`text`). */
  where: 'name' | 'text';
  prefix: boolean;
}

/** Best first; each tier leaves out what the tiers before it found. */
const TIERS: Tier[] = [
  { where: 'name', prefix: false },
  { where: 'name', prefix: true },
  { where: 'text', prefix: true },
];

/**
 * Prefix search over folded text, best matches first: records whose name has the words, then those
 * whose name has words starting with them, then those with them anywhere in their text; in order of
 * creation within a tier. Each tier is one index lookup that stops at the rows still wanted, so the
 * cost depends on `limit`, not on how many records match. The workspace is part of the match itself
 * (a token in SQLite, the leading GIN column in PostgreSQL), so a search never reads other tenants'
 * rows. `entityTypes: 'all'` means every type the workspace indexes.
 */
export async function searchDocuments(
  db: DbOrTrx,
  workspaceId: string,
  query: string,
  entityTypes: string[] | 'all',
  limit: number,
): Promise<SearchHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0 || entityTypes.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const [i, tier] of TIERS.entries()) {
    const wanted = limit - hits.length;
    if (wanted <= 0) break;
    const lookup: TierLookup = {
      workspaceId,
      entityTypes,
      terms,
      tier,
      before: TIERS[i - 1] ?? null,
      limit: wanted,
    };
    const rows = isPostgres(db) ? await postgresTier(db, lookup) : await sqliteTier(db, lookup);
    const rank = TIERS.length - i;
    for (const row of rows)
      hits.push({
        entityType: row.entity_type,
        entityId: row.entity_id,
        title: row.title,
        subtitle: row.subtitle,
        rank,
      });
  }
  return hits;
}

interface TierLookup {
  workspaceId: string;
  entityTypes: string[] | 'all';
  terms: string[];
  tier: Tier;
  /** The tier before, whose matches are left out. */
  before: Tier | null;
  limit: number;
}

interface HitRow {
  entity_type: string;
  entity_id: string;
  title: string;
  subtitle: string | null;
}

/** FTS5: `scope` holds `w<workspace>` and `w<workspace><type>` tokens; terms are letters and digits only. */
async function sqliteTier(db: DbOrTrx, { workspaceId, entityTypes, terms, tier, before, limit }: TierLookup) {
  const workspace = `w${workspaceId.replaceAll('-', '')}`;
  const scope =
    entityTypes === 'all' ? workspace : entityTypes.map((type) => `${workspace}${type}`).join(' OR ');
  const matchTerms = (t: Tier) =>
    `${t.where === 'name' ? 'name' : 'body'} : (${terms.map((term) => `"${term}"${t.prefix ? '*' : ''}`).join(' AND ')})`;
  const match = `scope : (${scope}) AND ${matchTerms(tier)}${before ? ` NOT ${matchTerms(before)}` : ''}`;
  const rows = await sql<HitRow>`
    select d.entity_type, d.entity_id, d.title, d.subtitle
    from (select rowid from search_fts where search_fts match ${match} limit ${limit}) m
    join search_documents d on d.doc_id = m.rowid
    order by m.rowid`.execute(db);
  return rows.rows;
}

/** tsquery: the name is weight A of the vector (`term:A`, `term:*A`); terms are letters and digits only. */
async function postgresTier(
  db: DbOrTrx,
  { workspaceId, entityTypes, terms, tier, before, limit }: TierLookup,
) {
  const query = (t: Tier) =>
    terms.map((term) => `${term}:${t.prefix ? '*' : ''}${t.where === 'name' ? 'A' : ''}`).join(' & ');
  const tsquery = before ? `(${query(tier)}) & !(${query(before)})` : query(tier);
  const rows = await sql<HitRow>`
    select entity_type, entity_id, title, subtitle from search_documents
    where workspace_id = ${workspaceId} and vector @@ to_tsquery('simple', ${tsquery})
      ${entityTypes === 'all' ? sql`` : sql`and entity_type in (${sql.join(entityTypes)})`}
    order by doc_id
    limit ${limit}`.execute(db);
  return rows.rows;
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
