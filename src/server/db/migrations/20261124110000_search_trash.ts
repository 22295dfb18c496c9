import { sql, type Kysely } from 'kysely';
import { isPostgres } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Records in the trash stay searchable from the trash list: their search documents are kept and
 * marked `trashed` instead of deleted. In SQLite's index a trashed document carries `t…` scope
 * tokens instead of `w…`, so the command bar, which matches `w…`, never sees it, and the trash
 * search matches `t…` alone. (Records trashed before this migration had their documents removed
 * then; they become searchable again once restored.)
 */
export async function up(db: AnyDb): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .alterTable('search_documents')
    .addColumn('trashed', pg ? 'boolean' : 'integer', (c) => c.notNull().defaultTo(pg ? false : 0))
    .execute();
  if (pg) return;
  const scope = (row: string) => {
    const prefix = `case when ${row}.trashed then 't' else 'w' end`;
    const workspace = `replace(${row}.workspace_id, '-', '')`;
    return `${prefix} || ${workspace} || ' ' || ${prefix} || ${workspace} || ${row}.entity_type`;
  };
  const insert = `INSERT INTO search_fts(rowid, scope, name, body) VALUES (new.doc_id, ${scope('new')}, new.name, new.body);`;
  const remove = `DELETE FROM search_fts WHERE rowid = old.doc_id;`;
  for (const trigger of ['search_documents_ai', 'search_documents_au'])
    await sql`DROP TRIGGER ${sql.id(trigger)}`.execute(db);
  await sql
    .raw(`CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN ${insert} END`)
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN ${remove} ${insert} END`)
    .execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The search trash migration cannot be reverted');
}
