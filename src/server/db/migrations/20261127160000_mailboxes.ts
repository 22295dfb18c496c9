import type { Kysely } from 'kysely';
import { columnTypes } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Email in and out per workspace.
 *
 * - `smtp_settings`: one row per workspace that sends through its own SMTP server; secrets (password,
 *   DKIM private key) are stored sealed (`secret:v1:` AES-256-GCM with the server's SECRET_KEY, or
 *   `plain:` when the server has no key).
 * - `outbound_emails` gains the message's `Message-ID`, its thread (whose token goes in the subject)
 *   and `bounced_at`; the status may now be `bounced`.
 * - `email_threads`: a conversation; `token` is the short code (`R-7K2QX9`) put in outgoing subjects
 *   so that a reply that lost its References header still finds its thread.
 * - `mailboxes`: IMAP folders polled for incoming mail, with the UIDVALIDITY and last UID seen.
 * - `received_emails`: one row per Message-ID per workspace (the same message in two folders is
 *   stored once); `email_attachments` their files (content in the file store); `email_links` the
 *   records (people, companies) an email belongs to.
 * - `bounced_addresses`: addresses a delivery-status report said cannot be delivered to.
 */
export async function up(db: AnyDb): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('smtp_settings')
    .addColumn('workspace_id', t.id, (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('port', 'integer', (c) => c.notNull())
    .addColumn('security', 'text', (c) => c.notNull())
    .addColumn('username', 'text')
    .addColumn('password_secret', 'text')
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('dkim_domain', 'text')
    .addColumn('dkim_selector', 'text')
    .addColumn('dkim_key_secret', 'text')
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('email_threads')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('email_threads_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('email_threads_token_unique', ['workspace_id', 'token'])
    .execute();

  await db.schema.alterTable('outbound_emails').addColumn('message_id', 'text').execute();
  await db.schema.alterTable('outbound_emails').addColumn('thread_id', t.id).execute();
  await db.schema.alterTable('outbound_emails').addColumn('bounced_at', t.timestamp).execute();
  await db.schema
    .createIndex('outbound_emails_message_id_idx')
    .on('outbound_emails')
    .columns(['workspace_id', 'message_id'])
    .execute();

  await db.schema
    .createTable('mailboxes')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('port', 'integer', (c) => c.notNull())
    .addColumn('tls', t.bool, (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('password_secret', 'text', (c) => c.notNull())
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('enabled', t.bool, (c) => c.notNull())
    .addColumn('uid_validity', 'text')
    .addColumn('last_uid', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('last_polled_at', t.timestamp)
    .addColumn('last_error', 'text')
    .addColumn('last_error_at', t.timestamp)
    .addColumn('imported_count', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('mailboxes_pk', ['workspace_id', 'id'])
    .execute();
  // The poller walks every enabled mailbox of every workspace once a minute.
  await db.schema
    .createIndex('mailboxes_enabled_idx')
    .on('mailboxes')
    .columns(['enabled', 'workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('received_emails')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('mailbox_id', t.id, (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('thread_id', t.id, (c) => c.notNull())
    .addColumn('in_reply_to', 'text')
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('from_name', 'text')
    .addColumn('to_addresses', t.json, (c) => c.notNull())
    .addColumn('cc_addresses', t.json, (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('sent_at', t.timestamp)
    .addColumn('received_at', t.timestamp, (c) => c.notNull())
    .addColumn('bounce_of', t.id)
    .addPrimaryKeyConstraint('received_emails_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('received_emails_message_id_unique', ['workspace_id', 'message_id'])
    .execute();
  await db.schema
    .createIndex('received_emails_thread_idx')
    .on('received_emails')
    .columns(['workspace_id', 'thread_id', 'id'])
    .execute();
  await db.schema
    .createIndex('received_emails_mailbox_idx')
    .on('received_emails')
    .columns(['workspace_id', 'mailbox_id', 'id'])
    .execute();

  await db.schema
    .createTable('email_attachments')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('email_id', t.id, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', t.bigint, (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('email_attachments_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema
    .createIndex('email_attachments_email_idx')
    .on('email_attachments')
    .columns(['workspace_id', 'email_id'])
    .execute();

  await db.schema
    .createTable('email_links')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('email_id', t.id, (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', t.id, (c) => c.notNull())
    .addPrimaryKeyConstraint('email_links_pk', ['workspace_id', 'email_id', 'record_type', 'record_id'])
    .execute();
  await db.schema
    .createIndex('email_links_record_idx')
    .on('email_links')
    .columns(['workspace_id', 'record_type', 'record_id'])
    .execute();

  await db.schema
    .createTable('bounced_addresses')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('outbound_email_id', t.id)
    .addColumn('bounced_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('bounced_addresses_pk', ['workspace_id', 'address'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'bounced_addresses',
    'email_links',
    'email_attachments',
    'received_emails',
    'mailboxes',
    'email_threads',
    'smtp_settings',
  ])
    await db.schema.dropTable(table).execute();
  await db.schema.dropIndex('outbound_emails_message_id_idx').execute();
  for (const column of ['bounced_at', 'thread_id', 'message_id'])
    await db.schema.alterTable('outbound_emails').dropColumn(column).execute();
}
