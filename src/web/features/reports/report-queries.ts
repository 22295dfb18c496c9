import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.js';
import type { Page } from '../../lib/types.js';
import {
  DASHBOARD_QUERIES,
  REPORT_QUERIES,
  type Dashboard,
  type ReportDefinition,
  type ReportResult,
  type SavedReport,
} from './report-types.js';

export const useSavedReports = () =>
  useQuery({
    queryKey: [...REPORT_QUERIES, 'saved'],
    queryFn: async ({ signal }) => (await api<Page<SavedReport>>('/reports', { signal })).data,
  });

export const useSavedReport = (id: string | null) =>
  useQuery({
    queryKey: [...REPORT_QUERIES, 'saved', id],
    queryFn: ({ signal }) => api<SavedReport>(`/reports/${id}`, { signal }),
    enabled: id !== null,
  });

/** A definition's result, the previous one shown while the next runs. */
export const useReportRun = (definition: ReportDefinition | null) =>
  useQuery({
    queryKey: [...REPORT_QUERIES, 'run', definition],
    queryFn: ({ signal }) =>
      api<ReportResult>('/reports/run', { method: 'POST', body: { definition }, signal }),
    enabled: definition !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });

export const useDashboards = () =>
  useQuery({
    queryKey: [...DASHBOARD_QUERIES, 'list'],
    queryFn: async ({ signal }) => (await api<Page<Dashboard>>('/dashboards', { signal })).data,
  });
