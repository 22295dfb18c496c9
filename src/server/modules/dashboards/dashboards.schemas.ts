import { z } from 'zod';
import { timestamps } from '../../lib/http-schemas.js';
import {
  chartSchema,
  reportContextSchema,
  reportDefinitionSchema,
  reportResultSchema,
} from '../reports/reports.schemas.js';

/**
 * A dashboard: widgets on a 12-column grid, each a saved report or a definition of its own, and a
 * date range and filters that apply to every widget.
 */
export const widgetSchema = z
  .object({
    id: z.string().regex(/^[a-zA-Z0-9_-]{1,40}$/, { message: 'must be 1 to 40 letters, digits, _ or -' }),
    title: z.string().trim().min(1, { message: 'is required' }).max(100),
    chart: chartSchema,
    reportId: z.uuid({ message: 'must be a saved report id' }).nullable().default(null),
    definition: reportDefinitionSchema.nullable().default(null),
    layout: z.object({
      x: z.number().int().min(0).max(11),
      y: z.number().int().min(0).max(200),
      w: z.number().int().min(1).max(12),
      h: z.number().int().min(1).max(12),
    }),
  })
  .meta({ id: 'DashboardWidget' });
export type Widget = z.infer<typeof widgetSchema>;

const widgets = z.array(widgetSchema).max(24, { message: 'at most 24 widgets' });

export const dashboardSchema = z
  .object({
    ...timestamps,
    name: z.string(),
    shared: z.boolean(),
    ownerId: z.uuid(),
    widgets,
    filters: reportContextSchema,
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof dashboardSchema>;

const nameSchema = z.string().trim().min(1, { message: 'is required' }).max(100);

export const dashboardCreateBody = z.object({
  name: nameSchema,
  shared: z.boolean().default(false),
  widgets: widgets.default([]),
  filters: reportContextSchema.default({}),
});
export type DashboardInput = z.infer<typeof dashboardCreateBody>;

export const dashboardUpdateBody = z.object({
  name: nameSchema.optional(),
  shared: z.boolean().optional(),
  widgets: widgets.optional(),
  filters: reportContextSchema.optional(),
});
export type DashboardPatch = z.infer<typeof dashboardUpdateBody>;

export const dashboardPage = z.object({ data: z.array(dashboardSchema), nextCursor: z.string().nullable() });

export const dashboardResultsSchema = z
  .object({
    widgets: z.array(
      z.object({
        id: z.string(),
        result: reportResultSchema.nullable(),
        error: z
          .object({ status: z.number().int(), detail: z.string() })
          .nullable()
          .describe('Why this widget could not run (a deleted report, a field your role may not read)'),
      }),
    ),
  })
  .meta({ id: 'DashboardResults' });
