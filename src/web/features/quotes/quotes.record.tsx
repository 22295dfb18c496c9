import { IconFileDescription } from '@tabler/icons-react';
import { lazyRouteComponent } from '@tanstack/react-router';
import type { Quote } from '../../lib/api-types.generated.js';
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

function quoteDetails(q: Quote, context: RenderContext) {
  const { fmt, t } = context;
  return [
    ...documentDetails(q, context),
    { label: t('salesDocs.fields.validUntil'), value: q.validUntil ? fmt.date(q.validUntil) : null },
    { label: t('salesDocs.fields.priceList'), value: q.priceListName },
  ];
}

/** Offers to customers: priced lines, revised while sent, accepted and converted to an order. */
export const quoteType = defineRecordType({
  entity: 'quote',
  module: 'quotes',
  apiPath: '/quotes',
  routePath: '/quotes',
  icon: IconFileDescription,
  color: 'cyan',
  texts: 'quotes',
  display: ['number'],
  refs: { companyId: 'company', personId: 'person' },
  fields: documentFieldDefs<Quote>('quote', (fmt) => [
    dateFieldDef<Quote>('validUntil', (q) => q.validUntil, fmt),
  ]),
  defaultColumns: documentDefaultColumns('validUntil'),
  subtitle: (q) => q.companyName ?? q.personName,
  details: quoteDetails,
  Related: lazyRouteComponent(() => import('./QuotePanel.js'), 'QuotePanel'),
  form: {
    Form: lazySalesDocumentForm('quote', 'validUntil'),
    prefill: ['companyId', 'personId', 'dealId'],
    toInput: ({ defaultCurrency, prefill }, quote) =>
      salesDocumentInput('validUntil', defaultCurrency, prefill, quote),
    toBody: salesDocumentBody('quote', 'validUntil'),
  },
});
