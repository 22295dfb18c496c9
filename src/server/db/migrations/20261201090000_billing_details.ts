import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * A billing address in parts and a VAT or tax ID on companies and people, printed as the buyer on
 * sales documents and sent in e-invoices. People already had a city and a country, companies a
 * country.
 */
export async function up(db: AnyDb): Promise<void> {
  for (const column of ['street', 'city', 'postal_code', 'region', 'vat_id'])
    await db.schema.alterTable('companies').addColumn(column, 'text').execute();
  for (const column of ['street', 'postal_code', 'region', 'vat_id'])
    await db.schema.alterTable('people').addColumn(column, 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const column of ['street', 'city', 'postal_code', 'region', 'vat_id'])
    await db.schema.alterTable('companies').dropColumn(column).execute();
  for (const column of ['street', 'postal_code', 'region', 'vat_id'])
    await db.schema.alterTable('people').dropColumn(column).execute();
}
