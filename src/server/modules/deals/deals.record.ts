import { defineRecordType, type RecordOf } from '../../records/record-type.js';
import { DEAL_EVENTS, prepareDeal, afterDealSaved } from './deal-checks.js';
import { dealLineSchema } from './deal-lines.js';
import { dealCreateBody, dealUpdateBody } from './deals.schemas.js';
import { z } from 'zod';

/**
 * A sale in progress: its value, where it stands in a pipeline, who it is with. Rules that read the
 * pipeline (the stage belongs to it, the fields a stage requires) and what a stage change sets off
 * (its history, timeline events, `deal.stage_changed`) live in deal-checks.ts.
 */
export const dealType = defineRecordType({
  entity: 'deal',
  table: 'deals',
  names: { singular: 'deal', plural: 'deals' },
  fields: {
    title: { column: 'title', type: 'text', sortable: true, keyed: true },
    amount: { column: 'amount', currencyColumn: 'currency', type: 'money', sortable: true },
    pipelineId: { column: 'pipeline_id', type: 'uuid' },
    stageId: { column: 'stage_id', type: 'uuid' },
    companyId: { column: 'company_id', type: 'uuid', nullable: true, ref: 'company', refName: 'companyName' },
    personIds: { column: 'person_ids', type: 'tags', description: 'Ids of the people involved' },
    teamId: { column: 'team_id', type: 'uuid', nullable: true },
    expectedCloseDate: { column: 'expected_close_date', type: 'date', nullable: true, sortable: true },
    status: { column: 'status', type: 'text', sortable: true, description: 'open, won or lost' },
    lostReason: { column: 'lost_reason', type: 'text', nullable: true },
    lines: { column: 'lines', type: 'json', schema: z.array(dealLineSchema) },
    stageEnteredAt: {
      column: 'stage_entered_at',
      type: 'date',
      sortable: true,
      description: 'When the deal entered its stage (set by the server)',
    },
    closedAt: {
      column: 'closed_at',
      type: 'date',
      nullable: true,
      sortable: true,
      description: 'When the deal was won or lost (set by the server)',
    },
  },
  defaultSort: '-createdAt',
  display: ['title'],
  input: { create: dealCreateBody, update: dealUpdateBody },
  relatedList: { field: 'companyId', summary: 'List the deals of a company' },
  prepare: prepareDeal,
  afterSave: afterDealSaved,
  events: DEAL_EVENTS,
  search: (deal, names) => ({
    title: deal.title as string,
    subtitle: names.companyName ?? null,
    text: [deal.title, names.companyName, deal.lostReason].filter(Boolean).join(' '),
  }),
});

export type Deal = RecordOf<typeof dealType>;
