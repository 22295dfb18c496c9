import { Button, Checkbox, Group, Modal, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import {
  CUSTOM_FIELD_TYPES,
  type Choice,
  type CustomField,
  type CustomFieldType,
  type RecordEntity,
} from '../../lib/types.js';
import { choicesFromLabels, keyFromLabel } from './custom-field-keys.js';

const hasChoices = (type: CustomFieldType) => type === 'select' || type === 'multiselect';

/** Creates a field (object, label, key, type, choices) or edits one (label, choices, required). */
export function CustomFieldModal(props: {
  object: RecordEntity;
  field: CustomField | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const editing = props.field;
  const [label, setLabel] = useState(editing?.label ?? '');
  const [key, setKey] = useState(editing?.key ?? '');
  const [keyTouched, setKeyTouched] = useState(false);
  const [type, setType] = useState<CustomFieldType>(editing?.type ?? 'text');
  const [existingChoices, setExistingChoices] = useState<Choice[]>(editing?.choices ?? []);
  const [newChoices, setNewChoices] = useState<string[]>([]);
  const [required, setRequired] = useState(editing?.required ?? false);

  const save = useMutation({
    mutationFn: () => {
      const choices = hasChoices(type) ? choicesFromLabels(newChoices, existingChoices) : undefined;
      return editing
        ? api<CustomField>(`/custom-fields/${editing.id}`, {
            method: 'PATCH',
            body: { label, required, ...(choices && { choices }) },
          })
        : api<CustomField>('/custom-fields', {
            method: 'POST',
            body: { object: props.object, label, key, type, required, ...(choices && { choices }) },
          });
    },
    onSuccess: async (field) => {
      notifications.show({
        color: 'green',
        message: t(editing ? 'customFields.updated' : 'customFields.created', { label: field.label }),
      });
      await queryClient.invalidateQueries({ queryKey: ['custom-fields', props.object] });
      props.onClose();
    },
  });
  const err = (field: string) => fieldError(t, save.error, field);

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={editing ? t('customFields.editTitle') : t('customFields.newTitle')}
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <TextInput
            label={t('customFields.label')}
            required
            value={label}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setLabel(value);
              if (!editing && !keyTouched) setKey(keyFromLabel(value));
            }}
            error={err('label')}
            data-autofocus
          />
          <TextInput
            label={t('customFields.key')}
            description={t('customFields.keyHint')}
            required
            disabled={Boolean(editing)}
            value={key}
            onChange={(e) => {
              setKeyTouched(true);
              setKey(e.currentTarget.value);
            }}
            error={err('key')}
          />
          <Select
            label={t('customFields.type')}
            disabled={Boolean(editing)}
            data={CUSTOM_FIELD_TYPES.map((value) => ({ value, label: t(`customFields.types.${value}`) }))}
            value={type}
            allowDeselect={false}
            onChange={(value) => value && setType(value as CustomFieldType)}
            error={err('type')}
          />
          {hasChoices(type) &&
            existingChoices.map((choice, i) => (
              <TextInput
                key={choice.value}
                label={t('customFields.choiceN', { n: i + 1 })}
                value={choice.label}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setExistingChoices((all) => all.map((c, j) => (j === i ? { ...c, label: value } : c)));
                }}
              />
            ))}
          {hasChoices(type) && (
            <TagsInput
              label={existingChoices.length ? t('customFields.addChoices') : t('customFields.choices')}
              description={t('customFields.choicesHint')}
              value={newChoices}
              onChange={setNewChoices}
              error={err('choices')}
            />
          )}
          <Checkbox
            label={t('customFields.required')}
            checked={required}
            onChange={(e) => setRequired(e.currentTarget.checked)}
          />
          <ErrorAlert error={save.error} shownFields={['label', 'key', 'type', 'choices']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {editing ? t('record.save') : t('customFields.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
