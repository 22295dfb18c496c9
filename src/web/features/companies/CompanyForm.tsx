import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '../../lib/i18n.js';
import { toMajorUnits, toMinorUnits } from '../../lib/format.js';
import type { Company, RequestBody } from '../../lib/types.js';
import { AmountWithCurrencyInput, CountrySelect, OwnerSelect, TagsField } from '../records/common-inputs.js';
import { LanguageSelect } from '../documents/LanguageSelect.js';
import { RecordForm, useRecordForm, type RecordFormProps } from '../records/RecordForm.js';

export interface CompanyInput {
  name: string;
  domain: string;
  country: string | null;
  language: Locale | null;
  industry: string;
  /** In major units as typed; converted to minor units on submit. */
  revenue: number | '';
  currency: string;
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
}

export function companyInput(defaultCurrency: string, company?: Company): CompanyInput {
  const revenue = company?.annualRevenue;
  return {
    name: company?.name ?? '',
    domain: company?.domain ?? '',
    country: company?.country ?? null,
    language: isLocale(company?.language) ? company.language : null,
    industry: company?.industry ?? '',
    revenue: revenue ? toMajorUnits(revenue.amount, revenue.currency) : '',
    currency: revenue?.currency ?? defaultCurrency,
    ownerId: company?.ownerId ?? null,
    tags: company?.tags ?? [],
    custom: company?.custom ?? {},
  };
}

export function companyBody(input: CompanyInput, isNew: boolean): RequestBody<'/companies', 'post'> {
  return {
    name: input.name,
    domain: input.domain.trim() || null,
    country: input.country,
    language: input.language,
    industry: input.industry.trim() || null,
    annualRevenue:
      input.revenue === ''
        ? null
        : { amount: toMinorUnits(input.revenue, input.currency), currency: input.currency },
    ...(isNew && !input.ownerId ? {} : { ownerId: input.ownerId }),
    tags: input.tags,
    custom: input.custom,
  };
}

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
