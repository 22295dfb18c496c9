import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import type { Db, DbOrTrx } from '../db/database.js';
import type { FileStore } from '../files/file-store.js';
import { nowIso, uuidv7 } from '../lib/ids.js';
import { findWaitingOrRunningJob, insertJob } from './jobs.repository.js';

/** Waits between attempts grow from `baseMs`, doubling, up to `maxMs`. */
export interface Backoff {
  baseMs: number;
  maxMs: number;
}

export interface JobContext {
  jobId: string;
  workspaceId: string | null;
  /** 1 for the first attempt. */
  attempt: number;
  /**
   * Aborted when the job times out, is cancelled, or its node lets it go (shutdown, lost lease): stop
   * work and return. The job's result is then not recorded by this node.
   */
  signal: AbortSignal;
  db: Db;
  log: FastifyBaseLogger;
  /** The server's file store; null where the worker was started without one (tests of other jobs). */
  files: FileStore | null;
}

export interface JobDefinition<Payload = unknown> {
  /** Unique name, stored with each job: `<module>.<what>`, e.g. `mail.sweep`. */
  type: string;
  payload: z.ZodType<Payload>;
  /** Attempts before the job is dead; a node that dies holding the job uses one up too. */
  maxAttempts: number;
  backoff: Backoff;
  /** An attempt still running after this long fails (and its signal is aborted). */
  timeoutMs: number;
  /** For recurring jobs: the period in milliseconds. One run per period across all nodes. */
  every: number | null;
  /**
   * Does the work. Jobs run at least once: a node may die after the work and before recording it,
   * and then another node runs the job again, so the work must be safe to repeat.
   */
  run(payload: Payload, context: JobContext): Promise<unknown>;
}

/** Thrown by a job whose failure another attempt cannot fix: the job goes dead at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;

export function defineJob<Schema extends z.ZodType>(spec: {
  type: string;
  payload: Schema;
  maxAttempts?: number;
  backoff?: Backoff;
  timeoutMs?: number;
  every?: number;
  run: (payload: z.output<Schema>, context: JobContext) => Promise<unknown>;
}): JobDefinition<z.output<Schema>> {
  if (!/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/.test(spec.type))
    throw new Error(`job type "${spec.type}" must read <module>.<what>`);
  if (spec.every !== undefined && !spec.payload.safeParse({}).success)
    throw new Error(`recurring job ${spec.type} runs with an empty payload; its schema must accept {}`);
  return {
    type: spec.type,
    payload: spec.payload as z.ZodType<z.output<Schema>>,
    maxAttempts: spec.maxAttempts ?? 5,
    backoff: spec.backoff ?? { baseMs: 10 * SECOND_MS, maxMs: 60 * MINUTE_MS },
    timeoutMs: spec.timeoutMs ?? 5 * MINUTE_MS,
    every: spec.every ?? null,
    run: spec.run,
  };
}

/**
 * How long to wait after the `attempt`-th failure: half of the exponential step for certain, the other
 * half at random ("equal jitter"), so waits still grow while jobs that failed together (an SMTP server
 * down for everyone) do not all come back at the same moment.
 */
export function retryDelayMs(attempt: number, backoff: Backoff, random: () => number = Math.random): number {
  const step = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

export interface EnqueueOptions {
  /** The workspace the job works for; null for jobs of the whole instance. */
  workspaceId?: string | null;
  /** Not before this moment (default: now). */
  runAt?: Date;
  /** While a job of this type with this key waits or runs, enqueueing another returns that one. */
  dedupeKey?: string;
}

const wakers = new Set<() => void>();

/** Lets this process's workers know there is work, so they claim it now rather than at the next poll. */
export function wakeWorkers(): void {
  for (const wake of wakers) wake();
}

/** Workers register here to hear about jobs enqueued in this process. */
export function onJobsEnqueued(wake: () => void): () => void {
  wakers.add(wake);
  return () => wakers.delete(wake);
}

/**
 * Adds a job. Pass the command's transaction to have the job exist only if the command commits.
 * Returns the job's id and whether it is new (false: a job with the same de-duplication key was
 * already waiting or running, and its id is returned).
 */
export async function enqueue<Payload>(
  db: DbOrTrx,
  definition: JobDefinition<Payload>,
  payload: Payload,
  options: EnqueueOptions = {},
): Promise<{ id: string; created: boolean }> {
  const parsed = definition.payload.parse(payload);
  const runAt = options.runAt?.toISOString();
  // A conflicting job may finish between the insert and the read of it; the next insert then lands.
  for (;;) {
    const now = nowIso();
    const id = uuidv7();
    const inserted = await insertJob(db, {
      id,
      workspaceId: options.workspaceId ?? null,
      type: definition.type,
      payload: parsed,
      dedupeKey: options.dedupeKey ?? null,
      runAt: runAt ?? now,
      maxAttempts: definition.maxAttempts,
      now,
    });
    if (inserted) {
      // Inside a transaction the job is invisible to other connections until the commit: a worker
      // woken now may miss it and take it at its next poll (on SQLite it waits for the commit).
      wakeWorkers();
      return { id, created: true };
    }
    const existing = await findWaitingOrRunningJob(db, definition.type, options.dedupeKey!);
    if (existing) return { id: existing.id, created: false };
  }
}
