import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Activity } from '../../lib/api-types.generated.js';
import type { Formatters } from '../../lib/format.js';
import { commonFieldDefs, type FieldDef } from '../records/fields.js';
import { RecordLink } from '../records/RecordLink.js';
import { ACTIVITY_TYPES } from './activity-input.js';

export const ACTIVITY_DEFAULT_COLUMNS = [
  'subject',
  'type',
  'dueAt',
  'completedAt',
  'person',
  'company',
  'ownerId',
];

export const ACTIVITY_COLORS: Record<string, string> = {
  note: 'yellow',
  call: 'cyan',
  meeting: 'indigo',
  email: 'grape',
  task: 'teal',
};

export function ActivityTypeBadge({ type, t }: { type: string; t: TFunction }) {
  return (
    <Badge variant="light" size="sm" color={ACTIVITY_COLORS[type] ?? 'gray'}>
      {t(`activities.types.${type}`)}
    </Badge>
  );
}

/** An activity's name: its subject, or the start of a note. */
export const activityTitle = (a: Activity, t: TFunction) =>
  a.subject ?? (a.body ? a.body.slice(0, 60) : t('activities.unnamed'));

const link = (entity: 'person' | 'company' | 'deal', id: string | null, name: string | null): ReactNode =>
  id && name ? (
    <RecordLink entity={entity} id={id}>
      {name}
    </RecordLink>
  ) : null;

export function activityFieldDefs(fmt: Formatters): FieldDef<Activity>[] {
  return [
    {
      id: 'subject',
      labelKey: 'activities.fields.subject',
      filter: 'text',
      width: 260,
      render: (a, { t }) => activityTitle(a, t),
    },
    {
      id: 'type',
      labelKey: 'activities.fields.type',
      filter: 'select',
      choices: ACTIVITY_TYPES.map((value) => ({ value, label: value })),
      width: 120,
      render: (a, { t }) => <ActivityTypeBadge type={a.type} t={t} />,
    },
    {
      id: 'dueAt',
      labelKey: 'activities.fields.dueAt',
      sortKeys: ['dueAt'],
      filter: 'date',
      width: 180,
      render: (a) => (a.dueAt ? fmt.dateTime(a.dueAt) : null),
    },
    {
      id: 'completedAt',
      labelKey: 'activities.fields.completedAt',
      sortKeys: ['completedAt'],
      filter: 'date',
      width: 180,
      render: (a) => (a.completedAt ? fmt.dateTime(a.completedAt) : null),
    },
    {
      id: 'person',
      labelKey: 'fields.person',
      viewKey: 'personId',
      exportKeys: ['personName'],
      filterField: 'personId',
      filter: 'record',
      ref: 'person',
      width: 200,
      render: (a) => link('person', a.personId, a.personName),
    },
    {
      id: 'company',
      labelKey: 'fields.company',
      viewKey: 'companyId',
      exportKeys: ['companyName'],
      filterField: 'companyId',
      filter: 'record',
      ref: 'company',
      width: 200,
      render: (a) => link('company', a.companyId, a.companyName),
    },
    {
      id: 'deal',
      labelKey: 'activities.fields.deal',
      viewKey: 'dealId',
      exportKeys: ['dealTitle'],
      filterField: 'dealId',
      filter: 'record',
      ref: 'deal',
      width: 200,
      render: (a) => link('deal', a.dealId, a.dealTitle),
    },
    {
      id: 'priority',
      labelKey: 'activities.fields.priority',
      filter: 'select',
      choices: ['low', 'normal', 'high'].map((value) => ({ value, label: value })),
      width: 120,
      render: (a, { t }) => (a.priority ? t(`activities.priorities.${a.priority}`) : null),
    },
    ...commonFieldDefs<Activity>(),
  ];
}
