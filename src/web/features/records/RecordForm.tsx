import { Button, Group, Stack } from '@mantine/core';
import { useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import type { RecordEntity } from '../../lib/types.js';
import { CustomFieldsSection } from '../custom-fields/CustomFieldsSection.js';
import { DuplicateWarning } from './DuplicateWarning.js';
import { rebaseEdits, sameValue } from './rebase-edits.js';

/** What the pages that create or edit a record pass to its form. */
export interface RecordFormProps<Input> {
  initial: Input;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: Input) => void;
  onCancel: () => void;
  /** The record the form edits; none for a new one. */
  recordId?: string;
}

type TextKey<Input> = { [K in keyof Input]: Input[K] extends string ? K : never }[keyof Input] & string;

/**
 * A record form's values, a setter per field, the server's message for a field if any, and the
 * value, onChange and error of a text input for a text field the API names as the form does.
 * When the record behind the form is reloaded (someone else saved meanwhile), the form takes the
 * new values of the fields the user has not changed and keeps the user's edits.
 */
export function useRecordForm<Input extends object>(initial: Input, error: unknown) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const [base, setBase] = useState(initial);
  if (!sameValue(initial, base)) {
    setBase(initial);
    setForm(rebaseEdits(base, form, initial));
  }
  const set = <K extends keyof Input>(key: K, value: Input[K]) => setForm((f) => ({ ...f, [key]: value }));
  const err = (field: string) => fieldError(t, error, field);
  const textProps = (key: TextKey<Input>) => ({
    value: form[key] as string,
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(key, e.currentTarget.value as Input[typeof key]),
    error: err(key),
  });
  return { form, set, err, textProps };
}

/**
 * The frame of a record form: the object's own inputs (children), its custom fields, the problems no
 * shown field explains, and cancel and submit.
 */
export function RecordForm<Input extends { custom: Record<string, unknown> }>(props: {
  object: RecordEntity;
  /** The fields the inputs show errors for; other problems appear in an alert. */
  shownFields: string[];
  form: Input;
  onCustomChange: (custom: Record<string, unknown>) => void;
  formProps: RecordFormProps<Input>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { form, formProps } = props;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // An input holding text it cannot read (an unclear amount) hears of it and says why; the form waits.
        if (!e.currentTarget.checkValidity()) {
          e.currentTarget.querySelector<HTMLInputElement>(':invalid')?.focus();
          return;
        }
        formProps.onSubmit(form);
      }}
    >
      <Stack gap="md">
        {props.children}
        <CustomFieldsSection
          object={props.object}
          values={form.custom}
          onChange={(key, value) => props.onCustomChange({ ...form.custom, [key]: value })}
          error={formProps.error}
        />
        <DuplicateWarning object={props.object} input={form} recordId={formProps.recordId} />
        <ErrorAlert error={formProps.error} shownFields={props.shownFields} />
        <Group justify="flex-end">
          <Button variant="default" onClick={formProps.onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={formProps.pending}>
            {formProps.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
