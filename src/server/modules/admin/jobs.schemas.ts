import { z } from 'zod';

export const JOB_STATUSES = ['waiting', 'running', 'done', 'dead', 'cancelled'] as const;

const jobStatus = z
  .enum(JOB_STATUSES, { message: `must be one of ${JOB_STATUSES.join(', ')}` })
  .describe(
    '`waiting` (due at `runAt`, or backing off after a failed attempt), `running` (held by a node), `done`, `dead` (gave up: `lastError` says why), `cancelled`',
  );

export const jobSchema = z
  .object({
    id: z.uuid(),
    type: z.string().describe('What the job does, e.g. `mail.sweep`'),
    status: jobStatus,
    payload: z.unknown().describe('What the job was given'),
    dedupeKey: z.string().nullable(),
    runAt: z.string().describe('When the job is, or was last, due'),
    attempts: z.number().int().describe('Attempts started so far'),
    maxAttempts: z.number().int(),
    lockedBy: z.string().nullable().describe('The node running the job'),
    lockedUntil: z.string().nullable().describe("When the node's lease runs out unless renewed"),
    lastError: z.string().nullable().describe('Why the last attempt failed'),
    createdAt: z.string(),
    updatedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });
export type Job = z.infer<typeof jobSchema>;

export const jobListQuery = z.object({
  status: jobStatus,
  cursor: z.uuid({ message: 'is not a cursor from this list' }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const jobCountsSchema = z
  .object(
    Object.fromEntries(JOB_STATUSES.map((status) => [status, z.number().int()])) as Record<
      (typeof JOB_STATUSES)[number],
      z.ZodNumber
    >,
  )
  .meta({ id: 'JobCounts' });
