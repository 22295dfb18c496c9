import { z } from 'zod';

export const salesReportQuery = z.object({
  pipelineId: z.uuid({ message: 'must be a pipeline id' }),
  from: z.iso
    .date({ message: 'must be a date (YYYY-MM-DD)' })
    .optional()
    .describe('First day of the closed period; default a year before `to`'),
  to: z.iso
    .date({ message: 'must be a date (YYYY-MM-DD)' })
    .optional()
    .describe('Last day of the closed period; default today'),
});
export type SalesReportQuery = z.infer<typeof salesReportQuery>;

const summary = {
  won: z.number().int(),
  lost: z.number().int(),
  wonAmount: z.number().int(),
  winRate: z.number().nullable().describe('Won ÷ (won + lost), 0–1; null without closed deals'),
  averageDealSize: z.number().int().nullable().describe('Average won amount, minor units'),
  averageCycleDays: z.number().nullable().describe('Average days from creation to winning'),
};

export const salesReportSchema = z.object({
  pipelineId: z.uuid(),
  currency: z.string().describe('The workspace currency every amount is in'),
  from: z.string(),
  to: z.string(),
  missingRates: z.array(z.string()).describe('Currencies without an exchange rate, left out of the amounts'),
  byStage: z.array(
    z.object({
      stageId: z.uuid(),
      count: z.number().int(),
      amount: z.number().int(),
      weighted: z.number().int(),
    }),
  ),
  forecast: z.array(
    z.object({
      month: z.string().describe('YYYY-MM of the expected close date'),
      count: z.number().int(),
      amount: z.number().int(),
      weighted: z.number().int().describe('Σ amount × the stage’s win probability'),
    }),
  ),
  summary: z.object(summary),
  byOwner: z.array(z.object({ id: z.string().nullable(), ...summary })),
  byTeam: z.array(z.object({ id: z.string().nullable(), ...summary })),
});
