import { conflict, invalid } from '../../lib/errors.js';
import { nowIso } from '../../lib/ids.js';
import type { RecordContext, RecordValues } from '../../records/record-type.js';
import { quoteIsEditable, type QuoteStatus } from '../../sales/order-status.js';
import { chargesChanged, priceAndNumber } from '../sales/sales-document.js';
import { recordSalesSteps, SALES_EVENTS } from '../sales/sales-events.js';
import { findDealForQuote } from '../sales/sales.repository.js';
import { findCompanyPriceListId, findPriceListCurrency } from '../price-lists/price-lists.repository.js';
import { insertQuoteRevision } from './quotes.repository.js';

/**
 * A quote's rules in the command's transaction. A new quote made from a deal takes what it leaves
 * out from the deal (customer, currency, product lines). An accepted, declined or converted quote
 * no longer changes what it charges; a sent one that changes becomes a draft of its next revision,
 * and the sent revision is kept (`afterQuoteSaved`).
 */
const LOCKED_FIELDS = [
  'lines',
  'documentDiscountPercent',
  'currency',
  'companyId',
  'personId',
  'priceListId',
];

async function fromDeal(context: RecordContext, record: RecordValues): Promise<RecordValues> {
  const deal = await findDealForQuote(context.trx, context.actor.workspaceId, record.dealId as string);
  if (!deal) throw invalid('dealId', 'is not a deal of this workspace');
  const lines = record.lines as unknown[];
  return {
    ...record,
    companyId: record.companyId ?? deal.companyId,
    personId: record.personId ?? deal.personIds[0] ?? null,
    currency: record.currency || deal.currency,
    lines: lines.length > 0 ? lines : deal.lines,
  };
}

export async function prepareQuote(
  context: RecordContext,
  record: RecordValues,
  before: RecordValues | null,
): Promise<RecordValues> {
  let quote = record;
  if (!before) {
    if (quote.dealId) quote = await fromDeal(context, quote);
    if (!quote.currency) throw invalid('currency', 'is required');
    quote = { ...quote, status: 'draft', revision: 1, sentAt: null, acceptedAt: null, orderId: null };
    if (!quote.priceListId && quote.companyId) {
      const { trx, actor } = context;
      const listId = await findCompanyPriceListId(
        trx,
        actor.workspaceId,
        quote.companyId as string,
        quote.currency as string,
      );
      quote = { ...quote, priceListId: listId };
    }
  } else {
    const status = before.status as QuoteStatus;
    const changed = LOCKED_FIELDS.filter(
      (name) => JSON.stringify(quote[name]) !== JSON.stringify(before[name]),
    );
    if (!quoteIsEditable(status) && changed.length > 0 && quote.status === before.status)
      throw conflict(changed[0]!, `cannot change once the quote is ${status}`);
    if (status === 'sent' && quote.status === 'sent' && chargesChanged(quote, before))
      quote = { ...quote, status: 'draft', revision: (before.revision as number) + 1 };
  }
  if (quote.priceListId && (!before || quote.priceListId !== before.priceListId)) {
    const currency = await findPriceListCurrency(
      context.trx,
      context.actor.workspaceId,
      quote.priceListId as string,
    );
    if (currency && currency !== quote.currency)
      throw invalid(
        'priceListId',
        `is a price list in ${currency}, not in the quote’s ${quote.currency as string}`,
      );
  }
  return priceAndNumber(context, 'quote', quote, before);
}

/**
 * Keeps the sent revision a change replaced, readable at `GET /quotes/{id}/revisions`, and writes
 * the quote's steps on the timelines.
 */
export async function afterQuoteSaved(
  context: RecordContext,
  record: RecordValues,
  before: RecordValues | null,
): Promise<string[]> {
  if (before && record.revision !== before.revision)
    await insertQuoteRevision(context.trx, {
      workspaceId: context.actor.workspaceId,
      quoteId: before.id as string,
      revision: before.revision as number,
      snapshot: before,
      createdAt: nowIso(),
    });
  return recordSalesSteps(context, 'quote', record, before);
}

export const QUOTE_EVENTS = SALES_EVENTS.quote;
