import type { Db } from '../db/database.js';
import { enqueue, type JobDefinition } from './jobs.js';
import { advanceSchedule, ensureSchedule } from './jobs.repository.js';

/** The start of the period after the one `now` falls in; periods are counted from the Unix epoch. */
export const nextPeriodStart = (now: Date, every: number) =>
  new Date((Math.floor(now.getTime() / every) + 1) * every);

const recurring = (definitions: readonly JobDefinition[]) =>
  definitions.filter((definition) => definition.every !== null);

/** Gives each recurring type a schedule, first due at once, unless it has one. */
export async function ensureSchedules(db: Db, definitions: readonly JobDefinition[], now = new Date()) {
  for (const definition of recurring(definitions))
    await ensureSchedule(db, definition.type, now.toISOString());
}

/**
 * Enqueues each recurring job whose schedule is due and moves its schedule to the next period, in one
 * transaction per type: of several nodes doing this at once, exactly one moves the schedule and
 * enqueues. The job's de-duplication key keeps a slow run from being joined by the next period's.
 * Returns the types enqueued.
 */
export async function enqueueDueRecurring(db: Db, definitions: readonly JobDefinition[], now = new Date()) {
  const enqueued: string[] = [];
  for (const definition of recurring(definitions)) {
    const next = nextPeriodStart(now, definition.every!).toISOString();
    const created = await db.transaction().execute(async (trx) => {
      if (!(await advanceSchedule(trx, definition.type, now.toISOString(), next))) return false;
      return (await enqueue(trx, definition, {}, { dedupeKey: 'recurring' })).created;
    });
    if (created) enqueued.push(definition.type);
  }
  return enqueued;
}
