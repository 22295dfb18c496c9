import { Button, Select, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format.js';
import { editPatch, FieldValueInput, type FieldEdit } from './field-edit.js';
import { byLabel, fieldLabel, type FieldDef } from './fields.js';

/**
 * "Change a field" of the bulk bar: a field the user may change (built-in or custom, as the form
 * allows), its new value entered with the form's own input, then the change for the selection.
 */
export function BulkFieldChange<T>(props: {
  fields: FieldDef<T>[];
  editOf: (field: FieldDef<T>) => FieldEdit | null;
  defaultCurrency: string;
  /** How many records the change is for; null for every matching record. */
  count: number | null;
  busy: boolean;
  onApply: (values: Record<string, unknown>) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const editable = useMemo(
    () =>
      props.fields.flatMap((field) => {
        const edit = props.editOf(field);
        return edit ? [{ field, edit }] : [];
      }),
    [props],
  );
  const [fieldId, setFieldId] = useState<string | null>(null);
  const [value, setValue] = useState<unknown>(null);
  const chosen = editable.find((e) => e.field.id === fieldId);
  const options = byLabel(
    editable.map(({ field }) => ({ value: field.id, label: fieldLabel(field, t) })),
    locale,
  );
  return (
    <>
      <Select
        label={t('bulk.field')}
        data={options}
        value={fieldId}
        onChange={(id) => {
          setFieldId(id);
          setValue(null);
        }}
        searchable
        data-autofocus
        comboboxProps={{ withinPortal: false }}
      />
      {chosen && (
        <FieldValueInput
          // A new input for each field, so that one field's half-typed value is not another's.
          key={chosen.field.id}
          edit={chosen.edit}
          field={chosen.field}
          label={t('bulk.newValue')}
          value={value}
          onChange={setValue}
          defaultCurrency={props.defaultCurrency}
          withinPortal={false}
        />
      )}
      {chosen && (value === null || value === '') && (
        <Text size="xs" c="dimmed">
          {t('bulk.clearsField')}
        </Text>
      )}
      <Button
        size="xs"
        disabled={!chosen}
        loading={props.busy}
        onClick={() => chosen && props.onApply(editPatch(chosen.edit, value))}
      >
        {props.count === null ? t('bulk.changeMatching') : t('bulk.changeCount', { count: props.count })}
      </Button>
    </>
  );
}
