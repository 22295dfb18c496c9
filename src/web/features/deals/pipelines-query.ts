import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.js';
import type { components } from '../../lib/api-types.generated.js';

export type Pipeline = components['schemas']['Pipeline'];
export type PipelineStage = Pipeline['stages'][number];

/** The workspace's pipelines with their stages: the board, the deal form and the settings read it. */
export const pipelinesQuery = queryOptions({
  queryKey: ['pipelines'],
  queryFn: () => api<{ data: Pipeline[] }>('/pipelines').then((page) => page.data),
  staleTime: 60_000,
});

export const usePipelines = () => useQuery(pipelinesQuery);

/** A stage's name by its id, from the pipelines loaded. */
export function stageName(pipelines: Pipeline[] | undefined, stageId: string): string | null {
  for (const pipeline of pipelines ?? [])
    for (const stage of pipeline.stages) if (stage.id === stageId) return stage.name;
  return null;
}
