import { sql } from 'kysely';
import { isPostgres, type DbOrTrx } from '../../db/database.js';
import type { ListSearch, MatchPosition } from '../../lib/record-list.js';
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
      oc.columns(['workspace_id', 'entity_type', 'entity_id']).doUpdateSet({
        title: row.title,
        subtitle: row.subtitle,
        name: row.name,
        body: row.body,
        trashed: 0,
      }),
    )
    .execute();
}

/** Moves a record's document to or from the trash, where only the trash list's search finds it. */
export async function setSearchDocumentTrashed(
  db: DbOrTrx,
  workspaceId: string,
  entityType: string,
  entityId: string,
  trashed: boolean,
) {
  await db
    .updateTable('search_documents')
    .set({ trashed: trashed ? 1 : 0 })
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
 * creation within a tier (on PostgreSQL, when a tier has more matches than are wanted, which of them
 * is left to the index). The workspace is part of the match itself (a token in SQLite, the leading
 * GIN column in PostgreSQL), so a search never reads other tenants' rows. `entityTypes: 'all'` means
 * every type the workspace indexes.
 */
export async function searchDocuments(
  db: DbOrTrx,
  workspaceId: string,
  query: string,
  entityTypes: string[] | 'all',
  limit: number,
): Promise<SearchHit[]> {
  const rows = await sql<HitRow>`
    select d.entity_type, d.entity_id, d.title, d.subtitle, m.rank
    from (${rankedMatches(db, { workspaceId, entityTypes, terms: searchTerms(query), limit, ordered: false, trashed: false })}) m
    join search_documents d on d.doc_id = m.doc_id
    order by m.rank desc, m.doc_id`.execute(db);
  return rows.rows.map((row) => ({
    entityType: row.entity_type,
    entityId: row.entity_id,
    title: row.title,
    subtitle: row.subtitle,
    rank: Number(row.rank),
  }));
}

/** How many of the best matches a list in a sort of its own shows; enough for any query naming someone. */
const SORTED_MATCHES = 1000;

/**
 * The matches of `q` for a list of one record type: the best ones as a subquery for a list in a sort
 * of its own (`id in (…)`, so they never travel through the application), and a walk over all of
 * them in search order for a list without one.
 */
export function listSearch(
  db: DbOrTrx,
  workspaceId: string,
  entityType: string,
  query: string,
  trashed: boolean,
): ListSearch {
  const lookup = { workspaceId, entityTypes: [entityType], terms: searchTerms(query), trashed };
  return {
    best: sql`
      select d.entity_id
      from (${rankedMatches(db, { ...lookup, limit: SORTED_MATCHES, ordered: false })}) m
      join search_documents d on d.doc_id = m.doc_id`,
    bestLimit: SORTED_MATCHES,
    next: async (after, limit) => {
      const rows = await sql<{ rank: number | string; doc_id: number | string; entity_id: string }>`
        select m.rank, m.doc_id, d.entity_id
        from (${rankedMatches(db, { ...lookup, limit, after, ordered: true })}) m
        join search_documents d on d.doc_id = m.doc_id
        order by m.rank desc, m.doc_id`.execute(db);
      return rows.rows.map((row) => ({
        rank: Number(row.rank),
        docId: Number(row.doc_id),
        entityId: row.entity_id,
      }));
    },
  };
}

interface MatchLookup {
  workspaceId: string;
  /** Search the trash (records in it) instead of the live records. */
  trashed: boolean;
  entityTypes: string[] | 'all';
  terms: string[];
  limit: number;
  /** Only matches that come after this position in search order. */
  after?: MatchPosition | null;
  /**
   * Whether each tier must come in document order, as a walk through the matches needs. SQLite's
   * index gives that order for free; PostgreSQL sorts every match of the tier for it.
   */
  ordered: boolean;
}

interface HitRow {
  entity_type: string;
  entity_id: string;
  title: string;
  subtitle: string | null;
  rank: number | string;
}

/**
 * `(rank, doc_id)` of the best `limit` matches: one lookup per tier, each leaving out the tiers before
 * it and stopping at `limit` rows, chained so that a tier runs only while rows are still wanted. The
 * cost depends on `limit`, not on how many records match.
 */
function rankedMatches(db: DbOrTrx, lookup: MatchLookup) {
  const { after } = lookup;
  const tiers = TIERS.map((tier, i) => ({
    tier,
    rank: TIERS.length - i,
    before: TIERS[i - 1] ?? null,
  })).filter(({ rank }) => !after || rank <= after.rank);
  if (lookup.terms.length === 0 || lookup.entityTypes.length === 0 || tiers.length === 0)
    return sql`select 0 as rank, 0 as doc_id where 1 = 0`;
  const selects = tiers.map(({ tier, rank, before }) => {
    const fromDoc = after?.rank === rank ? after.docId : 0;
    return isPostgres(db)
      ? sql`(select ${sql.lit(rank)} as rank, doc_id from (${postgresTier(lookup, tier, before, fromDoc)}) t)`
      : sql`select ${sql.lit(rank)} as rank, doc_id from (${sqliteTier(lookup, tier, before, fromDoc)})`;
  });
  return sql`select rank, doc_id from (${sql.join(selects, sql` union all `)}) tiers limit ${lookup.limit}`;
}

/**
 * FTS5: `scope` holds `w<workspace>` and `w<workspace><type>` tokens (`t…` in the trash); terms are
 * letters and digits only.
 */
function sqliteTier(
  { workspaceId, entityTypes, terms, limit, trashed }: MatchLookup,
  tier: Tier,
  before: Tier | null,
  fromDoc: number,
) {
  const workspace = `${trashed ? 't' : 'w'}${workspaceId.replaceAll('-', '')}`;
  const scope =
    entityTypes === 'all' ? workspace : entityTypes.map((type) => `${workspace}${type}`).join(' OR ');
  const matchTerms = (t: Tier) =>
    `${t.where === 'name' ? 'name' : 'body'} : (${terms.map((term) => `"${term}"${t.prefix ? '*' : ''}`).join(' AND ')})`;
  const match = `scope : (${scope}) AND ${matchTerms(tier)}${before ? ` NOT ${matchTerms(before)}` : ''}`;
  return sql`select rowid as doc_id from search_fts where search_fts match ${match} and rowid > ${fromDoc} limit ${limit}`;
}

/**
 * tsquery on `name_vector` (the name) or `vector` (the text); terms are letters and digits only.
 * Only a walk through the matches (`ordered`) sorts a tier by document, and then over the index's
 * matches: asked for "the first rows by doc_id", PostgreSQL would walk the primary key and test
 * every row of the table when a tier has few matches.
 */
function postgresTier(
  { workspaceId, entityTypes, terms, limit, ordered, trashed }: MatchLookup,
  tier: Tier,
  before: Tier | null,
  fromDoc: number,
) {
  const matches = (t: Tier) => {
    const column = t.where === 'name' ? sql.ref('name_vector') : sql.ref('vector');
    const tsquery = terms.map((term) => `${term}${t.prefix ? ':*' : ''}`).join(' & ');
    return sql`${column} @@ to_tsquery('simple', ${tsquery})`;
  };
  const found = sql`
    select doc_id from search_documents
    where workspace_id = ${workspaceId} and ${matches(tier)} ${before ? sql`and not ${matches(before)}` : sql``}
      and doc_id > ${fromDoc} and trashed = ${trashed}
      ${entityTypes === 'all' ? sql`` : sql`and entity_type in (${sql.join(entityTypes)})`}`;
  return ordered
    ? sql`select doc_id from (${found} offset 0) found order by doc_id limit ${limit}`
    : sql`${found} limit ${limit}`;
}

/** Removes a record's document, so no search finds it again (a record merged into another). */
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
