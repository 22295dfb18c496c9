import { stageName, usePipelines } from './pipelines-query.js';

/** A deal's stage by name, once the pipelines are loaded. */
export function StageName({ stageId }: { stageId: string }) {
  const { data } = usePipelines();
  return <>{stageName(data, stageId) ?? ''}</>;
}
