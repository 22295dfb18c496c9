import { Checkbox, MultiSelect, NumberInput, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { DateField } from '../../components/dates.js';
import { toMajorUnits, toMinorUnits, useDecimalSeparator } from '../../lib/format.js';
import type { CustomField, Money } from '../../lib/types.js';
import { AmountWithCurrencyInput } from '../records/common-inputs.js';

interface Props {
  field: CustomField;
  value: unknown;
  onChange: (value: unknown) => void;
  error?: string | undefined;
  defaultCurrency: string;
}

/** Money is typed in major units ("12.50") and sent in minor units (1250) with its currency. */
function MoneyInput({ field, value, onChange, error, defaultCurrency }: Props) {
  const money = value as Money | null | undefined;
  const [chosenCurrency, setChosenCurrency] = useState(money?.currency ?? defaultCurrency);
  const currency = money?.currency ?? chosenCurrency;
  return (
    <AmountWithCurrencyInput
      label={field.label}
      withAsterisk={field.required}
      amount={money ? toMajorUnits(money.amount, money.currency) : ''}
      currency={currency}
      onAmountChange={(amount) =>
        onChange(amount === '' ? null : { amount: toMinorUnits(amount, currency), currency })
      }
      onCurrencyChange={(code) => {
        setChosenCurrency(code);
        if (money)
          onChange({
            amount: toMinorUnits(toMajorUnits(money.amount, money.currency), code),
            currency: code,
          });
      }}
      error={error}
    />
  );
}

export function CustomFieldInput(props: Props) {
  const decimal = useDecimalSeparator();
  const { field, value, onChange, error } = props;
  const common = { label: field.label, withAsterisk: field.required, error };
  const text = typeof value === 'string' ? value : '';
  const choices = field.choices.map((c) => ({ value: c.value, label: c.label }));
  switch (field.type) {
    case 'number':
      return (
        <NumberInput
          decimalSeparator={decimal}
          {...common}
          value={typeof value === 'number' ? value : ''}
          onChange={(n) => onChange(n === '' ? null : Number(n))}
        />
      );
    case 'money':
      return <MoneyInput {...props} />;
    case 'date':
      return <DateField {...common} value={text || null} onChange={onChange} />;
    case 'boolean':
      return (
        <Checkbox
          label={field.label}
          error={error}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
          mt="xs"
        />
      );
    case 'select':
      return (
        <Select {...common} data={choices} value={text || null} onChange={(v) => onChange(v)} clearable />
      );
    case 'multiselect':
      return (
        <MultiSelect
          {...common}
          data={choices}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(v) => onChange(v.length ? v : null)}
          clearable
        />
      );
    case 'url':
      return (
        <TextInput {...common} type="url" value={text} onChange={(e) => onChange(e.currentTarget.value)} />
      );
    case 'email':
      return (
        <TextInput {...common} type="email" value={text} onChange={(e) => onChange(e.currentTarget.value)} />
      );
    case 'phone':
      return (
        <TextInput {...common} type="tel" value={text} onChange={(e) => onChange(e.currentTarget.value)} />
      );
    default:
      return <TextInput {...common} value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}
