import type { Db } from '../../db/database.js';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { checkVersion } from '../../lib/versions.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import {
  countDealsInStages,
  deletePipelineRow,
  findPipeline,
  findPipelines,
  insertPipeline,
  nextPipelinePosition,
  updatePipelineRow,
  writeStages,
} from './pipelines.repository.js';
import type { Pipeline, PipelineCreate, PipelineUpdate, Stage } from './pipelines.schemas.js';

/**
 * Pipelines are the workspace's sales process: admins shape them (Settings → Pipelines), every role
 * that works with deals reads them. A stage that holds deals cannot be removed, nor its pipeline
 * deleted, so no deal is ever left in a stage that does not exist.
 */

const ENTITY = 'pipeline';

export async function listPipelines(db: Db, actor: Actor) {
  authorize(actor, 'pipelines', 'read');
  return { data: await findPipelines(db, actor.workspaceId), nextCursor: null };
}

export async function getPipeline(db: Db, actor: Actor, id: string) {
  authorize(actor, 'pipelines', 'read');
  const pipeline = await findPipeline(db, actor.workspaceId, id);
  if (!pipeline) throw notFound('Pipeline');
  return pipeline;
}

/** The stages as given, existing ones keeping their ids; names unique within the pipeline. */
function stagesOf(input: PipelineCreate['stages'], existing: Stage[]): Stage[] {
  const seen = new Set<string>();
  return input.map((stage, i) => {
    const key = stage.name.toLocaleLowerCase();
    if (seen.has(key)) throw invalid(`stages.${i}.name`, 'is the name of another stage of this pipeline');
    seen.add(key);
    if (stage.id && !existing.some((other) => other.id === stage.id))
      throw invalid(`stages.${i}.id`, 'is not a stage of this pipeline');
    return {
      id: stage.id ?? uuidv7(),
      name: stage.name,
      probability: stage.probability,
      rottingDays: stage.rottingDays,
      requiredFields: [...new Set(stage.requiredFields)],
    };
  });
}

export async function createPipeline(db: Db, actor: Actor, input: PipelineCreate) {
  authorize(actor, 'pipelines', 'create');
  const stages = stagesOf(input.stages, []);
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const pipeline: Pipeline = {
      id: uuidv7(),
      name: input.name,
      position: await nextPipelinePosition(trx, actor.workspaceId),
      stages,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await insertPipeline(trx, actor.workspaceId, pipeline);
    await recordAudit(trx, actor, ENTITY, pipeline.id, 'create', diffRecords(null, pipeline));
    return pipeline;
  });
}

export async function updatePipeline(
  db: Db,
  actor: Actor,
  id: string,
  patch: PipelineUpdate,
  version?: number,
) {
  authorize(actor, 'pipelines', 'update');
  return db.transaction().execute(async (trx) => {
    const before = await findPipeline(trx, actor.workspaceId, id, true);
    if (!before) throw notFound('Pipeline');
    checkVersion(before.version, version);
    const stages = patch.stages ? stagesOf(patch.stages, before.stages) : before.stages;
    await refuseRemovingStagesWithDeals(trx, actor.workspaceId, before.stages, stages);
    const after: Pipeline = { ...before, name: patch.name ?? before.name, stages };
    const changes = diffRecords(before, after);
    if (Object.keys(changes).length === 0) return before;
    Object.assign(after, { version: before.version + 1, updatedAt: nowIso() });
    await updatePipelineRow(trx, actor.workspaceId, after);
    await writeStages(trx, actor.workspaceId, after);
    await recordAudit(trx, actor, ENTITY, id, 'update', changes);
    return after;
  });
}

async function refuseRemovingStagesWithDeals(
  trx: Parameters<typeof countDealsInStages>[0],
  workspaceId: string,
  before: Stage[],
  after: Stage[],
) {
  const removed = before.filter((stage) => !after.some((kept) => kept.id === stage.id));
  const counts = await countDealsInStages(
    trx,
    workspaceId,
    removed.map((stage) => stage.id),
  );
  for (const stage of removed) {
    const deals = counts.get(stage.id) ?? 0;
    if (deals > 0)
      throw conflict(
        'stages',
        `stage "${stage.name}" holds ${deals} deals (trash included); move them first`,
      );
  }
}

export async function deletePipeline(db: Db, actor: Actor, id: string) {
  authorize(actor, 'pipelines', 'delete');
  await db.transaction().execute(async (trx) => {
    const before = await findPipeline(trx, actor.workspaceId, id, true);
    if (!before) throw notFound('Pipeline');
    await refuseRemovingStagesWithDeals(trx, actor.workspaceId, before.stages, []);
    await deletePipelineRow(trx, actor.workspaceId, id);
    await recordAudit(trx, actor, ENTITY, id, 'delete', diffRecords(before, null));
  });
}

/** Puts the workspace's pipelines in the order given (every pipeline, once). */
export async function reorderPipelines(db: Db, actor: Actor, ids: string[]) {
  authorize(actor, 'pipelines', 'update');
  return db.transaction().execute(async (trx) => {
    const pipelines = await findPipelines(trx, actor.workspaceId);
    const sameSet = ids.length === pipelines.length && pipelines.every((p) => ids.includes(p.id));
    if (!sameSet)
      throw new AppError('validation', 'Name every pipeline once', [
        { field: 'ids', message: 'must list every pipeline of the workspace once' },
      ]);
    const now = nowIso();
    for (const pipeline of pipelines) {
      const position = ids.indexOf(pipeline.id);
      if (position === pipeline.position) continue;
      await updatePipelineRow(trx, actor.workspaceId, {
        ...pipeline,
        position,
        version: pipeline.version + 1,
        updatedAt: now,
      });
    }
    return { data: await findPipelines(trx, actor.workspaceId), nextCursor: null };
  });
}
