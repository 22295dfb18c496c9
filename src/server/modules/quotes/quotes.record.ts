import { defineRecordType, type RecordOf } from '../../records/record-type.js';
import { documentFields } from '../sales/sales-document.js';
import { afterQuoteSaved, prepareQuote, QUOTE_EVENTS } from './quote-rules.js';
import { quoteCreateBody, quoteUpdateBody } from './quotes.schemas.js';

/** An offer to a customer: lines priced in one currency, revised while it is sent, accepted, converted. */
export const quoteType = defineRecordType({
  entity: 'quote',
  table: 'quotes',
  names: { singular: 'quote', plural: 'quotes' },
  fields: {
    ...documentFields(),
    status: {
      column: 'status',
      type: 'text',
      sortable: true,
      description: 'draft, sent, accepted, declined or converted; changed by the actions',
    },
    dealId: { column: 'deal_id', type: 'uuid', nullable: true },
    priceListId: {
      column: 'price_list_id',
      type: 'uuid',
      nullable: true,
      ref: 'price_list',
      refName: 'priceListName',
    },
    revision: {
      column: 'revision',
      type: 'number',
      description: 'Starts at 1; a sent quote that changes gets the next',
    },
    validUntil: { column: 'valid_until', type: 'date', nullable: true, sortable: true },
    sentAt: { column: 'sent_at', type: 'date', nullable: true },
    acceptedAt: { column: 'accepted_at', type: 'date', nullable: true },
    orderId: {
      column: 'order_id',
      type: 'uuid',
      nullable: true,
      description: 'The order it was converted to',
    },
  },
  defaultSort: '-number',
  display: ['number'],
  input: { create: quoteCreateBody, update: quoteUpdateBody },
  relatedList: { field: 'companyId', summary: 'List the quotes of a company' },
  prepare: prepareQuote,
  afterSave: afterQuoteSaved,
  events: QUOTE_EVENTS,
  search: (quote, names) => ({
    title: quote.number as string,
    subtitle: names.companyName ?? names.personName ?? null,
    text: [quote.number, names.companyName, names.personName, quote.notes].filter(Boolean).join(' '),
  }),
});

export type Quote = RecordOf<typeof quoteType>;
