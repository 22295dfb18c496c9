import { Checkbox, MultiSelect, NumberInput, Select, TextInput } from '@mantine/core';
import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { DateField, preloadDatePicker } from '../../components/dates.js';
import { toMajorUnits, toMinorUnits, useDecimalSeparator, useFormatters } from '../../lib/format.js';
import { useMembers } from '../../lib/queries.js';
import type { Money } from '../../lib/types.js';
import type { FormContext } from '../../records/record-type.js';
import { AmountWithCurrencyInput } from './common-inputs.js';
import { byLabel, type FieldDef, type FilterKind } from './fields.js';
import { RecordSelect } from './RecordSelect.js';

/** How a list's field is changed outside the form: in a table's cell, or for many records at once. */
export interface FieldEdit {
  /** The field as the API's change names it (`companyId`), or the custom field's key. */
  name: string;
  custom: boolean;
  kind: Exclude<FilterKind, 'tags'>;
}

/**
 * Whether and how a field of a list is changed outside the form. Custom fields always are; a built-in
 * field when the type's form sends it (`updatable`: the keys of its change), so that what the list
 * offers is what the form lets the user change, sensitive fields included only for roles that see
 * them. Fields only the server writes (created, updated, numbers it assigns) are never offered.
 */
export function fieldEdit<T>(field: FieldDef<T>, updatable: ReadonlySet<string>): FieldEdit | null {
  const kind = field.filter;
  if (!kind || kind === 'tags') return null;
  if (field.id.startsWith('custom.')) return { name: field.id.slice('custom.'.length), custom: true, kind };
  const name = field.filterField ?? field.id;
  if (!updatable.has(name) || kind === 'multiselect') return null;
  return { name, custom: false, kind };
}

type Values = { custom?: Record<string, unknown> } & Record<string, unknown>;

/** A record's value of the field, as the API gives it (null when empty). */
export function editValue(edit: FieldEdit, record: unknown): unknown {
  const values = record as Values;
  const value = edit.custom ? values.custom?.[edit.name] : values[edit.name];
  return value === undefined || value === '' ? null : value;
}

/** The change that sets the field to `value`, as the API takes it; empty text clears it. */
export function editPatch(edit: FieldEdit, value: unknown): Record<string, unknown> {
  const cleared = typeof value === 'string' && value.trim() === '' ? null : value;
  return edit.custom ? { custom: { [edit.name]: cleared } } : { [edit.name]: cleared };
}

export interface FieldValueInputProps<T> {
  edit: FieldEdit;
  field: FieldDef<T>;
  label: string;
  value: unknown;
  onChange: (value: unknown) => void;
  error?: string | undefined;
  defaultCurrency: string;
  size?: 'xs' | 'sm';
  /** `false` inside a popover, so that picking a choice does not count as a click outside it. */
  withinPortal?: boolean;
  autoFocus?: boolean;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/** Money typed the way the form takes it: major units in the user's language, beside its currency. */
function MoneyValueInput<T>(props: FieldValueInputProps<T>) {
  const money = props.value as Money | null;
  const [chosen, setChosen] = useState(money?.currency ?? props.defaultCurrency);
  const currency = money?.currency ?? chosen;
  return (
    <AmountWithCurrencyInput
      label={props.label}
      amount={money ? toMajorUnits(money.amount, money.currency) : ''}
      currency={currency}
      onAmountChange={(amount) =>
        props.onChange(amount === '' ? null : { amount: toMinorUnits(amount, currency), currency })
      }
      onCurrencyChange={(code) => {
        setChosen(code);
        if (money)
          props.onChange({
            amount: toMinorUnits(toMajorUnits(money.amount, money.currency), code),
            currency: code,
          });
      }}
      error={props.error}
    />
  );
}

/** The value of a field entered with the input its form uses, for any field `fieldEdit` allows. */
export function FieldValueInput<T>(props: FieldValueInputProps<T>) {
  const { locale } = useFormatters();
  const decimal = useDecimalSeparator();
  const members = useMembers();
  const { edit, field, value, onChange } = props;
  if (edit.kind === 'date') void preloadDatePicker();
  const common = {
    label: props.label,
    error: props.error,
    size: props.size,
    autoFocus: props.autoFocus,
    onKeyDown: props.onKeyDown,
    // Typing over a value replaces it, as in a spreadsheet's cell.
    onFocus: props.autoFocus
      ? (event: FocusEvent<HTMLInputElement>) => event.currentTarget.select()
      : undefined,
  };
  const choice = {
    ...common,
    searchable: true,
    clearable: true,
    comboboxProps: { withinPortal: props.withinPortal ?? true },
    value: typeof value === 'string' ? value : null,
    onChange: (next: string | null) => onChange(next),
  };
  switch (edit.kind) {
    case 'number':
      return (
        <NumberInput
          {...common}
          decimalSeparator={decimal}
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          // A field the API keeps as a decimal string ("20.5") gets one back.
          onChange={(n) => onChange(n === '' ? null : typeof value === 'string' ? String(n) : Number(n))}
        />
      );
    case 'money':
      return <MoneyValueInput {...props} />;
    case 'date':
      return (
        <DateField
          {...common}
          value={typeof value === 'string' ? value.slice(0, 10) : null}
          onChange={onChange}
          withinPortal={props.withinPortal ?? true}
        />
      );
    case 'boolean':
      return (
        <Checkbox
          label={props.label}
          error={props.error}
          autoFocus={props.autoFocus}
          onKeyDown={props.onKeyDown}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
      );
    case 'select':
      return <Select {...choice} data={byLabel(field.choices ?? [], locale)} />;
    case 'multiselect':
      return (
        <MultiSelect
          {...choice}
          data={field.choices ?? []}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(next) => onChange(next.length ? next : null)}
        />
      );
    case 'member':
      return (
        <Select
          {...choice}
          data={byLabel(
            (members.data ?? [])
              .filter((m) => m.active || m.userId === value)
              .map((m) => ({ value: m.userId, label: m.name })),
            locale,
          )}
        />
      );
    case 'record':
      return (
        <RecordSelect
          entity={field.ref!}
          label={props.label}
          size={props.size}
          value={typeof value === 'string' ? value : null}
          onChange={onChange}
          error={props.error}
          withinPortal={props.withinPortal ?? true}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
  }
}

/**
 * The fields a type's form sends in a change: what the user may change outside the form too. Read
 * from the form's own conversion of an empty record, so that every record type has it.
 */
export function updatableFields(
  form: { toInput: (context: FormContext) => unknown; toBody: (input: never, isNew: boolean) => object },
  context: FormContext,
): Set<string> {
  return new Set(Object.keys(form.toBody(form.toInput(context) as never, false)));
}
