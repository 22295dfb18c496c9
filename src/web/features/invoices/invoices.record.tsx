import { IconReceipt } from '@tabler/icons-react';
import { lazyRouteComponent } from '@tanstack/react-router';
import type { Invoice } from '../../lib/api-types.generated.js';
import { defineRecordType } from '../../records/define-record-type.js';
import type { RenderContext } from '../records/fields.js';
import {
  dateFieldDef,
  documentDefaultColumns,
  documentDetails,
  documentFieldDefs,
  documentMoney,
} from '../sales-documents/document-fields.js';
import { salesDocumentBody, salesDocumentInput } from '../sales-documents/sales-document-input.js';
import { lazySalesDocumentForm } from '../sales-documents/lazy-document-form.js';

function invoiceDetails(i: Invoice, context: RenderContext) {
  const { fmt, t } = context;
  return [
    ...documentDetails(i, context),
    { label: t('salesDocs.fields.dueDate'), value: i.dueDate ? fmt.date(i.dueDate) : null },
    { label: t('invoices.balance'), value: fmt.money({ amount: i.balanceMinor, currency: i.currency }) },
  ];
}

/** Bills to customers: issued with a number, paid and credited until nothing is owed. */
export const invoiceType = defineRecordType({
  entity: 'invoice',
  module: 'invoices',
  apiPath: '/invoices',
  routePath: '/invoices',
  icon: IconReceipt,
  color: 'lime',
  texts: 'invoices',
  display: ['number'],
  refs: { companyId: 'company', personId: 'person' },
  fields: documentFieldDefs<Invoice>('invoice', (fmt) => [
    dateFieldDef<Invoice>('dueDate', (i) => i.dueDate, fmt),
    {
      id: 'balanceMinor',
      labelKey: 'invoices.balance',
      sortKeys: ['balanceMinor'],
      filter: 'number',
      width: 140,
      render: (i) => documentMoney(fmt, i.balanceMinor, i.currency),
    },
  ]),
  defaultColumns: [...documentDefaultColumns('dueDate'), 'balanceMinor'],
  subtitle: (i) => i.companyName ?? i.personName,
  details: invoiceDetails,
  Related: lazyRouteComponent(() => import('./InvoicePanel.js'), 'InvoicePanel'),
  form: {
    Form: lazySalesDocumentForm('invoice', 'dueDate'),
    prefill: ['companyId', 'personId'],
    toInput: ({ defaultCurrency, prefill }, invoice) =>
      salesDocumentInput('dueDate', defaultCurrency, prefill, invoice),
    toBody: salesDocumentBody('invoice', 'dueDate'),
  },
});
