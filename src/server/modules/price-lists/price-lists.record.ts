import { z } from 'zod';
import { defineRecordType, type RecordOf } from '../../records/record-type.js';
import { priceListCreateBody, priceListUpdateBody } from './price-lists.schemas.js';

/** Prices of products in one currency for some customers; their prices are rows of their own. */
export const priceListType = defineRecordType({
  entity: 'price_list',
  table: 'price_lists',
  names: { singular: 'price list', plural: 'price lists' },
  fields: {
    name: { column: 'name', type: 'text', sortable: true, keyed: true },
    currency: { column: 'currency', type: 'text' },
    description: { column: 'description', type: 'text', nullable: true },
    active: { column: 'active', type: 'boolean' },
    companyIds: {
      column: 'company_ids',
      type: 'json',
      schema: z.array(z.uuid()),
      description: 'Ids of the customers whose quotes take their prices from it',
    },
  },
  defaultSort: 'name',
  display: ['name'],
  input: { create: priceListCreateBody, update: priceListUpdateBody },
  search: (list) => ({
    title: list.name as string,
    subtitle: list.currency as string,
    text: [list.name, list.currency, list.description].filter(Boolean).join(' '),
  }),
});

export type PriceList = RecordOf<typeof priceListType>;
