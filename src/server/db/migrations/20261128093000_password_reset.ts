import { sql, type Kysely } from 'kysely';
import { columnTypes, isPostgres } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Password reset by email, and sessions a person can see and end.
 *
 * `password_resets` holds each reset request: the address and client address it came from (for the
 * throttles), and, once the account is found, its user and the link's token as SHA-256 only. A
 * request for an address without an account keeps no user and no token. Like sign-up requests, rows
 * belong to an account, not a workspace.
 *
 * `sessions` gain a public id (the primary key is the token's hash, which is not shown), the client's
 * user agent and address at sign-in, and when the session was last used. Existing sessions get a
 * random id of the same shape.
 */
export async function up(db: AnyDb): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('password_resets')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('user_id', t.id, (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('used_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('password_resets_email_idx')
    .on('password_resets')
    .columns(['email', 'created_at'])
    .execute();
  await db.schema
    .createIndex('password_resets_ip_idx')
    .on('password_resets')
    .columns(['ip', 'created_at'])
    .execute();
  await db.schema
    .createIndex('password_resets_user_idx')
    .on('password_resets')
    .columns(['user_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('password_resets_expires_idx')
    .on('password_resets')
    .column('expires_at')
    .execute();

  await db.schema.alterTable('sessions').addColumn('public_id', t.id).execute();
  await db.schema.alterTable('sessions').addColumn('user_agent', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('ip', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('last_seen_at', t.timestamp).execute();
  const randomUuid = isPostgres(db)
    ? sql`gen_random_uuid()`
    : sql`lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;
  await db.updateTable('sessions').set({ public_id: randomUuid }).execute();
  await db.schema.createIndex('sessions_public_id_idx').on('sessions').column('public_id').unique().execute();
  await db.schema
    .createIndex('sessions_user_idx')
    .on('sessions')
    .columns(['user_id', 'created_at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('sessions_user_idx').execute();
  await db.schema.dropIndex('sessions_public_id_idx').execute();
  for (const column of ['last_seen_at', 'ip', 'user_agent', 'public_id'])
    await db.schema.alterTable('sessions').dropColumn(column).execute();
  await db.schema.dropTable('password_resets').execute();
}
