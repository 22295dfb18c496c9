import type { components } from '../../lib/api-types.generated.js';

type Schemas = components['schemas'];

/** Report and dashboard shapes as the API gives and takes them. */
export type ReportDefinition = Schemas['ReportDefinitionInput'];
export type ReportContext = Schemas['ReportContextInput'];
export type ReportResult = Schemas['ReportResult'];
export type ReportRow = ReportResult['rows'][number];
export type ReportField = Schemas['ReportFields']['fields'][number];
export type SavedReport = Schemas['SavedReport'];
export type ReportSchedule = Schemas['ReportScheduleInput'];
export type ChartType = SavedReport['chart'];
export type MeasureOp = ReportDefinition['measures'][number]['op'];
export type DateBucket = NonNullable<ReportDefinition['groupBy'][number]['bucket']>;
export type ApiFilter = NonNullable<ReportDefinition['filter']>;
export type Dashboard = Schemas['Dashboard'];
export type Widget = Schemas['DashboardWidgetInput'];
export type DashboardResults = Schemas['DashboardResults'];

export const CHART_TYPES: ChartType[] = ['table', 'bar', 'line', 'pie', 'funnel', 'number'];
export const MEASURE_OPS: MeasureOp[] = ['count', 'sum', 'avg', 'min', 'max', 'distinct'];
export const BUCKETS: DateBucket[] = ['day', 'week', 'month', 'quarter', 'year'];

/** Query keys: saved reports, dashboards and their results are refreshed together after a change. */
export const REPORT_QUERIES = ['reports'] as const;
export const DASHBOARD_QUERIES = ['dashboards'] as const;
