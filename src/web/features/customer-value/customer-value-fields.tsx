import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { Formatters } from '../../lib/format.js';
import type { Company, Person } from '../../lib/types.js';
import type { FieldDef } from '../records/fields.js';
import type { FieldItem } from '../records/FieldList.js';

type Valued = Person | Company;

export const RISK_COLORS: Record<string, string> = { low: 'teal', medium: 'yellow', high: 'red' };

/** P(alive) as a percentage with no decimals. */
const share = (fmt: Formatters, value: number) => fmt.percent(Math.round(value * 100));

export function ChurnRiskBadge({ risk, t }: { risk: string; t: TFunction }) {
  return (
    <Badge size="sm" variant="light" color={RISK_COLORS[risk] ?? 'gray'}>
      {t(`customerValue.risk.${risk}`)}
    </Badge>
  );
}

/** The read-only value fields of people and companies as list columns and filters. */
export function customerValueFieldDefs<T extends Valued>(fmt: Formatters): FieldDef<T>[] {
  return [
    {
      id: 'lifetimeValue',
      labelKey: 'customerValue.fields.lifetimeValue',
      sortKeys: ['lifetimeValue'],
      filter: 'money',
      width: 150,
      render: (r) => (r.lifetimeValue ? fmt.money(r.lifetimeValue) : null),
    },
    {
      id: 'probabilityAlive',
      labelKey: 'customerValue.fields.probabilityAlive',
      sortKeys: ['probabilityAlive'],
      filter: 'number',
      width: 130,
      render: (r) => (r.probabilityAlive === null ? null : share(fmt, r.probabilityAlive)),
    },
    {
      id: 'churnRisk',
      labelKey: 'customerValue.fields.churnRisk',
      sortKeys: ['churnRisk'],
      filter: 'text',
      width: 130,
      render: (r, { t }) => (r.churnRisk ? <ChurnRiskBadge risk={r.churnRisk} t={t} /> : null),
    },
    {
      id: 'rfmSegment',
      labelKey: 'customerValue.fields.rfmSegment',
      sortKeys: ['rfmSegment'],
      filter: 'text',
      width: 170,
      render: (r, { t }) => (r.rfmSegment ? t(`customerValue.segments.${r.rfmSegment}`) : null),
    },
  ];
}

/** A customer's value on their page: CLV, P(alive) with the churn risk, the RFM segment. */
export function customerValueDetails(r: Valued, fmt: Formatters, t: TFunction): FieldItem[] {
  return [
    {
      label: t('customerValue.fields.lifetimeValue'),
      value: r.lifetimeValue ? fmt.money(r.lifetimeValue) : null,
    },
    {
      label: t('customerValue.fields.probabilityAlive'),
      value:
        r.probabilityAlive === null ? null : (
          <>
            {share(fmt, r.probabilityAlive)} {r.churnRisk && <ChurnRiskBadge risk={r.churnRisk} t={t} />}
          </>
        ),
    },
    {
      label: t('customerValue.fields.rfmSegment'),
      value: r.rfmSegment ? `${t(`customerValue.segments.${r.rfmSegment}`)} (${r.rfmScore ?? ''})` : null,
    },
  ];
}
