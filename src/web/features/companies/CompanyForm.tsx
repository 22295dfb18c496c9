import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import {
  currencyCodes,
  currencyDigits,
  toMajorUnits,
  toMinorUnits,
  useDecimalSeparator,
} from '../../lib/format.js';
import type { Company } from '../../lib/types.js';
import { CustomFieldsSection } from '../custom-fields/CustomFieldsSection.js';
import { CountrySelect, OwnerSelect, TagsField } from '../records/common-inputs.js';

export interface CompanyInput {
  name: string;
  domain: string;
  country: string | null;
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
    industry: company?.industry ?? '',
    revenue: revenue ? toMajorUnits(revenue.amount, revenue.currency) : '',
    currency: revenue?.currency ?? defaultCurrency,
    ownerId: company?.ownerId ?? null,
    tags: company?.tags ?? [],
    custom: company?.custom ?? {},
  };
}

export function companyBody(input: CompanyInput, isNew: boolean) {
  return {
    name: input.name,
    domain: input.domain.trim() || null,
    country: input.country,
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
const CURRENCIES = currencyCodes();

export function CompanyForm(props: {
  initial: CompanyInput;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: CompanyInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState(props.initial);
  const set = <K extends keyof CompanyInput>(key: K, value: CompanyInput[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const err = (field: string) => fieldError(t, props.error, field);
  const decimal = useDecimalSeparator();

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(form);
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('fields.name')}
            required
            value={form.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={err('name')}
            data-autofocus
          />
          <TextInput
            label={t('fields.domain')}
            placeholder={t('companies.domainHint')}
            value={form.domain}
            onChange={(e) => set('domain', e.currentTarget.value)}
            error={err('domain')}
          />
          <TextInput
            label={t('fields.industry')}
            value={form.industry}
            onChange={(e) => set('industry', e.currentTarget.value)}
            error={err('industry')}
          />
          <CountrySelect
            value={form.country}
            onChange={(code) => set('country', code)}
            error={err('country')}
          />
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <NumberInput
              decimalSeparator={decimal}
              label={t('fields.annualRevenue')}
              style={{ flex: 1 }}
              decimalScale={currencyDigits(form.currency)}
              value={form.revenue}
              onChange={(value) => set('revenue', value === '' ? '' : Number(value))}
              error={err('annualRevenue')}
            />
            <Select
              label={t('customFields.currency')}
              w={110}
              searchable
              data={CURRENCIES}
              value={form.currency}
              allowDeselect={false}
              onChange={(code) => code && set('currency', code)}
            />
          </Group>
          <OwnerSelect value={form.ownerId} onChange={(id) => set('ownerId', id)} error={err('ownerId')} />
        </SimpleGrid>
        <TagsField value={form.tags} onChange={(tags) => set('tags', tags)} error={err('tags')} />
        <CustomFieldsSection
          object="company"
          values={form.custom}
          onChange={(key, value) => set('custom', { ...form.custom, [key]: value })}
          error={props.error}
        />
        <ErrorAlert error={props.error} shownFields={SHOWN_FIELDS} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={props.pending}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
