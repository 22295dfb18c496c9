import { z } from 'zod';
import { customValuesSchema, moneySchema, tagsInput } from '../../records/record-type.js';
import { salesLineInput } from '../../sales/sales-line.js';
import { MAX_DEAL_LINES } from './deal-lines.js';

export const DEAL_STATUSES = ['open', 'won', 'lost'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

const amount = moneySchema.refine((money) => money.amount >= 0, {
  message: 'must be 0 or more',
  path: ['amount'],
});

const fields = {
  title: z.string().trim().min(1, { message: 'is required' }).max(300),
  amount: amount.describe('The deal’s value, in minor units of its currency'),
  pipelineId: z
    .string()
    .trim()
    .min(1, { message: 'is required' })
    .max(200)
    .describe('The pipeline: its id, or its name (as imports give it)'),
  stageId: z
    .string()
    .trim()
    .min(1, { message: 'is required' })
    .max(200)
    .describe('A stage of the pipeline: its id, or its name; a new deal starts in the first stage'),
  companyId: z.uuid({ message: 'must be a company id' }).nullable(),
  personIds: z
    .array(z.uuid({ message: 'must be a person id' }))
    .max(50)
    .describe('The people involved'),
  ownerId: z.uuid({ message: 'must be a user id' }).nullable(),
  teamId: z.uuid({ message: 'must be a team id' }).nullable().describe('The team the deal belongs to'),
  expectedCloseDate: z.iso.date({ message: 'must be a date (YYYY-MM-DD)' }).nullable(),
  status: z.enum(DEAL_STATUSES, { message: 'must be open, won or lost' }),
  lostReason: z
    .string()
    .trim()
    .max(500)
    .nullable()
    .describe('Why the deal was lost; required when the status is lost'),
  lines: z
    .array(salesLineInput)
    .max(MAX_DEAL_LINES, { message: `may have at most ${MAX_DEAL_LINES} lines` })
    .describe('Products on the deal; a deal with lines is worth their net total, whatever `amount` says'),
  tags: tagsInput,
  custom: customValuesSchema,
};

export const dealCreateBody = z.object({
  ...fields,
  stageId: fields.stageId.optional(),
  companyId: fields.companyId.optional(),
  personIds: fields.personIds.default([]),
  ownerId: fields.ownerId.optional(),
  teamId: fields.teamId.optional(),
  expectedCloseDate: fields.expectedCloseDate.optional(),
  status: fields.status.default('open'),
  lostReason: fields.lostReason.optional(),
  lines: fields.lines.default([]),
  tags: fields.tags.optional(),
  custom: fields.custom.optional(),
});

export const dealUpdateBody = z.object(fields).partial();
