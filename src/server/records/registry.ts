import { activityType } from '../modules/activities/activities.record.js';
import { companyType } from '../modules/companies/companies.record.js';
import { dealType } from '../modules/deals/deals.record.js';
import { personType } from '../modules/people/people.record.js';
import { invoiceType } from '../modules/invoices/invoices.record.js';
import { orderType } from '../modules/orders/orders.record.js';
import { priceListType } from '../modules/price-lists/price-lists.record.js';
import { productType } from '../modules/products/products.record.js';
import { quoteType } from '../modules/quotes/quotes.record.js';
import type { RecordType } from './record-type.js';

/**
 * Every record type, declared once in its module. Everything that works on records of any type
 * (lists, search, custom fields, saved views, notes, the audit log, the standard routes) reads this
 * list; there is no other list of record types in the server.
 */
export const RECORD_TYPES: readonly RecordType[] = [
  companyType,
  personType,
  productType,
  dealType,
  activityType,
  priceListType,
  quoteType,
  orderType,
  invoiceType,
];

/** The record types' `entity` keys, for schemas that name a type (`person`, `company`…). */
export const RECORD_ENTITIES = RECORD_TYPES.map((type) => type.entity) as [string, ...string[]];

export function recordTypeOf(entity: string): RecordType {
  const type = RECORD_TYPES.find((t) => t.entity === entity);
  if (!type) throw new Error(`no record type "${entity}"`);
  return type;
}
