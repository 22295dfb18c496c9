import { activityType } from '../features/activities/activities.record.js';
import { companyType } from '../features/companies/companies.record.js';
import { dealType } from '../features/deals/deals.record.js';
import { invoiceType } from '../features/invoices/invoices.record.js';
import { orderType } from '../features/orders/orders.record.js';
import { personType } from '../features/people/people.record.js';
import { priceListType } from '../features/price-lists/price-lists.record.js';
import { productType } from '../features/products/products.record.js';
import { quoteType } from '../features/quotes/quotes.record.js';
import { can } from '../lib/session.js';
import type { RecordEntity, Session } from '../lib/types.js';
import type { RecordPath, RecordType } from './record-type.js';

/**
 * Every record type of the web app, declared once in its feature folder (`<domain>.record.tsx`), in
 * the order the navigation shows them. Routes, navigation, search results, custom fields, saved views,
 * notes, the audit log and reference pickers read this; there is no other list of record types in the
 * web app. Keyed by entity, so a record type the API has and the web app lacks fails to compile.
 */
const REGISTRY = {
  person: personType,
  company: companyType,
  product: productType,
  price_list: priceListType,
  deal: dealType,
  quote: quoteType,
  order: orderType,
  invoice: invoiceType,
  activity: activityType,
} satisfies { [E in RecordEntity]: RecordType & { entity: E } };

export const RECORD_TYPES: readonly RecordType[] = Object.values(REGISTRY);

/** The declarations themselves, with their fields and forms (for tests of what they declare). */
export const RECORD_TYPE_DECLARATIONS = Object.values(REGISTRY);

/**
 * Where the app starts: "My day" for members who may read activities, else the list of the first
 * record type, in the registry's order, that the member may read; their profile when they may read none.
 */
export function homePath(session: Session): RecordPath | '/my-day' | '/settings/profile' {
  if (can(session, 'activities', 'read')) return '/my-day';
  return RECORD_TYPES.find((type) => can(session, type.module, 'read'))?.routePath ?? '/settings/profile';
}

export function recordType(entity: RecordEntity): RecordType {
  return REGISTRY[entity];
}

/** The record type named by an entity string from the API (search hits, audit entries), if any. */
export function findRecordType(entity: string): RecordType | undefined {
  return Object.hasOwn(REGISTRY, entity) ? REGISTRY[entity as RecordEntity] : undefined;
}
