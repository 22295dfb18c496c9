import type { ColumnType } from 'kysely';

type Json = ColumnType<unknown, string, string>;

/**
 * Row types of customer value (migration 20261201130000_customer_value): the read-only columns the
 * analyses write on people and companies, the analyses' runs and the workspace's schedules.
 */
export interface CustomerValueColumns {
  rfm_segment: string | null;
  rfm_score: string | null;
  expected_purchases: number | null;
  probability_alive: number | null;
  churn_risk: string | null;
  /** Minor units of `value_currency` (the workspace currency when the analysis ran). */
  lifetime_value: ColumnType<string | number | null, number | null, number | null>;
  value_currency: string | null;
  value_updated_at: string | null;
}

export interface CustomerAnalysisRunTable {
  workspace_id: string;
  id: string;
  analysis: string;
  status: string;
  progress: number;
  params: Json;
  result: Json | null;
  error: string | null;
  requested_by: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface CustomerAnalysisScheduleTable {
  workspace_id: string;
  analysis: string;
  every: string;
  params: Json;
  next_run_at: string;
  updated_at: string;
}

export interface CustomerValueSchema {
  customer_analysis_runs: CustomerAnalysisRunTable;
  customer_analysis_schedules: CustomerAnalysisScheduleTable;
}
