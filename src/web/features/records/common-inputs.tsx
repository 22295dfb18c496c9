import { Group, Select, TagsInput, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount, parseAmount, type ParsedAmount } from '../../lib/amount.js';
import { COUNTRY_CODES } from '../../lib/countries.js';
import {
  currencyCodes,
  currencyDigits,
  toMajorUnits,
  toMinorUnits,
  useDecimalSeparator,
  useFormatters,
} from '../../lib/format.js';
import { useMembers } from '../../lib/queries.js';
import { tagsQuery } from '../tags/tags-query.js';

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
  const used = useQuery({ ...tagsQuery, select: (rows) => rows.map((row) => row.tag) });
  return (
    <TagsInput
      label={t('fields.tags')}
      placeholder={value.length ? undefined : t('record.tagsHint')}
      // The workspace's tags, most used first, so that "VIP" is not also typed "vip".
      data={used.data ?? []}
      limit={20}
      value={value}
      onChange={onChange}
      error={error}
      clearable
    />
  );
}

const CURRENCIES = currencyCodes();

/**
 * An amount typed in major units ("12.50") beside its currency, read and written the way the user's
 * language writes numbers. Text that is not a clear amount keeps the last clear one from the form,
 * says why under the input once the user leaves it, and marks the input invalid so the form is not
 * sent. What a change of currency does to the amount is the caller's choice.
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
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const decimal = useDecimalSeparator();
  const digits = currencyDigits(props.currency);
  const show = (amount: number | '') =>
    amount === '' ? '' : formatAmount(toMinorUnits(amount, props.currency), locale, digits);
  const [text, setText] = useState(() => show(props.amount));
  const [shown, setShown] = useState(props.amount);
  const [left, setLeft] = useState(false);
  const parsed: ParsedAmount | null = text.trim() === '' ? null : parseAmount(text, locale, digits);
  if (props.amount !== shown) {
    // The form changed the amount (another currency, someone else's save): show the new one.
    setShown(props.amount);
    setText(show(props.amount));
  }
  const problem =
    parsed && !parsed.ok
      ? t(`amount.${parsed.problem}`, { count: digits, currency: props.currency, mark: decimal })
      : undefined;
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.setCustomValidity(problem ?? ''), [problem]);

  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <TextInput
        ref={input}
        inputMode="decimal"
        label={props.label}
        withAsterisk={props.withAsterisk}
        description={props.description}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        style={{ flex: 1 }}
        value={text}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          setLeft(false);
          const read = next.trim() === '' ? null : parseAmount(next, locale, digits);
          const amount = read === null ? '' : read.ok ? toMajorUnits(read.minor, props.currency) : undefined;
          if (amount === undefined) return;
          setShown(amount);
          props.onAmountChange(amount);
        }}
        onInvalid={() => setLeft(true)}
        onBlur={() => {
          setLeft(true);
          if (parsed?.ok) setText(formatAmount(parsed.minor, locale, digits));
        }}
        error={(left && problem) || props.error}
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
