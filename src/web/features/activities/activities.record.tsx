import { Button, Text } from '@mantine/core';
import { IconCalendarDown, IconChecklist } from '@tabler/icons-react';
import { lazyRouteComponent } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import type { Activity } from '../../lib/api-types.generated.js';
import type { Formatters } from '../../lib/format.js';
import { defineRecordType } from '../../records/define-record-type.js';
import type { RenderContext } from '../records/fields.js';
import type { FieldItem } from '../records/FieldList.js';
import { RecordLink } from '../records/RecordLink.js';
import { ACTIVITY_DEFAULT_COLUMNS, activityFieldDefs, ActivityTypeBadge } from './activity-fields.js';
import { activityBody, activityInput } from './activity-input.js';

const minutes = (value: number | null, fmt: Formatters, t: TFunction) =>
  value === null ? null : t('activities.minutes', { count: value, formatted: fmt.number(value) });

function activityDetails(a: Activity, { fmt, t }: RenderContext): FieldItem[] {
  const time = (iso: string | null) => (iso ? fmt.dateTime(iso) : null);
  return [
    { label: t('activities.fields.type'), value: <ActivityTypeBadge type={a.type} t={t} /> },
    {
      label: t(a.type === 'meeting' ? 'activities.fields.start' : 'activities.fields.dueAt'),
      value: time(a.dueAt),
    },
    { label: t('activities.fields.endAt'), value: time(a.endAt) },
    { label: t('activities.fields.completedAt'), value: time(a.completedAt) },
    { label: t('activities.fields.remindAt'), value: time(a.remindAt) },
    {
      label: t('activities.fields.direction'),
      value: a.direction ? t(`activities.direction.${a.direction}`) : null,
    },
    { label: t('activities.fields.durationMinutes'), value: minutes(a.durationMinutes, fmt, t) },
    {
      label: t('activities.fields.outcome'),
      value: a.outcome ? t(`activities.outcomes.${a.outcome}`) : null,
    },
    { label: t('activities.fields.location'), value: a.location },
    {
      label: t('activities.fields.priority'),
      value: a.priority ? t(`activities.priorities.${a.priority}`) : null,
    },
    {
      label: t('activities.fields.recurrence'),
      value: a.recurrence
        ? t(`activities.frequencies.${a.recurrence.frequency}`) +
          (a.recurrence.interval > 1 ? ` (${t('activities.everyN', { count: a.recurrence.interval })})` : '')
        : null,
    },
    {
      label: t('fields.person'),
      value: a.personId ? (
        <RecordLink entity="person" id={a.personId}>
          {a.personName}
        </RecordLink>
      ) : null,
    },
    {
      label: t('fields.company'),
      value: a.companyId ? (
        <RecordLink entity="company" id={a.companyId}>
          {a.companyName}
        </RecordLink>
      ) : null,
    },
    {
      label: t('activities.fields.deal'),
      value: a.dealId ? (
        <RecordLink entity="deal" id={a.dealId}>
          {a.dealTitle}
        </RecordLink>
      ) : null,
    },
    {
      label: t('activities.fields.body'),
      value: a.body ? (
        <Text span size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {a.body}
        </Text>
      ) : null,
    },
    {
      label: t('activities.calendar'),
      value:
        a.type === 'meeting' ? (
          <Button
            component="a"
            href={`/api/v1/activities/${a.id}/ics`}
            size="compact-sm"
            variant="light"
            leftSection={<IconCalendarDown size={14} />}
          >
            {t('activities.downloadIcs')}
          </Button>
        ) : null,
    },
  ];
}

/** Notes, calls, meetings, logged emails and tasks; "My day" (features/my-day) lists the open ones. */
export const activityType = defineRecordType({
  entity: 'activity',
  module: 'activities',
  apiPath: '/activities',
  routePath: '/activities',
  icon: IconChecklist,
  color: 'teal',
  texts: 'activities',
  display: ['subject'],
  refs: { personId: 'person', companyId: 'company', dealId: 'deal' },
  fields: activityFieldDefs,
  defaultColumns: ACTIVITY_DEFAULT_COLUMNS,
  subtitle: (a) => [a.personName, a.companyName, a.dealTitle].filter(Boolean).join(' · ') || null,
  details: activityDetails,
  form: {
    Form: lazyRouteComponent(() => import('./ActivityForm.js'), 'ActivityForm'),
    prefill: ['type', 'personId', 'companyId', 'dealId'],
    toInput: ({ prefill }, activity) => activityInput(prefill, activity),
    toBody: activityBody,
  },
});
