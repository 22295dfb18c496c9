import { sql, type Kysely } from 'kysely';
import { isPostgres } from './frozen/dialect-2026-11-24.js';
import { foldText } from './frozen/text-fold-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Search ranks by where the words match: a whole word of the record's name first, then the start of
 * a name word, then anywhere in its text. For that the index needs the folded name apart from the
 * rest of the text: `search_documents.name`, its own column in SQLite's FTS5 table and a tsvector of
 * its own in PostgreSQL (weights would need every match rechecked in the table). SQLite's scope column also gets one token per workspace and record type, so
 * a search of one type (a list narrowed by `q`) intersects with one posting list instead of two.
 *
 * Existing names are folded here with the same `foldText` the application writes them with.
 */
export async function up(db: AnyDb): Promise<void> {
  const pg = isPostgres(db);
  // The old index goes first so that filling in the names does not keep it up to date row by row.
  if (pg) {
    await sql`DROP INDEX search_documents_vector_idx`.execute(db);
  } else {
    for (const trigger of ['search_documents_ai', 'search_documents_ad', 'search_documents_au'])
      await sql`DROP TRIGGER ${sql.id(trigger)}`.execute(db);
    await sql`DROP TABLE search_fts`.execute(db);
  }
  await db.schema
    .alterTable('search_documents')
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await backfillNames(db);
  if (pg) {
    await sql`ALTER TABLE search_documents ADD COLUMN name_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', name)) STORED`.execute(
      db,
    );
    await sql`CREATE INDEX search_documents_vector_idx ON search_documents USING gin (workspace_id, vector)`.execute(
      db,
    );
    await sql`CREATE INDEX search_documents_name_vector_idx ON search_documents USING gin (workspace_id, name_vector)`.execute(
      db,
    );
    return;
  }
  // `w<workspace>` for every record of the workspace, `w<workspace><type>` for those of one type.
  const scope = (row: string) =>
    `'w' || replace(${row}.workspace_id, '-', '') || ' w' || replace(${row}.workspace_id, '-', '') || ${row}.entity_type`;
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(scope, name, body, content='', contentless_delete=1, tokenize='unicode61', prefix='2 3')`.execute(
    db,
  );
  await sql
    .raw(
      `INSERT INTO search_fts(rowid, scope, name, body) SELECT doc_id, ${scope('d')}, name, body FROM search_documents d`,
    )
    .execute(db);
  const insert = `INSERT INTO search_fts(rowid, scope, name, body) VALUES (new.doc_id, ${scope('new')}, new.name, new.body);`;
  const remove = `DELETE FROM search_fts WHERE rowid = old.doc_id;`;
  await sql
    .raw(`CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN ${insert} END`)
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN ${remove} END`)
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN ${remove} ${insert} END`)
    .execute(db);
}

async function backfillNames(db: AnyDb): Promise<void> {
  const batch = 5000;
  for (let after = 0; ;) {
    const rows = await sql<{ doc_id: number | string; title: string }>`
      select doc_id, title from search_documents where doc_id > ${after} order by doc_id limit ${batch}`.execute(
      db,
    );
    if (rows.rows.length === 0) return;
    const values = rows.rows.map((row) => sql`(${Number(row.doc_id)}, ${foldText(row.title)})`);
    await sql`
      with v(doc_id, name) as (values ${sql.join(values)})
      update search_documents set name = v.name from v
      where search_documents.doc_id = cast(v.doc_id as bigint)`.execute(db);
    after = Number(rows.rows[rows.rows.length - 1]!.doc_id);
  }
}

export async function down(): Promise<void> {
  throw new Error('The search names migration cannot be reverted');
}
