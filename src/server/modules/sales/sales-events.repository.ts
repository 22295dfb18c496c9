import type { DbOrTrx } from '../../db/database.js';

/**
 * The deal a sales document comes from: a quote's own, an order's through its quote, an invoice's
 * through its order's quote.
 */
export async function findDocumentDealId(
  db: DbOrTrx,
  workspaceId: string,
  from: { quoteId?: string | null; orderId?: string | null },
): Promise<string | null> {
  let quoteId = from.quoteId ?? null;
  if (!quoteId && from.orderId) {
    const order = await db
      .selectFrom('orders')
      .select('quote_id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', from.orderId)
      .executeTakeFirst();
    quoteId = order?.quote_id ?? null;
  }
  if (!quoteId) return null;
  const quote = await db
    .selectFrom('quotes')
    .select('deal_id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', quoteId)
    .executeTakeFirst();
  return quote?.deal_id ?? null;
}
