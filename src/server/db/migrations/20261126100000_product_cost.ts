import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/** A product's purchase cost per unit (a sensitive field: margins are not for every role). */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('products').addColumn('cost', 'bigint').execute();
  await db.schema.alterTable('products').addColumn('cost_currency', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('products').dropColumn('cost_currency').execute();
  await db.schema.alterTable('products').dropColumn('cost').execute();
}
