import { sql, type Kysely } from 'kysely';
import { columnTypes } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Outgoing email and email-verified sign-up.
 *
 * `outbound_emails` is the durable outbox: a message is written in the transaction of the command
 * that sends it and delivered afterwards. Messages sent before any workspace exists (sign-up) have no
 * workspace, so the table is not distributed by `workspace_id`; the sweep reads it through the
 * partial index of messages still due.
 *
 * `sign_up_requests` holds what was entered at sign-up until the address is confirmed: the password
 * only as its argon2 hash, the link's token only as its SHA-256.
 *
 * `instance_flags` records one-time events of the whole instance, such as the first sign-up, which
 * creates its workspace at once; its primary key lets exactly one request claim that.
 */
export async function up(db: AnyDb): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('outbound_emails')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.references('workspaces.id').onDelete('cascade'))
    .addColumn('to', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('html', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('next_attempt_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('sent_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('outbound_emails_due_idx')
    .on('outbound_emails')
    .column('next_attempt_at')
    .where(sql.ref('status'), '=', sql.lit('queued'))
    .execute();
  await db.schema
    .createIndex('outbound_emails_workspace_idx')
    .on('outbound_emails')
    .columns(['workspace_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('outbound_emails_created_idx')
    .on('outbound_emails')
    .column('created_at')
    .execute();

  await db.schema
    .createTable('sign_up_requests')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('workspace_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('used_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sign_up_requests_email_idx')
    .on('sign_up_requests')
    .columns(['email', 'created_at'])
    .execute();
  await db.schema
    .createIndex('sign_up_requests_expires_idx')
    .on('sign_up_requests')
    .column('expires_at')
    .execute();

  await db.schema
    .createTable('instance_flags')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('instance_flags').execute();
  await db.schema.dropTable('sign_up_requests').execute();
  await db.schema.dropTable('outbound_emails').execute();
}
