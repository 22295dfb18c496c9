import { z } from 'zod';
import { listQuery, timestamps } from '../../lib/http-schemas.js';

/**
 * A report: an object (a record type, or an external data set as `dataset:<id>`), a filter in the
 * list filter grammar, up to two groupings (dates bucketed) and up to six measures. It runs inside
 * the database as one GROUP BY query (two when money is summed per currency).
 */
export const DATE_BUCKETS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type DateBucket = (typeof DATE_BUCKETS)[number];
export const MEASURE_OPS = ['count', 'sum', 'avg', 'min', 'max', 'distinct'] as const;
export type MeasureOp = (typeof MEASURE_OPS)[number];
export const CHART_TYPES = ['number', 'bar', 'line', 'pie', 'funnel', 'table'] as const;

const fieldName = z.string().trim().min(1, { message: 'is required' }).max(120);

export const groupBySchema = z.object({
  field: fieldName.describe(
    'A list field (`country`, `ownerId`, `custom.tier`), or a data set value joined through the record’s country, region or postcode (`data.<dataSetId>.<column>`)',
  ),
  bucket: z
    .enum(DATE_BUCKETS, { message: `must be one of: ${DATE_BUCKETS.join(', ')}` })
    .optional()
    .describe('For date fields: day, week (from Monday), month, quarter or year, in UTC; default month'),
});
export type GroupBy = z.infer<typeof groupBySchema>;

export const measureSchema = z.object({
  op: z.enum(MEASURE_OPS, { message: `must be one of: ${MEASURE_OPS.join(', ')}` }),
  field: fieldName
    .optional()
    .describe('The field aggregated; none for `count` (records). sum and avg take numbers and money'),
  per: fieldName
    .optional()
    .describe(
      'Divides the value by a data set value (`data.<dataSetId>.population`: per capita); the report must be grouped by the field the data set joins through',
    ),
});
export type Measure = z.infer<typeof measureSchema>;

export const reportDefinitionSchema = z
  .object({
    object: z
      .string()
      .min(1, { message: 'is required' })
      .max(60)
      .describe('A record type (`person`, `company`, `deal`, `activity`…) or `dataset:<id>`'),
    filter: listQuery.shape.filter,
    groupBy: z.array(groupBySchema).max(2, { message: 'at most two groupings' }).default([]),
    measures: z
      .array(measureSchema)
      .min(1, { message: 'needs at least one measure' })
      .max(6, { message: 'at most six measures' }),
    dateField: fieldName
      .optional()
      .describe('The date field a dashboard’s date range applies to; default `createdAt`'),
    top: z
      .number()
      .int()
      .min(1)
      .max(100)
      .optional()
      .describe('Keep the N groups with the largest first measure; the rest are summed in an `others` row'),
  })
  .meta({ id: 'ReportDefinition' });
export type ReportDefinition = z.infer<typeof reportDefinitionSchema>;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (YYYY-MM-DD)' });

/** What a dashboard adds to every widget: a date range and filters on fields the widgets share. */
export const reportContextSchema = z
  .object({
    from: isoDay.optional().describe('First day of the range (UTC), inclusive'),
    to: isoDay.optional().describe('Last day of the range (UTC), inclusive'),
    filter: listQuery.shape.filter.describe(
      'Filters applied to every widget whose object has the field (others ignore it)',
    ),
  })
  .meta({ id: 'ReportContext' });
export type ReportContext = z.infer<typeof reportContextSchema>;

export const runReportBody = z.object({
  definition: reportDefinitionSchema,
  context: reportContextSchema.optional(),
});

const money = z.object({ amount: z.number(), currency: z.string() });
const measureValue = z
  .union([z.number(), z.string(), z.array(money), z.null()])
  .describe(
    'A number; a date for min/max of dates; for money, one amount (minor units) per currency; null when there is nothing to aggregate',
  );

export const reportResultSchema = z
  .object({
    object: z.string(),
    table: z.string().describe('The API path of the records (`people`), for their list and export'),
    groups: z.array(
      z.object({
        field: z.string(),
        type: z.string(),
        bucket: z.enum(DATE_BUCKETS).nullable(),
      }),
    ),
    measures: z.array(
      z.object({
        op: z.enum(MEASURE_OPS),
        field: z.string().nullable(),
        per: z.string().nullable(),
        money: z.boolean(),
      }),
    ),
    rows: z.array(
      z.object({
        keys: z.array(
          z.object({
            value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
            label: z.string().nullable().describe('A referenced record’s or member’s name'),
          }),
        ),
        values: z.array(measureValue),
        converted: z
          .array(money.nullable())
          .describe('Money sums converted to the workspace currency at its exchange rates; null otherwise'),
        others: z.boolean().describe('The row summing the groups beyond `top`'),
        filter: listQuery.shape.filter
          .nullable()
          .describe('The list filter selecting the records behind the row, for the list and its CSV export'),
      }),
    ),
  })
  .meta({ id: 'ReportResult' });
export type ReportResult = z.infer<typeof reportResultSchema>;
export type ReportRow = ReportResult['rows'][number];

export const scheduleSchema = z
  .object({
    every: z.enum(['day', 'week', 'month'], { message: 'must be day, week or month' }),
    format: z.enum(['csv', 'pdf'], { message: 'must be csv or pdf' }),
    recipients: z
      .array(z.email({ message: 'must be an email address' }))
      .min(1, { message: 'needs at least one recipient' })
      .max(20),
  })
  .meta({ id: 'ReportSchedule' });
export type ReportSchedule = z.infer<typeof scheduleSchema>;

export const chartSchema = z.enum(CHART_TYPES, { message: `must be one of: ${CHART_TYPES.join(', ')}` });

export const savedReportSchema = z
  .object({
    ...timestamps,
    name: z.string(),
    shared: z.boolean().describe('Shared reports are listed for everyone in the workspace'),
    ownerId: z.uuid(),
    chart: chartSchema,
    definition: reportDefinitionSchema,
    schedule: scheduleSchema.nullable(),
    nextRunAt: z.string().nullable().describe('When the scheduled email goes out next'),
  })
  .meta({ id: 'SavedReport' });
export type SavedReport = z.infer<typeof savedReportSchema>;

const nameSchema = z.string().trim().min(1, { message: 'is required' }).max(100);

export const reportCreateBody = z.object({
  name: nameSchema,
  shared: z.boolean().default(false),
  chart: chartSchema.default('table'),
  definition: reportDefinitionSchema,
  schedule: scheduleSchema.nullable().default(null),
});
export type ReportInput = z.infer<typeof reportCreateBody>;

export const reportUpdateBody = z.object({
  name: nameSchema.optional(),
  shared: z.boolean().optional(),
  chart: chartSchema.optional(),
  definition: reportDefinitionSchema.optional(),
  schedule: scheduleSchema.nullable().optional(),
});
export type ReportPatch = z.infer<typeof reportUpdateBody>;

export const reportPage = z.object({ data: z.array(savedReportSchema), nextCursor: z.string().nullable() });

export const reportFieldsSchema = z
  .object({
    fields: z.array(
      z.object({
        name: z.string(),
        type: z.string(),
        groupable: z.boolean(),
        measures: z.array(z.enum(MEASURE_OPS)),
        dataSet: z.object({ id: z.uuid(), name: z.string(), column: z.string() }).nullable(),
      }),
    ),
  })
  .meta({ id: 'ReportFields' });
