import { z } from 'zod';

/**
 * Deal fields a stage may require before a deal enters it. Title, amount, pipeline and stage are
 * always there, so they are not offered.
 */
export const REQUIRABLE_DEAL_FIELDS = [
  'companyId',
  'personIds',
  'expectedCloseDate',
  'ownerId',
  'teamId',
  'lines',
] as const;

const stageName = z.string().trim().min(1, { message: 'is required' }).max(100);

export const stageInput = z.object({
  id: z
    .uuid({ message: 'must be a stage id' })
    .optional()
    .describe('The id of an existing stage of this pipeline; leave it out for a new stage'),
  name: stageName,
  probability: z
    .number()
    .int({ message: 'must be a whole percent' })
    .min(0, { message: 'must be between 0 and 100' })
    .max(100, { message: 'must be between 0 and 100' })
    .describe('Chance to win a deal in this stage, in percent'),
  rottingDays: z
    .number()
    .int({ message: 'must be a whole number of days' })
    .min(1, { message: 'must be 1 or more' })
    .max(3650)
    .nullable()
    .default(null)
    .describe('Days in this stage after which an open deal is marked rotting; null: never'),
  requiredFields: z
    .array(z.enum(REQUIRABLE_DEAL_FIELDS, { message: `must be one of ${REQUIRABLE_DEAL_FIELDS.join(', ')}` }))
    .max(REQUIRABLE_DEAL_FIELDS.length)
    .default([])
    .describe('Deal fields that must have a value before a deal enters this stage'),
});

const stages = z
  .array(stageInput)
  .min(1, { message: 'must have at least one stage' })
  .max(30, { message: 'may have at most 30 stages' })
  .describe('The stages in board order');

export const pipelineCreateBody = z.object({
  name: z.string().trim().min(1, { message: 'is required' }).max(100),
  stages,
});
export type PipelineCreate = z.infer<typeof pipelineCreateBody>;

export const pipelineUpdateBody = pipelineCreateBody.partial();
export type PipelineUpdate = z.infer<typeof pipelineUpdateBody>;

export const stageSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    probability: z.number().int(),
    rottingDays: z.number().int().nullable(),
    requiredFields: z.array(z.string()),
  })
  .meta({ id: 'PipelineStage' });
export type Stage = z.infer<typeof stageSchema>;

export const pipelineSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    position: z.number().int().describe('Order among the workspace’s pipelines'),
    stages: z.array(stageSchema),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Pipeline' });
export type Pipeline = z.infer<typeof pipelineSchema>;

export const pipelineListSchema = z.object({
  data: z.array(pipelineSchema),
  nextCursor: z.null().describe('Always null: a workspace has few pipelines, all on one page'),
});

export const pipelineOrderBody = z.object({
  ids: z
    .array(z.uuid({ message: 'must be a pipeline id' }))
    .min(1)
    .max(100),
});
