import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { Formatters } from '../../lib/format.js';
import type { Deal } from '../../lib/api-types.generated.js';
import { commonFieldDefs, type FieldDef } from '../records/fields.js';
import { StageName } from './StageName.js';

export const DEAL_DEFAULT_COLUMNS = [
  'title',
  'amount',
  'stageId',
  'status',
  'expectedCloseDate',
  'companyId',
  'ownerId',
];

const STATUS_COLORS = { open: 'blue', won: 'green', lost: 'red' } as const;

export function StatusBadge({ status, t }: { status: string; t: TFunction }) {
  return (
    <Badge variant="light" size="sm" color={STATUS_COLORS[status as keyof typeof STATUS_COLORS]}>
      {t(`deals.status.${status}`)}
    </Badge>
  );
}

export function dealFieldDefs(fmt: Formatters): FieldDef<Deal>[] {
  return [
    {
      id: 'title',
      labelKey: 'deals.fields.name',
      sortKeys: ['title'],
      filter: 'text',
      width: 260,
      render: (d) => d.title,
    },
    {
      id: 'amount',
      labelKey: 'deals.fields.amount',
      sortKeys: ['amount'],
      filter: 'money',
      width: 140,
      render: (d) => fmt.money(d.amount),
    },
    {
      id: 'stageId',
      labelKey: 'deals.fields.stage',
      width: 150,
      render: (d) => <StageName stageId={d.stageId} />,
    },
    {
      id: 'status',
      labelKey: 'deals.fields.status',
      sortKeys: ['status'],
      filter: 'select',
      choices: (['open', 'won', 'lost'] as const).map((value) => ({ value, label: value })),
      width: 110,
      render: (d, { t }) => <StatusBadge status={d.status} t={t} />,
    },
    {
      id: 'expectedCloseDate',
      labelKey: 'deals.fields.expectedCloseDate',
      sortKeys: ['expectedCloseDate'],
      filter: 'date',
      width: 150,
      render: (d) => (d.expectedCloseDate ? fmt.date(d.expectedCloseDate) : null),
    },
    {
      id: 'companyId',
      labelKey: 'fields.company',
      filter: 'record',
      ref: 'company',
      width: 200,
      render: (d) => d.companyName,
    },
    {
      id: 'lostReason',
      labelKey: 'deals.fields.lostReason',
      filter: 'text',
      width: 200,
      render: (d) => d.lostReason,
    },
    {
      id: 'closedAt',
      labelKey: 'deals.fields.closedAt',
      sortKeys: ['closedAt'],
      filter: 'date',
      width: 150,
      render: (d) => (d.closedAt ? fmt.date(d.closedAt) : null),
    },
    ...commonFieldDefs<Deal>(),
  ];
}
