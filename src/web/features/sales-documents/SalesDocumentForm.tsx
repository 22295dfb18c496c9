import { Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currencyCodes } from '../../lib/format.js';
import { OwnerSelect, TagsField } from '../records/common-inputs.js';
import { RecordForm, useRecordForm, type RecordFormProps } from '../records/RecordForm.js';
import { RecordSelect } from '../records/RecordSelect.js';
import { apiDecimal, lineDrafts, linesBody, type LineDraft, type SalesLine } from './line-drafts.js';
import { LinesEditor } from './LinesEditor.js';

/** The date a type of document adds to the issue date: a quote's validity, an order's promise, a due date. */
export type DocumentDateField = 'validUntil' | 'promisedDate' | 'dueDate';
export type SalesDocumentEntity = 'quote' | 'order' | 'invoice';

export interface SalesDocumentInput {
  companyId: string | null;
  personId: string | null;
  currency: string;
  issueDate: string;
  /** The type's own date (see DocumentDateField). */
  date: string;
  priceListId: string | null;
  dealId: string | null;
  documentDiscountPercent: string;
  notes: string;
  lines: LineDraft[];
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
}

interface SalesDocumentRecord {
  companyId: string | null;
  personId: string | null;
  currency: string;
  issueDate: string;
  documentDiscountPercent: string | null;
  notes: string | null;
  lines: SalesLine[];
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
  priceListId?: string | null;
  dealId?: string | null;
}

export function salesDocumentInput(
  dateField: DocumentDateField,
  defaultCurrency: string,
  prefill: Record<string, string>,
  record?: SalesDocumentRecord & Partial<Record<DocumentDateField, string | null>>,
): SalesDocumentInput {
  const currency = record?.currency ?? defaultCurrency;
  return {
    companyId: record?.companyId ?? prefill.companyId ?? null,
    personId: record?.personId ?? prefill.personId ?? null,
    currency,
    issueDate: record?.issueDate ?? '',
    date: record?.[dateField] ?? '',
    priceListId: record?.priceListId ?? null,
    dealId: record?.dealId ?? prefill.dealId ?? null,
    documentDiscountPercent: record?.documentDiscountPercent ?? '',
    notes: record?.notes ?? '',
    lines: record ? lineDrafts(record.lines, currency) : [],
    ownerId: record?.ownerId ?? null,
    tags: record?.tags ?? [],
    custom: record?.custom ?? {},
  };
}

/** The request body of a quote, order or invoice; `isNew` leaves out what the server fills in. */
export function salesDocumentBody(entity: SalesDocumentEntity, dateField: DocumentDateField) {
  return (input: SalesDocumentInput, isNew: boolean) => ({
    companyId: input.companyId,
    personId: input.personId,
    currency: input.currency,
    lines: linesBody(input.lines, input.currency),
    documentDiscountPercent: apiDecimal(input.documentDiscountPercent) || null,
    notes: input.notes.trim() || null,
    [dateField]: input.date.trim() || null,
    ...(isNew && input.issueDate.trim() && { issueDate: input.issueDate.trim() }),
    ...(entity === 'quote' && { priceListId: input.priceListId }),
    ...(entity === 'quote' && isNew && input.dealId && { dealId: input.dealId }),
    ...(isNew && !input.ownerId ? {} : { ownerId: input.ownerId }),
    tags: input.tags,
    custom: input.custom,
  });
}

const CURRENCIES = currencyCodes();

/** The form of a quote, order or invoice: its customer, currency, dates, lines and discount. */
export function salesDocumentForm(entity: SalesDocumentEntity, dateField: DocumentDateField) {
  const shownFields = [
    'companyId',
    'personId',
    'currency',
    'issueDate',
    dateField,
    'priceListId',
    'documentDiscountPercent',
    'notes',
    'lines',
    'ownerId',
    'tags',
    'custom',
  ];
  return function SalesDocumentForm(props: RecordFormProps<SalesDocumentInput>) {
    const { t } = useTranslation();
    const { form, set, err, textProps } = useRecordForm(props.initial, props.error);
    const isNew = !props.recordId;
    return (
      <RecordForm
        object={entity}
        shownFields={shownFields}
        form={form}
        onCustomChange={(custom) => set('custom', custom)}
        formProps={props}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <RecordSelect
            entity="company"
            label={t('fields.company')}
            value={form.companyId}
            onChange={(id) => set('companyId', id)}
            error={err('companyId')}
          />
          <RecordSelect
            entity="person"
            label={t('salesDocs.fields.person')}
            value={form.personId}
            onChange={(id) => set('personId', id)}
            error={err('personId')}
          />
          <Select
            label={t('customFields.currency')}
            searchable
            data={CURRENCIES}
            value={form.currency}
            allowDeselect={false}
            onChange={(code) => code && set('currency', code)}
            error={err('currency')}
          />
          {isNew && (
            <TextInput type="date" label={t('salesDocs.fields.issueDate')} {...textProps('issueDate')} />
          )}
          <TextInput
            type="date"
            label={t(`salesDocs.fields.${dateField}`)}
            value={form.date}
            onChange={(e) => set('date', e.currentTarget.value)}
            error={err(dateField)}
          />
          {entity === 'quote' && (
            <RecordSelect
              entity="price_list"
              label={t('salesDocs.fields.priceList')}
              value={form.priceListId}
              onChange={(id) => set('priceListId', id)}
              error={err('priceListId')}
            />
          )}
          <TextInput
            label={t('salesDocs.fields.documentDiscount')}
            inputMode="decimal"
            rightSection="%"
            {...textProps('documentDiscountPercent')}
          />
        </SimpleGrid>
        <LinesEditor
          lines={form.lines}
          currency={form.currency}
          documentDiscountPercent={form.documentDiscountPercent}
          priceListId={form.priceListId}
          onChange={(lines) => set('lines', lines)}
          error={err}
        />
        {entity === 'quote' && isNew && form.dealId && form.lines.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('salesDocs.fromDealHint')}
          </Text>
        )}
        <Textarea
          label={t('salesDocs.fields.notes')}
          autosize
          minRows={2}
          value={form.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          error={err('notes')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <OwnerSelect value={form.ownerId} onChange={(id) => set('ownerId', id)} error={err('ownerId')} />
          <TagsField value={form.tags} onChange={(tags) => set('tags', tags)} error={err('tags')} />
        </SimpleGrid>
      </RecordForm>
    );
  };
}
