import { z } from 'zod';
import { moneySchema } from '../../records/record-type.js';
import { dealType } from './deals.record.js';

/** Response shapes of the deals' own routes (the record kit makes the standard ones). */

export const stageChangesSchema = z.object({
  data: z.array(
    z.object({
      id: z.uuid(),
      pipelineId: z.uuid(),
      fromStageId: z.uuid().nullable().describe('Null for the stage a deal started in'),
      toStageId: z.uuid(),
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      changedAt: z.string(),
      actor: z.object({ type: z.string(), id: z.string().nullable() }),
    }),
  ),
  nextCursor: z.null(),
});

export const convertedTotalSchema = z
  .object({
    amount: z.number().int().describe('Minor units of the workspace currency'),
    currency: z.string(),
    converted: z.boolean().describe('Whether amounts in other currencies were converted into it'),
    missingRates: z.array(z.string()).describe('Currencies without an exchange rate, left out of the amount'),
  })
  .meta({ id: 'ConvertedTotal' });

export const dealBoardSchema = z.object({
  pipelineId: z.uuid(),
  currency: z.string().describe('The workspace currency the totals are in'),
  stages: z.array(
    z.object({
      stageId: z.uuid(),
      count: z.number().int().describe('Open deals in the stage that the list’s search and filters keep'),
      total: convertedTotalSchema,
      weighted: moneySchema.describe('The total × the stage’s win probability'),
      byCurrency: z.array(
        z.object({ currency: z.string(), amount: z.number().int(), count: z.number().int() }),
      ),
      data: z.array(dealType.schema).describe('The first page of the column'),
      nextCursor: z.string().nullable(),
    }),
  ),
});
