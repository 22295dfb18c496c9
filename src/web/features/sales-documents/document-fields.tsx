import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { Formatters } from '../../lib/format.js';
import type { RecordBase } from '../../lib/types.js';
import { commonFieldDefs, type FieldDef } from '../records/fields.js';
import type { RenderContext } from '../records/fields.js';
import type { FieldItem } from '../records/FieldList.js';
import type { SalesDocumentEntity } from './sales-document-input.js';

/** What quotes, orders and invoices share, as their lists and pages read it. */
export interface SalesDocumentRow extends RecordBase {
  number: string;
  status: string;
  companyId: string | null;
  companyName: string | null;
  personName: string | null;
  currency: string;
  totals: { netMinor: number; taxMinor: number; grossMinor: number };
  issueDate: string;
  notes: string | null;
}

const STATUS_COLORS: Record<string, string> = {
  draft: 'gray',
  sent: 'blue',
  accepted: 'green',
  declined: 'red',
  converted: 'teal',
  new: 'gray',
  confirmed: 'blue',
  in_fulfilment: 'indigo',
  partially_delivered: 'yellow',
  delivered: 'teal',
  completed: 'green',
  cancelled: 'red',
  issued: 'blue',
  partially_paid: 'yellow',
  paid: 'green',
  credited: 'gray',
};

export const STATUSES: Record<SalesDocumentEntity, readonly string[]> = {
  quote: ['draft', 'sent', 'accepted', 'declined', 'converted'],
  order: ['new', 'confirmed', 'in_fulfilment', 'partially_delivered', 'delivered', 'completed', 'cancelled'],
  invoice: ['issued', 'partially_paid', 'paid', 'credited'],
};

/**
 * An amount of a document in its currency. The history panel renders a field from the changed values
 * alone, without the currency beside it: the amount is shown as a plain number then.
 */
export function documentMoney(fmt: Formatters, amount: number | undefined, currency: string | undefined) {
  if (amount === undefined) return null;
  return currency ? fmt.money({ amount, currency }) : fmt.number(amount);
}

export function DocumentStatusBadge({ status, t }: { status: string; t: TFunction }) {
  return (
    <Badge variant="light" size="sm" color={STATUS_COLORS[status] ?? 'gray'} miw="max-content">
      {t(`salesDocs.status.${status}`)}
    </Badge>
  );
}

export const documentDefaultColumns = (dateField: string) => [
  'number',
  'status',
  'companyId',
  'grossMinor',
  'issueDate',
  dateField,
  'ownerId',
];

/** List columns of a quote, order or invoice; `own` adds the type's date and amounts. */
export function documentFieldDefs<T extends SalesDocumentRow>(
  entity: SalesDocumentEntity,
  own: (fmt: Formatters) => FieldDef<T>[],
) {
  return (fmt: Formatters): FieldDef<T>[] => [
    {
      id: 'number',
      labelKey: 'salesDocs.fields.number',
      sortKeys: ['number'],
      filter: 'text',
      width: 150,
      render: (d) => d.number,
    },
    {
      id: 'status',
      labelKey: 'salesDocs.fields.status',
      sortKeys: ['status'],
      filter: 'select',
      choices: STATUSES[entity].map((value) => ({ value, label: value })),
      width: 150,
      render: (d, { t }) => <DocumentStatusBadge status={d.status} t={t} />,
    },
    {
      id: 'companyId',
      labelKey: 'fields.company',
      filter: 'record',
      ref: 'company',
      width: 200,
      render: (d) => d.companyName ?? d.personName,
    },
    {
      id: 'grossMinor',
      labelKey: 'salesDocs.fields.gross',
      sortKeys: ['grossMinor'],
      filter: 'number',
      width: 140,
      render: (d) => documentMoney(fmt, d.totals?.grossMinor, d.currency),
    },
    {
      id: 'issueDate',
      labelKey: 'salesDocs.fields.issueDate',
      sortKeys: ['issueDate'],
      filter: 'date',
      width: 130,
      render: (d) => (d.issueDate ? fmt.date(d.issueDate) : null),
    },
    ...own(fmt),
    ...commonFieldDefs<T>(),
  ];
}

/** A date field of the list (a quote's validity, an order's promise, an invoice's due date). */
export function dateFieldDef<T>(
  id: string,
  value: (record: T) => string | null,
  fmt: Formatters,
): FieldDef<T> {
  return {
    id,
    labelKey: `salesDocs.fields.${id}`,
    sortKeys: [id],
    filter: 'date',
    width: 140,
    render: (d) => {
      const date = value(d);
      return date ? fmt.date(date) : null;
    },
  };
}

/** The details every sales document shows on its page, before the type's own. */
export function documentDetails(d: SalesDocumentRow, { fmt, t }: RenderContext): FieldItem[] {
  return [
    { label: t('salesDocs.fields.status'), value: <DocumentStatusBadge status={d.status} t={t} /> },
    { label: t('fields.company'), value: d.companyName },
    { label: t('salesDocs.fields.person'), value: d.personName },
    {
      label: t('salesDocs.fields.gross'),
      value: fmt.money({ amount: d.totals.grossMinor, currency: d.currency }),
    },
    { label: t('salesDocs.fields.issueDate'), value: fmt.date(d.issueDate) },
  ];
}
