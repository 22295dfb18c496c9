import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OwnerSelect, TagsField } from '../records/common-inputs.js';
import { RecordForm, useRecordForm, type RecordFormProps } from '../records/RecordForm.js';
import { RecordSelect } from '../records/RecordSelect.js';
import {
  ACTIVITY_TYPES,
  PRIORITIES,
  OUTCOMES,
  FREQUENCIES,
  kindOf,
  type ActivityKind,
  type ActivityInput,
} from './activity-input.js';

const SHOWN_FIELDS = [
  'type',
  'subject',
  'body',
  'dueAt',
  'endAt',
  'remindAt',
  'completedAt',
  'personId',
  'companyId',
  'dealId',
  'priority',
  'direction',
  'durationMinutes',
  'outcome',
  'location',
  'recurrence',
  'recurrence.frequency',
  'recurrence.interval',
  'ownerId',
  'tags',
  'custom',
];

export function ActivityForm(props: RecordFormProps<ActivityInput>) {
  const { t } = useTranslation();
  const { form, set, err, textProps } = useRecordForm(props.initial, props.error);
  const is = (...types: ActivityKind[]) => types.includes(form.type);
  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  return (
    <RecordForm
      object="activity"
      shownFields={SHOWN_FIELDS}
      form={form}
      onCustomChange={(custom) => set('custom', custom)}
      formProps={props}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('activities.fields.type')}
          data={options(ACTIVITY_TYPES, 'activities.types')}
          value={form.type}
          onChange={(value) => set('type', kindOf(value ?? undefined))}
          disabled={props.recordId !== undefined}
          allowDeselect={false}
          error={err('type')}
        />
        {!is('note') && (
          <TextInput
            label={t('activities.fields.subject')}
            required
            {...textProps('subject')}
            data-autofocus
          />
        )}
        {!is('note') && (
          <TextInput
            type="datetime-local"
            label={t(
              is('meeting')
                ? 'activities.fields.start'
                : is('task')
                  ? 'activities.fields.dueAt'
                  : 'activities.fields.when',
            )}
            required={is('meeting')}
            {...textProps('dueAt')}
          />
        )}
        {is('meeting') && (
          <TextInput type="datetime-local" label={t('activities.fields.endAt')} {...textProps('endAt')} />
        )}
        {is('meeting') && <TextInput label={t('activities.fields.location')} {...textProps('location')} />}
        {is('call', 'email') && (
          <Select
            label={t('activities.fields.direction')}
            data={options(['out', 'in'] as const, 'activities.direction')}
            value={form.direction}
            onChange={(value) => set('direction', value)}
            error={err('direction')}
          />
        )}
        {is('call') && (
          <NumberInput
            label={t('activities.fields.durationMinutes')}
            min={0}
            allowDecimal={false}
            value={form.durationMinutes}
            onChange={(value) => set('durationMinutes', typeof value === 'number' ? value : '')}
            error={err('durationMinutes')}
          />
        )}
        {is('call') && (
          <Select
            label={t('activities.fields.outcome')}
            data={options(OUTCOMES, 'activities.outcomes')}
            value={form.outcome}
            onChange={(value) => set('outcome', value)}
            clearable
            error={err('outcome')}
          />
        )}
        {is('task') && (
          <Select
            label={t('activities.fields.priority')}
            data={options(PRIORITIES, 'activities.priorities')}
            value={form.priority}
            onChange={(value) => set('priority', value)}
            error={err('priority')}
          />
        )}
        {is('task') && (
          <Select
            label={t('activities.fields.recurrence')}
            data={options(FREQUENCIES, 'activities.frequencies')}
            value={form.frequency}
            onChange={(value) => set('frequency', (value ?? 'none') as ActivityInput['frequency'])}
            allowDeselect={false}
            error={err('recurrence') ?? err('recurrence.frequency')}
          />
        )}
        {is('task') &&
          (form.frequency === 'daily' || form.frequency === 'weekly' || form.frequency === 'monthly') && (
            <NumberInput
              label={t('activities.fields.interval')}
              min={1}
              max={365}
              allowDecimal={false}
              value={form.interval}
              onChange={(value) => set('interval', typeof value === 'number' ? value : 1)}
              error={err('recurrence.interval')}
            />
          )}
        {is('task', 'meeting', 'call') && (
          <TextInput
            type="datetime-local"
            label={t('activities.fields.remindAt')}
            {...textProps('remindAt')}
          />
        )}
        <RecordSelect
          entity="person"
          label={t('fields.person')}
          value={form.personId}
          onChange={(id) => set('personId', id)}
          error={err('personId')}
        />
        <RecordSelect
          entity="company"
          label={t('fields.company')}
          value={form.companyId}
          onChange={(id) => set('companyId', id)}
          error={err('companyId')}
        />
        <RecordSelect
          entity="deal"
          label={t('activities.fields.deal')}
          value={form.dealId}
          onChange={(id) => set('dealId', id)}
          error={err('dealId')}
        />
        <OwnerSelect value={form.ownerId} onChange={(id) => set('ownerId', id)} error={err('ownerId')} />
      </SimpleGrid>
      <Textarea
        label={t(is('note') ? 'activities.fields.note' : 'activities.fields.body')}
        required={is('note')}
        autosize
        minRows={3}
        value={form.body}
        onChange={(e) => set('body', e.currentTarget.value)}
        error={err('body')}
      />
      <TagsField value={form.tags} onChange={(tags) => set('tags', tags)} error={err('tags')} />
    </RecordForm>
  );
}
