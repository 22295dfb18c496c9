import type { Pipeline } from '../deals/pipelines-query.js';

/** A pipeline being edited: its stages in board order, new ones without an id. */
export interface StageDraft {
  /** Keeps a row's identity in React while it moves; the stage's id once it has one. */
  key: string;
  id?: string;
  name: string;
  probability: number | '';
  rottingDays: number | '';
  requiredFields: string[];
}

export interface PipelineDraft {
  name: string;
  stages: StageDraft[];
}

/** Deal fields a stage may require before a deal enters it (the API's list). */
export const REQUIRABLE_FIELDS = [
  'companyId',
  'personIds',
  'expectedCloseDate',
  'ownerId',
  'teamId',
  'lines',
] as const;

let counter = 0;
const newKey = () => `new-${++counter}`;

export const emptyStage = (probability: number | '' = ''): StageDraft => ({
  key: newKey(),
  name: '',
  probability,
  rottingDays: '',
  requiredFields: [],
});

export function draftOf(pipeline: Pipeline | null): PipelineDraft {
  if (!pipeline) return { name: '', stages: [emptyStage(10), emptyStage(50), emptyStage(90)] };
  return {
    name: pipeline.name,
    stages: pipeline.stages.map((stage) => ({
      key: stage.id,
      id: stage.id,
      name: stage.name,
      probability: stage.probability,
      rottingDays: stage.rottingDays ?? '',
      requiredFields: stage.requiredFields,
    })),
  };
}

export function bodyOf(draft: PipelineDraft) {
  return {
    name: draft.name.trim(),
    stages: draft.stages.map((stage) => ({
      ...(stage.id && { id: stage.id }),
      name: stage.name.trim(),
      probability: stage.probability === '' ? 0 : stage.probability,
      rottingDays: stage.rottingDays === '' ? null : stage.rottingDays,
      requiredFields: stage.requiredFields,
    })),
  };
}

/** The stages with the one at `index` moved by `by` places (kept inside the list). */
export function moveStage(stages: StageDraft[], index: number, by: number): StageDraft[] {
  const target = index + by;
  if (target < 0 || target >= stages.length) return stages;
  const next = [...stages];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved!);
  return next;
}
