import type { DbOrTrx } from '../../db/database.js';
import { invalid } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { findRecordStates } from '../../records/record-store.js';
import type { RecordContext, RecordValues } from '../../records/record-type.js';
import { findTeam } from '../admin/teams.repository.js';
import { personType } from '../people/people.record.js';
import { productType } from '../products/products.record.js';
import { findPipeline, findPipelineIdsByName } from '../pipelines/pipelines.repository.js';
import type { Pipeline } from '../pipelines/pipelines.schemas.js';
import { recordTimelineEvent } from '../timeline/timeline.writer.js';
import type { StageChangedData } from '../timeline/timeline.schemas.js';
import { insertStageChange } from './deals.repository.js';
import { priceDeal, type DealLine } from './deal-lines.js';
import { dealEventActions, settleDeal } from './deal-rules.js';

/**
 * The deal type's rules that read the database, run by the record kit in each command's transaction
 * (API, import, bulk): the pipeline and stage (by id, or by name as imports give them), the people
 * and team, then the pure rules of deal-rules.ts. A stage or status change is kept in the deal's
 * stage history and on the timelines of the deal, its company and its people.
 */

export const DEAL_EVENTS = ['stage_changed', 'won', 'lost'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function pipelineOf(trx: DbOrTrx, workspaceId: string, given: string): Promise<Pipeline> {
  let id = given;
  if (!UUID.test(given)) {
    const ids = await findPipelineIdsByName(trx, workspaceId, given);
    if (ids.length === 0) throw invalid('pipelineId', `no pipeline is named "${given}"`);
    if (ids.length > 1)
      throw invalid('pipelineId', `${ids.length} pipelines are named "${given}"; give its id`);
    id = ids[0]!;
  }
  const pipeline = await findPipeline(trx, workspaceId, id);
  if (!pipeline) throw invalid('pipelineId', 'is not a pipeline of this workspace');
  return pipeline;
}

function stageOf(pipeline: Pipeline, given: unknown, keepFirst: boolean) {
  if (keepFirst || typeof given !== 'string' || given === '') return pipeline.stages[0]!;
  const wanted = given.toLocaleLowerCase();
  const stage = UUID.test(given)
    ? pipeline.stages.find((s) => s.id === given)
    : pipeline.stages.find((s) => s.name.toLocaleLowerCase() === wanted);
  if (!stage)
    throw invalid(
      'stageId',
      UUID.test(given)
        ? `is not a stage of the pipeline "${pipeline.name}"`
        : `no stage of the pipeline "${pipeline.name}" is named "${given}"`,
    );
  return stage;
}

/** Ids among `wanted` (at their index) that are not live records of the type in the workspace. */
async function checkLiveRecords(
  trx: DbOrTrx,
  type: typeof personType | typeof productType,
  workspaceId: string,
  wanted: { field: string; id: string }[],
  what: string,
) {
  const states = await findRecordStates(
    trx,
    type,
    workspaceId,
    wanted.map((w) => w.id),
  );
  for (const { field, id } of wanted) {
    const state = states.get(id);
    if (!state) throw invalid(field, `is not a ${what} of this workspace`);
    if (state.trashed) throw invalid(field, `the ${what} is in the trash`);
  }
}

async function checkReferences(
  trx: DbOrTrx,
  workspaceId: string,
  record: RecordValues,
  before: RecordValues | null,
) {
  // People and products already on the deal stay, even if trashed since.
  const knownPeople = new Set((before?.personIds as string[] | undefined) ?? []);
  const people = (record.personIds as string[])
    .map((id, i) => ({ field: `personIds.${i}`, id }))
    .filter(({ id }) => !knownPeople.has(id));
  await checkLiveRecords(trx, personType, workspaceId, people, 'person');
  const knownProducts = new Set(
    ((before?.lines as DealLine[] | undefined) ?? []).map((line) => line.productId),
  );
  const products = ((record.lines as DealLine[] | undefined) ?? []).flatMap((line, i) =>
    line.productId && !knownProducts.has(line.productId)
      ? [{ field: `lines.${i}.productId`, id: line.productId }]
      : [],
  );
  await checkLiveRecords(trx, productType, workspaceId, products, 'product');
  const teamId = record.teamId as string | null;
  if (teamId && teamId !== before?.teamId && !(await findTeam(trx, workspaceId, teamId)))
    throw invalid('teamId', 'is not a team of this workspace');
}

export async function prepareDeal(
  { trx, actor }: RecordContext,
  record: RecordValues,
  before: RecordValues | null,
) {
  const pipeline = await pipelineOf(trx, actor.workspaceId, record.pipelineId as string);
  // A deal moved to another pipeline without a stage of it starts in its first stage.
  const movedWithoutStage =
    before !== null && before.pipelineId !== pipeline.id && record.stageId === before.stageId;
  const stage = stageOf(pipeline, record.stageId, movedWithoutStage);
  await checkReferences(trx, actor.workspaceId, record, before);
  const personIds = [...new Set(record.personIds as string[])];
  return settleDeal(
    priceDeal({ ...record, personIds, pipelineId: pipeline.id, stageId: stage.id }),
    before,
    stage,
    nowIso(),
  );
}

/** Stage and status changes: the stage history, the timelines, and the further events to publish. */
export async function afterDealSaved(
  { trx, actor }: RecordContext,
  record: RecordValues,
  before: RecordValues | null,
) {
  const moved = !before || before.stageId !== record.stageId || before.status !== record.status;
  if (!moved) return [];
  const workspaceId = actor.workspaceId;
  await insertStageChange(trx, workspaceId, {
    id: uuidv7(),
    dealId: record.id as string,
    pipelineId: record.pipelineId as string,
    fromStageId: (before?.stageId as string | undefined) ?? null,
    toStageId: record.stageId as string,
    fromStatus: (before?.status as string | undefined) ?? null,
    toStatus: record.status as string,
    changedAt: record.updatedAt as string,
    actor,
  });
  if (before) await recordStageOnTimelines(trx, { trx, actor }, record, before);
  return dealEventActions(record, before);
}

async function recordStageOnTimelines(
  trx: DbOrTrx,
  { actor }: RecordContext,
  record: RecordValues,
  before: RecordValues,
) {
  const pipeline = (await findPipeline(trx, actor.workspaceId, record.pipelineId as string))!;
  const previous =
    before.pipelineId === pipeline.id
      ? pipeline
      : await findPipeline(trx, actor.workspaceId, before.pipelineId as string);
  const nameIn = (p: Pipeline | null, id: unknown) => p?.stages.find((s) => s.id === id)?.name ?? '';
  const data: StageChangedData = {
    pipelineId: pipeline.id,
    pipelineName: pipeline.name,
    from: { id: before.stageId as string, name: nameIn(previous, before.stageId) },
    to: { id: record.stageId as string, name: nameIn(pipeline, record.stageId) },
    fromStatus: before.status as StageChangedData['toStatus'],
    toStatus: record.status as StageChangedData['toStatus'],
    lostReason: (record.lostReason as string | null) ?? null,
    title: record.title as string,
  };
  const alsoOn = [
    ...(record.companyId ? [{ type: 'company', id: record.companyId as string }] : []),
    ...(record.personIds as string[]).map((id) => ({ type: 'person', id })),
  ];
  await recordTimelineEvent(trx, actor, {
    record: { type: 'deal', id: record.id as string },
    kind: 'stage_changed',
    data,
    alsoOn,
  });
}
