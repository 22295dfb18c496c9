import { z } from 'zod';

export const ANALYSES = ['rfm', 'clv', 'cohorts'] as const;
export type AnalysisName = (typeof ANALYSES)[number];

export const analysisParams = z.object({
  analysis: z.enum(ANALYSES, { message: 'must be rfm, clv or cohorts' }),
});

const asOf = z.iso
  .date({ message: 'must be a date (YYYY-MM-DD)' })
  .optional()
  .describe('The day the analysis looks from: orders after it are left out; today when not given');

const rfmParams = z.strictObject({ asOf });
const cohortParams = z.strictObject({ asOf });
const clvParams = z.strictObject({
  asOf,
  model: z
    .enum(['bgnbd', 'pareto-nbd'], { message: 'must be bgnbd or pareto-nbd' })
    .default('pareto-nbd')
    .describe('The purchase model; spend is always Gamma-Gamma'),
  horizonWeeks: z
    .number()
    .int({ message: 'must be a whole number of weeks' })
    .min(1, { message: 'must be at least 1' })
    .max(520, { message: 'must be at most 520' })
    .default(52)
    .describe('Weeks ahead for expected purchases and CLV'),
  holdoutWeeks: z
    .number()
    .int({ message: 'must be a whole number of weeks' })
    .min(1, { message: 'must be at least 1' })
    .max(260, { message: 'must be at most 260' })
    .default(26)
    .describe('Weeks held out to check the model’s predictions'),
  discountRate: z
    .number()
    .min(0, { message: 'must be 0 or more' })
    .max(1, { message: 'must be at most 1 (100 % a year)' })
    .default(0.1)
    .describe('Annual discount rate of CLV (0.1 = 10 % a year)'),
});

/** Each analysis's parameters, with their defaults. */
export const PARAMS_BY_ANALYSIS = { rfm: rfmParams, clv: clvParams, cohorts: cohortParams } as const;
export type ClvRunParams = z.output<typeof clvParams>;

export const runBody = z
  .object({ params: z.record(z.string(), z.unknown()).default({}) })
  .describe('`params` as the analysis takes them (see the analysis’s description)');

export const analysisRunSchema = z
  .object({
    id: z.uuid(),
    analysis: z.enum(ANALYSES),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    progress: z.number().int().describe('Percent done'),
    params: z.record(z.string(), z.unknown()),
    result: z
      .record(z.string(), z.unknown())
      .nullable()
      .describe(
        'Per customer level (`company`, `person`, null without orders): the figures and the model’s fit; `missingRates` lists currencies left out',
      ),
    error: z.string().nullable(),
    requestedBy: z.uuid().nullable().describe('Who asked for it; null for a scheduled run'),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'CustomerAnalysisRun' });

export const scheduleBody = z.object({
  every: z.enum(['day', 'week', 'month'], { message: 'must be day, week or month' }),
  params: z.record(z.string(), z.unknown()).default({}),
});

export const scheduleSchema = z
  .object({
    analysis: z.enum(ANALYSES),
    every: z.enum(['day', 'week', 'month']),
    params: z.record(z.string(), z.unknown()),
    nextRunAt: z.string(),
  })
  .meta({ id: 'CustomerAnalysisSchedule' });

export const analysisStateSchema = z
  .object({
    analysis: z.enum(ANALYSES),
    latest: analysisRunSchema.nullable().describe('The last finished run'),
    current: analysisRunSchema.nullable().describe('A run waiting or running'),
    schedule: scheduleSchema.nullable(),
  })
  .meta({ id: 'CustomerAnalysisState' });
