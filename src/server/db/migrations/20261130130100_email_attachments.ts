import type { Kysely } from 'kysely';
import { columnTypes } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/** Files an outgoing email carries (a sales document's PDF): rows of `files`, read when it is sent. */
export async function up(db: AnyDb): Promise<void> {
  const { id } = columnTypes(db);
  await db.schema
    .createTable('outbound_email_attachments')
    .addColumn('email_id', id, (c) => c.notNull().references('outbound_emails.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('workspace_id', id, (c) => c.notNull())
    .addColumn('file_id', id, (c) => c.notNull())
    .addPrimaryKeyConstraint('outbound_email_attachments_pk', ['email_id', 'position'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('outbound_email_attachments').execute();
}
