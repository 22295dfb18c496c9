import { IconClockExclamation, IconTruckDelivery } from '@tabler/icons-react';
import { lazyRouteComponent } from '@tanstack/react-router';
import type { Order } from '../../lib/api-types.generated.js';
import { defineRecordType } from '../../records/define-record-type.js';
import type { RenderContext } from '../records/fields.js';
import {
  dateFieldDef,
  documentDefaultColumns,
  documentDetails,
  documentFieldDefs,
} from '../sales-documents/document-fields.js';
import { salesDocumentBody, salesDocumentInput } from '../sales-documents/sales-document-input.js';
import { lazySalesDocumentForm } from '../sales-documents/lazy-document-form.js';

function orderDetails(o: Order, context: RenderContext) {
  const { fmt, t } = context;
  return [
    ...documentDetails(o, context),
    { label: t('salesDocs.fields.promisedDate'), value: o.promisedDate ? fmt.date(o.promisedDate) : null },
    { label: t('orders.deliveredDate'), value: o.deliveredDate ? fmt.date(o.deliveredDate) : null },
  ];
}

/** Customers' orders: their status flow, deliveries in parts and invoicing. */
export const orderType = defineRecordType({
  entity: 'order',
  module: 'orders',
  apiPath: '/orders',
  routePath: '/orders',
  icon: IconTruckDelivery,
  color: 'indigo',
  texts: 'orders',
  display: ['number'],
  refs: { companyId: 'company', personId: 'person' },
  fields: documentFieldDefs<Order>('order', (fmt) => [
    dateFieldDef<Order>('promisedDate', (o) => o.promisedDate, fmt),
  ]),
  defaultColumns: documentDefaultColumns('promisedDate'),
  subtitle: (o) => o.companyName ?? o.personName,
  details: orderDetails,
  Related: lazyRouteComponent(() => import('./OrderPanel.js'), 'OrderPanel'),
  navigation: [{ to: '/overdue', labelKey: 'overdue.title', icon: IconClockExclamation }],
  form: {
    Form: lazySalesDocumentForm('order', 'promisedDate'),
    prefill: ['companyId', 'personId'],
    toInput: ({ defaultCurrency, prefill }, order) =>
      salesDocumentInput('promisedDate', defaultCurrency, prefill, order),
    toBody: salesDocumentBody('order', 'promisedDate'),
  },
});
