import { sql } from 'kysely';
import { isPostgres, type DbOrTrx } from '../../db/database.js';

export async function findPriceListCurrency(db: DbOrTrx, workspaceId: string, id: string) {
  const row = await db
    .selectFrom('price_lists')
    .select('currency')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.currency ?? null;
}

export async function findListPricesPage(db: DbOrTrx, workspaceId: string, priceListId: string) {
  const rows = await db
    .selectFrom('price_list_prices')
    .select(['product_id', 'unit_price_minor'])
    .where('workspace_id', '=', workspaceId)
    .where('price_list_id', '=', priceListId)
    .orderBy('product_id')
    .limit(10_000)
    .execute();
  return rows.map((row) => ({ productId: row.product_id, unitPriceMinor: Number(row.unit_price_minor) }));
}

export async function upsertListPrices(
  db: DbOrTrx,
  workspaceId: string,
  priceListId: string,
  prices: { productId: string; unitPriceMinor: number }[],
) {
  for (let start = 0; start < prices.length; start += 500) {
    const batch = prices.slice(start, start + 500);
    await db
      .insertInto('price_list_prices')
      .values(
        batch.map((price) => ({
          workspace_id: workspaceId,
          price_list_id: priceListId,
          product_id: price.productId,
          unit_price_minor: price.unitPriceMinor,
        })),
      )
      .onConflict((conflict) =>
        conflict
          .columns(['workspace_id', 'price_list_id', 'product_id'])
          .doUpdateSet((eb) => ({ unit_price_minor: eb.ref('excluded.unit_price_minor') })),
      )
      .execute();
  }
}

export async function deleteListPrices(
  db: DbOrTrx,
  workspaceId: string,
  priceListId: string,
  productIds: string[],
) {
  if (productIds.length === 0) return;
  await db
    .deleteFrom('price_list_prices')
    .where('workspace_id', '=', workspaceId)
    .where('price_list_id', '=', priceListId)
    .where('product_id', 'in', productIds)
    .execute();
}

/** The active price list in `currency` that names the company among its customers, if any. */
export async function findCompanyPriceListId(
  db: DbOrTrx,
  workspaceId: string,
  companyId: string,
  currency: string,
) {
  const names = isPostgres(db)
    ? sql<boolean>`company_ids @> ${JSON.stringify([companyId])}::jsonb`
    : sql<boolean>`exists (select 1 from json_each(company_ids) where value = ${companyId})`;
  const row = await db
    .selectFrom('price_lists')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('currency', '=', currency)
    .where('deleted_at', 'is', null)
    .where('active', '=', isPostgres(db) ? true : 1)
    .where(names)
    .orderBy('id')
    .executeTakeFirst();
  return row?.id ?? null;
}
