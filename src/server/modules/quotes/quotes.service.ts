import type { Db } from '../../db/database.js';
import { conflict } from '../../lib/errors.js';
import { nowIso } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { changeRecord, getRecord, insertNewRecord, present } from '../../records/record-service.js';
import type { QuoteStatus } from '../../sales/order-status.js';
import { orderType } from '../orders/orders.record.js';
import { enteredLines } from '../sales/sales-document.js';
import { quoteType } from './quotes.record.js';
import { findQuoteRevisions } from './quotes.repository.js';

/** A quote's actions beyond the record lifecycle: send, accept, decline, convert to an order. */

type QuoteAction = 'sent' | 'accepted' | 'declined';
const ACTION_FROM: Record<QuoteAction, readonly QuoteStatus[]> = {
  sent: ['draft', 'sent'],
  accepted: ['draft', 'sent'],
  declined: ['draft', 'sent'],
};

/**
 * Marks a quote sent (the document module emails it), accepted or declined. A quote that was
 * accepted, declined or converted stays so.
 */
export async function setQuoteStatus(db: Db, actor: Actor, id: string, status: QuoteAction) {
  return db.transaction().execute(async (trx) => {
    const { before, after } = await changeRecord(trx, actor, quoteType, id, (quote) => {
      const from = quote.status as QuoteStatus;
      if (!ACTION_FROM[status].includes(from))
        throw conflict('status', `the quote is ${from}; it cannot become ${status}`);
      const now = nowIso();
      return {
        status,
        sentAt: status === 'sent' ? now : quote.sentAt,
        acceptedAt: status === 'accepted' ? now : quote.acceptedAt,
      };
    });
    return (await present(trx, quoteType, actor, [after ?? before]))[0]!;
  });
}

/**
 * Converts an accepted quote to an order with every line of it, in one transaction: the quote's row
 * is locked first, so of two conversions at once the second finds it converted and is refused.
 */
export async function convertQuote(db: Db, actor: Actor, id: string, body: { promisedDate?: string | null }) {
  authorize(actor, 'orders', 'create');
  return db.transaction().execute(async (trx) => {
    const { before: quote } = await changeRecord(trx, actor, quoteType, id, (current) => {
      if (current.status === 'converted')
        throw conflict('status', 'the quote was already converted to an order');
      if (current.status !== 'accepted')
        throw conflict('status', `the quote is ${current.status as string}; accept it first`);
      return { status: 'converted' };
    });
    const order = await insertNewRecord(trx, actor, orderType, {
      companyId: quote.companyId,
      personId: quote.personId,
      currency: quote.currency,
      lines: enteredLines(quote.lines),
      documentDiscountPercent: quote.documentDiscountPercent,
      promisedDate: body.promisedDate ?? null,
      notes: quote.notes,
      quoteId: quote.id,
      ownerId: quote.ownerId,
    });
    await changeRecord(trx, actor, quoteType, id, () => ({ orderId: order.id }));
    return (await present(trx, orderType, actor, [order]))[0]!;
  });
}

/** The revisions a sent quote's changes replaced, newest first; the current one is the quote itself. */
export async function listQuoteRevisions(db: Db, actor: Actor, id: string) {
  await getRecord(db, actor, quoteType, id);
  return { data: await findQuoteRevisions(db, actor.workspaceId, id) };
}
