import type { Kysely } from 'kysely';
import { columnTypes } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * A preferred language on people and companies (the language their documents and emails are
 * written in), and the workspace's details printed on its sales documents: legal name, address,
 * VAT ID, contacts, bank account, default payment terms and its logo (a row of `files`).
 */
export async function up(db: AnyDb): Promise<void> {
  const { id, timestamp } = columnTypes(db);
  await db.schema.alterTable('people').addColumn('language', 'text').execute();
  await db.schema.alterTable('companies').addColumn('language', 'text').execute();
  await db.schema
    .createTable('workspace_document_details')
    .addColumn('workspace_id', id, (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('legal_name', 'text')
    .addColumn('street', 'text')
    .addColumn('additional_street', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('region', 'text')
    .addColumn('country', 'text')
    .addColumn('vat_id', 'text')
    .addColumn('registration_id', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('website', 'text')
    .addColumn('iban', 'text')
    .addColumn('bic', 'text')
    .addColumn('payment_terms', 'text')
    .addColumn('payment_days', 'integer')
    .addColumn('peppol_scheme', 'text')
    .addColumn('peppol_id', 'text')
    .addColumn('logo_file_id', id)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('workspace_document_details').execute();
  await db.schema.alterTable('companies').dropColumn('language').execute();
  await db.schema.alterTable('people').dropColumn('language').execute();
}
