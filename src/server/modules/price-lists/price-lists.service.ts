import type { Db } from '../../db/database.js';
import { invalid } from '../../lib/errors.js';
import type { Actor } from '../../lib/permissions.js';
import { changeRecord, getRecord } from '../../records/record-service.js';
import { findLineProducts } from '../sales/sales.repository.js';
import { priceListType } from './price-lists.record.js';
import { deleteListPrices, findListPricesPage, upsertListPrices } from './price-lists.repository.js';

/** A price list's prices: read with the list, changed with update permission on it. */
export async function getListPrices(db: Db, actor: Actor, id: string) {
  await getRecord(db, actor, priceListType, id);
  return { data: await findListPricesPage(db, actor.workspaceId, id) };
}

export async function setListPrices(
  db: Db,
  actor: Actor,
  id: string,
  body: { prices: { productId: string; unitPriceMinor: number }[]; remove: string[] },
) {
  await db.transaction().execute(async (trx) => {
    // Locks the list and checks update permission; the prices themselves are rows of their own.
    await changeRecord(trx, actor, priceListType, id, () => ({}));
    const ids = [...new Set(body.prices.map((price) => price.productId))];
    const known = new Set((await findLineProducts(trx, actor.workspaceId, ids)).map((product) => product.id));
    body.prices.forEach((price, index) => {
      if (!known.has(price.productId))
        throw invalid(`prices.${index}.productId`, 'is not a product of this workspace');
    });
    await upsertListPrices(trx, actor.workspaceId, id, body.prices);
    await deleteListPrices(trx, actor.workspaceId, id, body.remove);
  });
  return getListPrices(db, actor, id);
}
