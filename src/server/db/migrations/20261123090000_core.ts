import { sql, type Kysely } from 'kysely';
import { columnTypes, isPostgres } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('workspaces')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('default_currency', 'text', (c) => c.notNull())
    .addColumn('default_locale', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text')
    .addColumn('totp_secret', 'text')
    .addColumn('totp_enabled', t.bool, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('roles')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('key', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('permissions', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('roles_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('roles_name_unique', ['workspace_id', 'name'])
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role_id', t.id, (c) => c.notNull())
    .addColumn('active', t.bool, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pk', ['workspace_id', 'user_id'])
    .addForeignKeyConstraint('memberships_role_fk', ['workspace_id', 'role_id'], 'roles', [
      'workspace_id',
      'id',
    ])
    .execute();
  await db.schema.createIndex('memberships_user_idx').on('memberships').columns(['user_id']).execute();

  await db.schema
    .createTable('teams')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('teams_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('teams_name_unique', ['workspace_id', 'name'])
    .execute();

  await db.schema
    .createTable('team_members')
    .addColumn('workspace_id', t.id, (c) => c.notNull())
    .addColumn('team_id', t.id, (c) => c.notNull())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('team_members_pk', ['workspace_id', 'team_id', 'user_id'])
    .addForeignKeyConstraint(
      'team_members_team_fk',
      ['workspace_id', 'team_id'],
      'teams',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('team_members_user_idx')
    .on('team_members')
    .columns(['workspace_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('invitations')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role_id', t.id, (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', t.id, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('accepted_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('invitations_pk', ['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('api_keys')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('role_id', t.id, (c) => c.notNull())
    .addColumn('created_by', t.id)
    .addColumn('last_used_at', t.timestamp)
    .addColumn('revoked_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('api_keys_pk', ['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('login_attempts')
    .addColumn('id', isPostgres(db) ? 'bigserial' : 'integer', (c) =>
      isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('succeeded', t.bool, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_attempts_email_idx')
    .on('login_attempts')
    .columns(['email', 'created_at'])
    .execute();
  await db.schema
    .createIndex('login_attempts_ip_idx')
    .on('login_attempts')
    .columns(['ip', 'created_at'])
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('principal_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response_body', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['workspace_id', 'principal_id', 'key'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', t.id, (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', t.id)
    .addColumn('changes', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_log_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema
    .createIndex('audit_log_entity_idx')
    .on('audit_log')
    .columns(['workspace_id', 'entity_type', 'entity_id', 'id'])
    .execute();

  await db.schema
    .createTable('companies')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('domain', 'text')
    .addColumn('country', 'text')
    .addColumn('industry', 'text')
    .addColumn('annual_revenue', t.bigint)
    .addColumn('currency', 'text')
    .addColumn('owner_id', t.id)
    .addColumn('tags', t.json, (c) => c.notNull())
    .addColumn('custom', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('deleted_at', t.timestamp)
    .addPrimaryKeyConstraint('companies_pk', ['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('people')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('primary_email', 'text')
    .addColumn('emails', t.json, (c) => c.notNull())
    .addColumn('phones', t.json, (c) => c.notNull())
    .addColumn('company_id', t.id)
    .addColumn('job_title', 'text')
    .addColumn('city', 'text')
    .addColumn('country', 'text')
    .addColumn('owner_id', t.id)
    .addColumn('tags', t.json, (c) => c.notNull())
    .addColumn('custom', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('deleted_at', t.timestamp)
    .addPrimaryKeyConstraint('people_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('people_company_fk', ['workspace_id', 'company_id'], 'companies', [
      'workspace_id',
      'id',
    ])
    .execute();

  // Keyset pagination needs (workspace, sort column, id) for each sortable column a list offers.
  for (const [table, columns] of [
    ['companies', ['name', 'created_at', 'updated_at', 'country', 'industry', 'domain']],
    [
      'people',
      [
        'last_name',
        'first_name',
        'created_at',
        'updated_at',
        'primary_email',
        'job_title',
        'city',
        'country',
      ],
    ],
  ] as const) {
    for (const column of columns) {
      // Lists sort NULLs first ascending; PostgreSQL indexes must say so to serve that order.
      const nulls = isPostgres(db) ? ' NULLS FIRST' : '';
      await sql
        .raw(`CREATE INDEX ${table}_${column}_idx ON ${table} (workspace_id, ${column}${nulls}, id)`)
        .execute(db);
    }
    await db.schema
      .createIndex(`${table}_owner_idx`)
      .on(table)
      .columns(['workspace_id', 'owner_id', 'id'])
      .execute();
  }
  await db.schema
    .createIndex('people_company_idx')
    .on('people')
    .columns(['workspace_id', 'company_id', 'id'])
    .execute();

  await db.schema
    .createTable('notes')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', t.id, (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_id', t.id)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('notes_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema
    .createIndex('notes_entity_idx')
    .on('notes')
    .columns(['workspace_id', 'entity_type', 'entity_id', 'id'])
    .execute();

  await db.schema
    .createTable('custom_fields')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('object', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('options', t.json, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('custom_fields_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('custom_fields_key_unique', ['workspace_id', 'object', 'key'])
    .execute();

  await db.schema
    .createTable('saved_views')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('object', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('user_id', t.id, (c) => c.notNull())
    .addColumn('shared', t.bool, (c) => c.notNull())
    .addColumn('config', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('saved_views_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema
    .createIndex('saved_views_object_idx')
    .on('saved_views')
    .columns(['workspace_id', 'object', 'user_id'])
    .execute();

  await createSearchDocuments(db);
}

/**
 * One row per searchable record holding its folded text (see text-fold.ts). SQLite indexes it with an
 * external-content FTS5 table kept in sync by triggers; PostgreSQL with a `simple` tsvector in a GIN
 * index that starts with workspace_id (btree_gin).
 */
async function createSearchDocuments(db: AnyDb): Promise<void> {
  const t = columnTypes(db);
  const pg = isPostgres(db);
  await db.schema
    .createTable('search_documents')
    .addColumn('doc_id', pg ? 'bigserial' : 'integer', (c) =>
      pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', t.id, (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('subtitle', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_documents_entity_unique', ['workspace_id', 'entity_type', 'entity_id'])
    .execute();

  if (pg) {
    await sql`CREATE EXTENSION IF NOT EXISTS btree_gin`.execute(db);
    await sql`ALTER TABLE search_documents ADD COLUMN vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED`.execute(
      db,
    );
    await sql`CREATE INDEX search_documents_vector_idx ON search_documents USING gin (workspace_id, vector)`.execute(
      db,
    );
    return;
  }
  // The workspace goes into the index as a token of its own column so a match never leaves the workspace.
  const scope = (row: 'new' | 'old') =>
    `'w' || replace(${row}.workspace_id, '-', '') || ' ' || ${row}.entity_type`;
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(scope, body, content='', contentless_delete=1, tokenize='unicode61', prefix='2 3')`.execute(
    db,
  );
  await sql
    .raw(
      `CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
    INSERT INTO search_fts(rowid, scope, body) VALUES (new.doc_id, ${scope('new')}, new.body);
  END`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
    DELETE FROM search_fts WHERE rowid = old.doc_id;
  END`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
    DELETE FROM search_fts WHERE rowid = old.doc_id;
    INSERT INTO search_fts(rowid, scope, body) VALUES (new.doc_id, ${scope('new')}, new.body);
  END`,
    )
    .execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The core migration cannot be reverted');
}
