import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AmountWithCurrencyInput, CountrySelect, OwnerSelect, TagsField } from '../records/common-inputs.js';
import { LanguageSelect } from '../documents/LanguageSelect.js';
import { RecordForm, useRecordForm, type RecordFormProps } from '../records/RecordForm.js';
import { type CompanyInput } from './company-input.js';

const SHOWN_FIELDS = ['name', 'domain', 'country', 'industry', 'annualRevenue', 'ownerId', 'tags', 'custom'];

export function CompanyForm(props: RecordFormProps<CompanyInput>) {
  const { t } = useTranslation();
  const { form, set, err, textProps } = useRecordForm(props.initial, props.error);

  return (
    <RecordForm
      object="company"
      shownFields={SHOWN_FIELDS}
      form={form}
      onCustomChange={(custom) => set('custom', custom)}
      formProps={props}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('companies.fields.name')} required {...textProps('name')} data-autofocus />
        <TextInput
          label={t('fields.domain')}
          placeholder={t('companies.domainHint')}
          {...textProps('domain')}
        />
        <TextInput label={t('fields.industry')} {...textProps('industry')} />
        <CountrySelect
          value={form.country}
          onChange={(code) => set('country', code)}
          error={err('country')}
        />
        <LanguageSelect
          value={form.language}
          onChange={(language) => set('language', language)}
          error={err('language')}
        />
        <AmountWithCurrencyInput
          label={t('fields.annualRevenue')}
          amount={form.revenue}
          currency={form.currency}
          onAmountChange={(amount) => set('revenue', amount)}
          onCurrencyChange={(code) => set('currency', code)}
          error={err('annualRevenue')}
        />
        <OwnerSelect value={form.ownerId} onChange={(id) => set('ownerId', id)} error={err('ownerId')} />
      </SimpleGrid>
      <TagsField value={form.tags} onChange={(tags) => set('tags', tags)} error={err('tags')} />
    </RecordForm>
  );
}
