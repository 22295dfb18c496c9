import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import type { FileStore } from '../files/file-store.js';
import { nowIso, randomToken } from '../lib/ids.js';
import { onJobsEnqueued, PermanentJobError, retryDelayMs, type JobDefinition } from './jobs.js';
import {
  claimDueJobs,
  finishJob,
  reclaimExpiredLeases,
  releaseJobs,
  renewLeases,
  type ClaimedJob,
} from './jobs.repository.js';
import { enqueueDueRecurring, ensureSchedules } from './schedules.js';

export interface WorkerOptions {
  definitions: readonly JobDefinition[];
  /** Names this node in leases; unique per process. */
  nodeId?: string;
  /** Jobs this node runs at once. */
  concurrency?: number;
  /** How often to look for due jobs without being woken, reclaim expired leases and start recurring jobs. */
  pollMs?: number;
  /** How long a claim lasts without renewal; renewed every third of it while the job runs. */
  leaseMs?: number;
  log?: FastifyBaseLogger;
  /** The server's file store, for jobs that read or clean up files. */
  files?: FileStore;
}

const noop = () => undefined;
const silentLog: FastifyBaseLogger = {
  level: 'silent',
  fatal: noop,
  error: noop,
  warn: noop,
  info: noop,
  debug: noop,
  trace: noop,
  silent: noop,
  child: () => silentLog,
};

/** Why a node stopped working on a job without recording an outcome: the job is no longer its own. */
class LetGo extends Error {}

class TimedOut extends Error {}

/** Settles with `work`, or rejects with the signal's reason as soon as it is aborted. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

type Outcome =
  | { status: 'done' }
  | { status: 'waiting'; error: string; runAt: string }
  | { status: 'dead'; error: string };

/**
 * Runs jobs on this node: claims due jobs into free slots, renews the leases of those it runs,
 * reclaims jobs whose node stopped renewing, starts recurring jobs, and on `stop` finishes or
 * releases what it holds.
 */
export class JobWorker {
  readonly nodeId: string;
  private readonly definitions: Map<string, JobDefinition>;
  private readonly types: string[];
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly log: FastifyBaseLogger;
  private readonly files: FileStore | null;
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private stopping = false;
  private stopped: Promise<{ released: number }> | null = null;
  private woken = false;
  /** The last claim filled every slot, so more jobs may be due when one finishes. */
  private backlog = false;
  private endSleep: (() => void) | null = null;
  private readonly renewTimer: NodeJS.Timeout;
  private readonly unsubscribe: () => void;
  private readonly loop: Promise<void>;

  constructor(
    private readonly db: Db,
    options: WorkerOptions,
  ) {
    this.nodeId = options.nodeId ?? `${hostname()}:${process.pid}:${randomToken(4)}`;
    this.definitions = new Map(options.definitions.map((definition) => [definition.type, definition]));
    this.types = [...this.definitions.keys()];
    this.concurrency = options.concurrency ?? 4;
    this.pollMs = options.pollMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.log = options.log ?? silentLog;
    this.files = options.files ?? null;
    this.unsubscribe = onJobsEnqueued(() => this.wake());
    this.renewTimer = setInterval(() => void this.renew(), this.leaseMs / 3);
    this.loop = this.runLoop();
  }

  /** Looks for due jobs now rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.endSleep?.();
  }

  /**
   * Stops claiming, waits up to `deadlineMs` for the running jobs, then hands the rest back to the
   * queue (due at once, the attempt not counted) and aborts their signals.
   */
  stop(deadlineMs = 10_000): Promise<{ released: number }> {
    this.stopped ??= this.shutDown(deadlineMs);
    return this.stopped;
  }

  private async shutDown(deadlineMs: number) {
    this.stopping = true;
    this.unsubscribe();
    this.wake();
    await this.loop;
    const settled = () => Promise.allSettled([...this.running.values()].map((job) => job.done));
    let deadline: NodeJS.Timeout | undefined;
    await Promise.race([settled(), new Promise((resolve) => (deadline = setTimeout(resolve, deadlineMs)))]);
    clearTimeout(deadline);
    const left = [...this.running.keys()];
    let released = 0;
    if (left.length > 0) {
      released = await releaseJobs(this.db, this.nodeId, left, nowIso()).catch((error: unknown) => {
        this.log.error({ err: error }, 'could not release jobs; they return when their lease ends');
        return 0;
      });
      for (const id of left) this.running.get(id)?.controller.abort(new LetGo('released at shutdown'));
      await settled();
    }
    clearInterval(this.renewTimer);
    this.log.info({ node: this.nodeId, released }, 'job worker stopped');
    return { released };
  }

  private async runLoop() {
    await this.safely(() => ensureSchedules(this.db, [...this.definitions.values()]));
    let lastUpkeep = 0;
    while (!this.stopping) {
      this.woken = false;
      let full = false;
      await this.safely(async () => {
        if (Date.now() - lastUpkeep >= this.pollMs) {
          lastUpkeep = Date.now();
          await this.upkeep();
        }
        full = await this.claim();
      });
      if (!full && !this.woken && !this.stopping) await this.sleep(this.pollMs);
    }
  }

  private async safely(work: () => Promise<unknown>) {
    try {
      await work();
    } catch (error) {
      this.log.error({ err: error, node: this.nodeId }, 'job worker failed; trying again at the next poll');
    }
  }

  private sleep(ms: number) {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.endSleep?.(), ms);
      this.endSleep = () => {
        clearTimeout(timer);
        this.endSleep = null;
        resolve();
      };
    });
  }

  private async upkeep() {
    const reclaimed = await reclaimExpiredLeases(this.db, nowIso());
    if (reclaimed.requeued + reclaimed.dead > 0)
      this.log.warn({ reclaimed }, 'jobs of a stopped node reclaimed');
    await enqueueDueRecurring(this.db, [...this.definitions.values()]);
  }

  /** Claims due jobs into the free slots; true when it filled them all. */
  private async claim(): Promise<boolean> {
    const free = this.concurrency - this.running.size;
    if (free <= 0) return false;
    const now = Date.now();
    const jobs = await claimDueJobs(this.db, {
      nodeId: this.nodeId,
      types: this.types,
      limit: free,
      now: new Date(now).toISOString(),
      lockedUntil: new Date(now + this.leaseMs).toISOString(),
    });
    for (const job of jobs) this.start(job);
    this.backlog = jobs.length === free;
    return this.backlog;
  }

  private start(job: ClaimedJob) {
    const controller = new AbortController();
    const done = this.execute(job, controller)
      .catch((error: unknown) => {
        // The outcome could not be written (database gone): the lease runs out and the job returns.
        this.log.error({ err: error, jobId: job.id }, 'could not record the outcome of a job');
      })
      .finally(() => {
        this.running.delete(job.id);
        if (this.backlog) this.wake();
      });
    this.running.set(job.id, { controller, done });
  }

  private async execute(job: ClaimedJob, controller: AbortController) {
    const definition = this.definitions.get(job.type)!;
    const log = this.log.child({ jobId: job.id, jobType: job.type, attempt: job.attempts });
    const timer = setTimeout(
      () => controller.abort(new TimedOut(`timed out after ${definition.timeoutMs} ms`)),
      definition.timeoutMs,
    );
    let outcome: Outcome;
    try {
      const payload = definition.payload.safeParse(job.payload);
      if (!payload.success)
        throw new PermanentJobError(`payload does not fit the job: ${z.prettifyError(payload.error)}`);
      const context = {
        jobId: job.id,
        workspaceId: job.workspaceId,
        attempt: job.attempts,
        signal: controller.signal,
        db: this.db,
        log,
        files: this.files,
      };
      await untilAborted(
        Promise.resolve().then(() => definition.run(payload.data, context)),
        controller.signal,
      );
      outcome = { status: 'done' };
    } catch (error) {
      if (error instanceof LetGo) return;
      outcome = this.failure(job, definition, error);
      log.warn({ err: error, outcome: outcome.status }, 'job attempt failed');
    } finally {
      clearTimeout(timer);
    }
    await finishJob(this.db, { id: job.id, nodeId: this.nodeId, now: nowIso() }, outcome);
  }

  private failure(job: ClaimedJob, definition: JobDefinition, error: unknown): Outcome {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof PermanentJobError || job.attempts >= job.maxAttempts)
      return { status: 'dead', error: message };
    const runAt = new Date(Date.now() + retryDelayMs(job.attempts, definition.backoff)).toISOString();
    return { status: 'waiting', error: message, runAt };
  }

  /** Extends the leases of running jobs; aborts those no longer held (cancelled, or taken over). */
  private async renew() {
    const ids = [...this.running.keys()];
    if (ids.length === 0) return;
    try {
      const held = await renewLeases(
        this.db,
        this.nodeId,
        ids,
        new Date(Date.now() + this.leaseMs).toISOString(),
      );
      for (const id of ids)
        if (!held.has(id)) this.running.get(id)?.controller.abort(new LetGo('cancelled or taken over'));
    } catch (error) {
      this.log.error({ err: error, node: this.nodeId }, 'could not renew job leases');
    }
  }
}
