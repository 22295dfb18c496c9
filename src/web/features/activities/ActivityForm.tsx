import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../lib/api-types.generated.js';
import { OwnerSelect, TagsField } from '../records/common-inputs.js';
import { RecordForm, useRecordForm, type RecordFormProps } from '../records/RecordForm.js';
import { RecordSelect } from '../records/RecordSelect.js';
import { fromLocalInput, toLocalInput } from './activity-time.js';

export const ACTIVITY_TYPES = ['note', 'call', 'meeting', 'email', 'task'] as const;
export type ActivityKind = (typeof ACTIVITY_TYPES)[number];
const PRIORITIES = ['low', 'normal', 'high'] as const;
const OUTCOMES = ['connected', 'no_answer', 'voicemail', 'busy', 'wrong_number'] as const;
const FREQUENCIES = ['none', 'daily', 'weekdays', 'weekly', 'monthly'] as const;

export interface ActivityInput {
  type: ActivityKind;
  subject: string;
  body: string;
  /** `datetime-local` values, in the browser's zone. */
  dueAt: string;
  endAt: string;
  remindAt: string;
  done: boolean;
  completedAt: string | null;
  personId: string | null;
  companyId: string | null;
  dealId: string | null;
  priority: string | null;
  direction: string | null;
  durationMinutes: number | '';
  outcome: string | null;
  location: string;
  frequency: (typeof FREQUENCIES)[number];
  interval: number;
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
}

const kindOf = (value: string | undefined): ActivityKind =>
  (ACTIVITY_TYPES as readonly string[]).includes(value ?? '') ? (value as ActivityKind) : 'task';

/**
 * A form's values for an activity, or for a new one: a call or an email logged now is done now, a
 * task and a meeting are planned (due in an hour, on the hour).
 */
export function activityInput(prefill: Record<string, string>, activity?: Activity): ActivityInput {
  const type = kindOf(activity?.type ?? prefill.type);
  const nextHour = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000).toISOString();
  const logged = type === 'call' || type === 'email';
  return {
    type,
    subject: activity?.subject ?? '',
    body: activity?.body ?? '',
    dueAt: toLocalInput(activity ? activity.dueAt : logged ? new Date().toISOString() : nextHour),
    endAt: toLocalInput(activity?.endAt ?? null),
    remindAt: toLocalInput(activity?.remindAt ?? null),
    done: activity ? activity.completedAt !== null : logged,
    completedAt: activity?.completedAt ?? null,
    personId: activity?.personId ?? prefill.personId ?? null,
    companyId: activity?.companyId ?? prefill.companyId ?? null,
    dealId: activity?.dealId ?? prefill.dealId ?? null,
    priority: activity?.priority ?? (type === 'task' ? 'normal' : null),
    direction: activity?.direction ?? (logged ? 'out' : null),
    durationMinutes: activity?.durationMinutes ?? '',
    outcome: activity?.outcome ?? null,
    location: activity?.location ?? '',
    frequency: activity?.recurrence?.frequency ?? 'none',
    interval: activity?.recurrence?.interval ?? 1,
    ownerId: activity?.ownerId ?? null,
    tags: activity?.tags ?? [],
    custom: activity?.custom ?? {},
  };
}

/** The request body: only the fields the type has, times in UTC, blank texts as null. */
export function activityBody(input: ActivityInput, isNew: boolean) {
  const is = (...types: ActivityKind[]) => types.includes(input.type);
  const when = fromLocalInput(input.dueAt);
  return {
    ...(isNew && { type: input.type }),
    subject: input.subject.trim() || null,
    body: input.body.trim() || null,
    dueAt: when,
    completedAt: input.done ? (input.completedAt ?? new Date().toISOString()) : null,
    personId: input.personId,
    companyId: input.companyId,
    dealId: input.dealId,
    priority: is('task') ? input.priority : null,
    direction: is('call', 'email') ? input.direction : null,
    durationMinutes: is('call') && input.durationMinutes !== '' ? input.durationMinutes : null,
    outcome: is('call') ? input.outcome : null,
    location: is('meeting') ? input.location.trim() || null : null,
    endAt: is('meeting') ? fromLocalInput(input.endAt) : null,
    remindAt: is('task', 'meeting', 'call') ? fromLocalInput(input.remindAt) : null,
    recurrence:
      is('task') && input.frequency !== 'none'
        ? {
            frequency: input.frequency,
            interval: input.frequency === 'weekdays' ? 1 : input.interval,
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          }
        : null,
    ...(isNew && !input.ownerId ? {} : { ownerId: input.ownerId }),
    tags: input.tags,
    custom: input.custom,
  };
}

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
