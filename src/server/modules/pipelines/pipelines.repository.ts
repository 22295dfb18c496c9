import { forUpdate, readJson, writeJson, type DbOrTrx } from '../../db/database.js';
import type { Pipeline, Stage } from './pipelines.schemas.js';

/** Pipelines and their stages: all the SQL of the module. */

type StageRow = {
  id: string;
  pipeline_id: string;
  name: string;
  position: number;
  probability: number;
  rotting_days: number | null;
  required_fields: unknown;
};

function toStage(row: StageRow): Stage {
  return {
    id: row.id,
    name: row.name,
    probability: Number(row.probability),
    rottingDays: row.rotting_days === null ? null : Number(row.rotting_days),
    requiredFields: readJson<string[]>(row.required_fields, []),
  };
}

/** The workspace's pipelines (or the ones named) with their stages, in order. */
export async function findPipelines(db: DbOrTrx, workspaceId: string, ids?: string[]): Promise<Pipeline[]> {
  if (ids?.length === 0) return [];
  let query = db.selectFrom('pipelines').selectAll().where('workspace_id', '=', workspaceId);
  if (ids) query = query.where('id', 'in', ids);
  const rows = await query.orderBy('position').orderBy('id').execute();
  if (rows.length === 0) return [];
  const stages = await db
    .selectFrom('pipeline_stages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where(
      'pipeline_id',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    position: Number(row.position),
    stages: stages.filter((stage) => stage.pipeline_id === row.id).map(toStage),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

export async function findPipeline(db: DbOrTrx, workspaceId: string, id: string, lock = false) {
  if (lock) {
    const query = db
      .selectFrom('pipelines')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id);
    await forUpdate(db, query).execute();
  }
  return (await findPipelines(db, workspaceId, [id]))[0] ?? null;
}

/** Live pipelines by name, for deals given a pipeline's name (imports). */
/**
 * Pipelines named `name`, whatever the case (as stages are matched): a workspace has few pipelines,
 * so they are compared here, where lower case is the same for every script on both databases.
 */
export async function findPipelineIdsByName(db: DbOrTrx, workspaceId: string, name: string) {
  const rows = await db
    .selectFrom('pipelines')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const wanted = name.toLocaleLowerCase();
  return rows.filter((row) => row.name.toLocaleLowerCase() === wanted).map((row) => row.id);
}

export async function nextPipelinePosition(db: DbOrTrx, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('pipelines')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

export async function insertPipeline(db: DbOrTrx, workspaceId: string, pipeline: Pipeline) {
  await db
    .insertInto('pipelines')
    .values({
      workspace_id: workspaceId,
      id: pipeline.id,
      name: pipeline.name,
      position: pipeline.position,
      version: pipeline.version,
      created_at: pipeline.createdAt,
      updated_at: pipeline.updatedAt,
    })
    .execute();
  await writeStages(db, workspaceId, pipeline);
}

export async function updatePipelineRow(db: DbOrTrx, workspaceId: string, pipeline: Pipeline) {
  await db
    .updateTable('pipelines')
    .set({
      name: pipeline.name,
      position: pipeline.position,
      version: pipeline.version,
      updated_at: pipeline.updatedAt,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', pipeline.id)
    .execute();
}

/** Writes a pipeline's stages as given: existing ones changed in place, new ones added, others removed. */
export async function writeStages(db: DbOrTrx, workspaceId: string, pipeline: Pipeline) {
  const keep = pipeline.stages.map((stage) => stage.id);
  await db
    .deleteFrom('pipeline_stages')
    .where('workspace_id', '=', workspaceId)
    .where('pipeline_id', '=', pipeline.id)
    .where('id', 'not in', keep)
    .execute();
  for (const [position, stage] of pipeline.stages.entries()) {
    const values = {
      name: stage.name,
      position,
      probability: stage.probability,
      rotting_days: stage.rottingDays,
      required_fields: writeJson(stage.requiredFields),
    };
    await db
      .insertInto('pipeline_stages')
      .values({ workspace_id: workspaceId, id: stage.id, pipeline_id: pipeline.id, ...values })
      .onConflict((oc) => oc.columns(['workspace_id', 'id']).doUpdateSet(values))
      .execute();
  }
}

export async function deletePipelineRow(db: DbOrTrx, workspaceId: string, id: string) {
  await db
    .deleteFrom('pipeline_stages')
    .where('workspace_id', '=', workspaceId)
    .where('pipeline_id', '=', id)
    .execute();
  await db.deleteFrom('pipelines').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** How many deals (live or in the trash) are in the given stages, per stage. */
export async function countDealsInStages(db: DbOrTrx, workspaceId: string, stageIds: string[]) {
  if (stageIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('deals')
    .select(['stage_id', (eb) => eb.fn.countAll().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('stage_id', 'in', stageIds)
    .groupBy('stage_id')
    .execute();
  return new Map(rows.map((row) => [row.stage_id, Number(row.n)]));
}
