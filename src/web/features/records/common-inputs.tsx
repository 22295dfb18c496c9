import { Group, NumberInput, Select, TagsInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '../../lib/countries.js';
import { currencyCodes, currencyDigits, useDecimalSeparator, useFormatters } from '../../lib/format.js';
import { useMembers } from '../../lib/queries.js';

export function CountrySelect({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const data = useMemo(
    () =>
      COUNTRY_CODES.map((code) => ({ value: code, label: fmt.country(code) })).sort((a, b) =>
        a.label.localeCompare(b.label, fmt.locale),
      ),
    [fmt],
  );
  return (
    <Select
      label={t('fields.country')}
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

export function OwnerSelect({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const members = useMembers();
  const data = (members.data ?? [])
    .filter((m) => m.active || m.userId === value)
    .map((m) => ({ value: m.userId, label: m.name }));
  return (
    <Select
      label={t('fields.owner')}
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

export function TagsField({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (tags: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <TagsInput
      label={t('fields.tags')}
      placeholder={value.length ? undefined : t('record.tagsHint')}
      value={value}
      onChange={onChange}
      error={error}
      clearable
    />
  );
}

const CURRENCIES = currencyCodes();

/**
 * An amount typed in major units ("12.50") beside its currency, with as many decimals as the currency
 * has. What a change of currency does to the amount is the caller's choice.
 */
export function AmountWithCurrencyInput(props: {
  label: string;
  withAsterisk?: boolean;
  /** A hint under the amount. */
  description?: string;
  amount: number | '';
  currency: string;
  onAmountChange: (amount: number | '') => void;
  onCurrencyChange: (code: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const decimal = useDecimalSeparator();
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <NumberInput
        decimalSeparator={decimal}
        label={props.label}
        withAsterisk={props.withAsterisk}
        description={props.description}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        style={{ flex: 1 }}
        decimalScale={currencyDigits(props.currency)}
        value={props.amount}
        onChange={(value) => props.onAmountChange(value === '' ? '' : Number(value))}
        error={props.error}
      />
      <Select
        label={t('customFields.currency')}
        w={110}
        searchable
        data={CURRENCIES}
        value={props.currency}
        allowDeselect={false}
        onChange={(code) => code && props.onCurrencyChange(code)}
      />
    </Group>
  );
}
