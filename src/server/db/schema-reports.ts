import type { ColumnType } from 'kysely';

type Json = ColumnType<unknown, string, string>;
type Bool = ColumnType<number | boolean, number, number>;

/**
 * Row types of the analytical tables (migration 20261130140000_reports): saved reports with their
 * email schedules, dashboards of widgets, and the workspace's external data sets keyed by country,
 * region or postcode.
 */
export interface ReportTable {
  workspace_id: string;
  id: string;
  user_id: string;
  name: string;
  shared: Bool;
  definition: Json;
  chart: string;
  schedule: Json | null;
  next_run_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DashboardTable {
  workspace_id: string;
  id: string;
  user_id: string;
  name: string;
  shared: Bool;
  widgets: Json;
  filters: Json;
  created_at: string;
  updated_at: string;
}

export interface DataSetTable {
  workspace_id: string;
  id: string;
  name: string;
  key_kind: string;
  columns: Json;
  source: string | null;
  row_count: number;
  created_at: string;
  updated_at: string;
}

/** One key's values; `custom` holds them by column key, as record tables hold custom fields. */
export interface DataSetRowTable {
  workspace_id: string;
  data_set_id: string;
  key: string;
  custom: Json;
}

export interface ReportsSchema {
  reports: ReportTable;
  dashboards: DashboardTable;
  data_sets: DataSetTable;
  data_set_rows: DataSetRowTable;
}
