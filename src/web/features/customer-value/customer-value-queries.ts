import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.js';
import type { components } from '../../lib/api-types.generated.js';

export type AnalysisState = components['schemas']['CustomerAnalysisState'];
export type AnalysisRun = components['schemas']['CustomerAnalysisRun'];
export const ANALYSIS_PAGES = ['rfm', 'clv', 'churn', 'cohorts'] as const;
export type AnalysisPage = (typeof ANALYSIS_PAGES)[number];

/** The churn page reads the CLV analysis, whose P(alive) it shows. */
export const analysisOf = (page: AnalysisPage) => (page === 'churn' ? 'clv' : page);

/** An analysis's state, read again every second while a run is under way (its progress). */
export const useAnalysis = (page: AnalysisPage) =>
  useQuery({
    queryKey: ['customer-analyses', analysisOf(page)],
    queryFn: ({ signal }) => api<AnalysisState>(`/customer-analyses/${analysisOf(page)}`, { signal }),
    refetchInterval: (query) => (query.state.data?.current ? 1000 : false),
  });
