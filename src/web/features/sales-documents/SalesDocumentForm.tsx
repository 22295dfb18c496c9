import { Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currencyCodes } from '../../lib/format.js';
import { OwnerSelect, TagsField } from '../records/common-inputs.js';
import { RecordForm, useRecordForm, type RecordFormProps } from '../records/RecordForm.js';
import { RecordSelect } from '../records/RecordSelect.js';
import { LinesEditor } from './LinesEditor.js';
import {
  type DocumentDateField,
  type SalesDocumentEntity,
  type SalesDocumentInput,
} from './sales-document-input.js';

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
