import { sql, type Kysely } from 'kysely';
import { columnTypes, isPostgres } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Two-factor sign-in that cannot be switched off or replaced without a code:
 * - `totp_pending_secret` holds a secret being set up, so it never replaces the active one until a
 *   code from it is confirmed; `totp_last_step` remembers the last accepted time step, so a code is
 *   accepted once.
 * - `recovery_codes` keeps only hashes of one-time codes that stand in for the authenticator.
 * - `login_attempts.kind` tells sign-ins from failed API keys and session cookies, which count
 *   against the client address too; the (email, ip) index serves the per-address delay.
 */
export async function up(db: AnyDb): Promise<void> {
  const t = columnTypes(db);
  await db.schema.alterTable('users').addColumn('totp_pending_secret', 'text').execute();
  await db.schema.alterTable('users').addColumn('totp_last_step', 'integer').execute();
  // A secret whose set-up was never confirmed was stored as the active one; it is pending.
  await db
    .updateTable('users')
    .set({ totp_pending_secret: sql.ref('totp_secret'), totp_secret: null })
    .where('totp_enabled', '=', isPostgres(db) ? sql.lit(false) : 0)
    .where('totp_secret', 'is not', null)
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash'])
    .execute();

  await db.schema
    .alterTable('login_attempts')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('sign_in'))
    .execute();
  await db.schema
    .createIndex('login_attempts_email_ip_idx')
    .on('login_attempts')
    .columns(['email', 'ip', 'created_at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('login_attempts_email_ip_idx').execute();
  await db.schema.alterTable('login_attempts').dropColumn('kind').execute();
  await db.schema.dropTable('recovery_codes').execute();
  await db.schema.alterTable('users').dropColumn('totp_last_step').execute();
  await db.schema.alterTable('users').dropColumn('totp_pending_secret').execute();
}
