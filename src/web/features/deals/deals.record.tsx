import { IconLayoutKanban, IconTargetArrow } from '@tabler/icons-react';
import { lazyRouteComponent } from '@tanstack/react-router';
import type { Deal } from '../../lib/api-types.generated.js';
import { defineRecordType } from '../../records/define-record-type.js';
import type { RenderContext } from '../records/fields.js';
import type { FieldItem } from '../records/FieldList.js';
import { DEAL_DEFAULT_COLUMNS, dealFieldDefs, StatusBadge } from './deal-fields.js';
import { dealBody, dealInput } from './deal-input.js';
import { DealViewSwitch } from './DealViewSwitch.js';
import { StageName } from './StageName.js';

function dealDetails(d: Deal, { fmt, t }: RenderContext): FieldItem[] {
  return [
    { label: t('deals.fields.amount'), value: fmt.money(d.amount) },
    { label: t('deals.fields.stage'), value: <StageName stageId={d.stageId} /> },
    { label: t('deals.fields.status'), value: <StatusBadge status={d.status} t={t} /> },
    { label: t('deals.fields.lostReason'), value: d.lostReason },
    {
      label: t('deals.fields.expectedCloseDate'),
      value: d.expectedCloseDate ? fmt.date(d.expectedCloseDate) : null,
    },
    { label: t('fields.company'), value: d.companyName },
    { label: t('deals.fields.stageEnteredAt'), value: fmt.dateTime(d.stageEnteredAt) },
    { label: t('deals.fields.closedAt'), value: d.closedAt ? fmt.dateTime(d.closedAt) : null },
  ];
}

/** Sales in progress, on a board per pipeline (features/deals/DealBoardPage.tsx) and in a table. */
export const dealType = defineRecordType({
  entity: 'deal',
  module: 'deals',
  apiPath: '/deals',
  routePath: '/deals',
  icon: IconTargetArrow,
  color: 'grape',
  texts: 'deals',
  display: ['title'],
  refs: { companyId: 'company' },
  fields: dealFieldDefs,
  defaultColumns: DEAL_DEFAULT_COLUMNS,
  subtitle: (d) => d.companyName,
  details: dealDetails,
  Related: lazyRouteComponent(() => import('./DealLines.js'), 'DealLines'),
  ListSwitch: DealViewSwitch,
  navigation: [{ to: '/deals/board', labelKey: 'deals.board.nav', icon: IconLayoutKanban }],
  form: {
    Form: lazyRouteComponent(() => import('./DealForm.js'), 'DealForm'),
    prefill: ['pipelineId', 'stageId', 'companyId'],
    toInput: ({ defaultCurrency, prefill }, deal) => dealInput(defaultCurrency, prefill, deal),
    toBody: dealBody,
  },
});
