import { EventEmitter } from 'node:events';
import { sql } from 'kysely';
import { isPostgres, type Db, type DbOrTrx } from '../../db/database.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import type { RecordBase, RecordType } from '../../records/record-type.js';
import { diffRecords } from '../audit/audit.writer.js';
import { queueWebhookDeliveries, webhookMessage } from '../webhooks/webhooks.outbox.js';
import { deleteEventsBefore, insertRecordEvents } from './events.repository.js';

/**
 * The outbox of record changes, written by the record kit in the transaction of each change, so that
 * an event exists exactly when its change was committed. Readers are woken at commit: on PostgreSQL by
 * `NOTIFY` on one channel (sent by the server when the transaction commits, to every node that
 * listens); on SQLite, a single process, in-process (see `localWakeUps`).
 */

export const RECORD_EVENTS_CHANNEL = 'rapport_record_events';

/**
 * On SQLite, wakes this process's readers with the workspace id as soon as an event is written. The
 * reader's query waits for the writing transaction to end, since SQLite has one connection and a
 * transaction holds it from begin to commit, so it sees the event only once committed (and nothing
 * if the change was rolled back).
 */
export const localWakeUps = new EventEmitter().setMaxListeners(0);

/** The lifecycle's actions, or one a record type declares of its own (`stage_changed`, see `events`). */
export type RecordAction = 'created' | 'updated' | 'deleted' | 'restored' | (string & {});

/** How long events are kept: the live stream replays the last day, deliveries may retry for days. */
export const RECORD_EVENT_RETENTION_MS = 7 * 24 * 60 * 60_000;

type Stored = RecordBase & Record<string, unknown>;

/** A record type's sensitive fields, and the names shown beside them: never part of an event. */
function sensitiveFields(type: RecordType): Set<string> {
  return new Set(
    type.recordFields
      .filter(([, field]) => field.sensitive)
      .flatMap(([name, field]) => (field.refName ? [name, field.refName] : [name])),
  );
}

/** What every change sets (id, times, version): never among the fields it changed, as in `diffRecords`. */
const STAMPS = new Set(['id', 'createdAt', 'updatedAt', 'version']);

/**
 * The fields a change touched, without the sensitive ones: every field a new record has a value in
 * (as `diffRecords` from nothing finds, without building each before and after), else the diff's.
 */
export function changedFields(hidden: Set<string>, before: Stored | null, after: Stored): string[] {
  const names =
    before === null
      ? Object.keys(after).filter(
          (key) => !STAMPS.has(key) && after[key] !== null && after[key] !== undefined,
        )
      : Object.keys(diffRecords(before, after));
  return names.filter((key) => !hidden.has(key));
}

/** One change of a record: `before` is null for a new record. */
export interface RecordChange {
  action: RecordAction;
  before: Stored | null;
  after: Stored;
}

/**
 * Records changes of records of one type as events, numbered in the order given. Call it once, after
 * every row of the transaction is written: the workspace's counter row stays locked from here to the
 * commit, and taking it before another row lock could deadlock with a change waiting for the counter.
 */
export async function recordEvents(
  trx: DbOrTrx,
  workspaceId: string,
  type: RecordType,
  changes: RecordChange[],
) {
  if (changes.length === 0) return;
  const hidden = sensitiveFields(type);
  const occurredAt = nowIso();
  const events = changes.map(({ action, before, after }) => ({
    id: uuidv7(),
    type: `${type.entity}.${action}`,
    recordType: type.entity,
    recordId: after.id,
    recordVersion: after.version,
    ownerId: after.ownerId,
    previousOwnerId: before && before.ownerId !== after.ownerId ? before.ownerId : null,
    changedFields: changedFields(hidden, before, after),
    occurredAt,
  }));
  // Before the events' numbers are taken, so the workspace's counter stays locked briefly. The
  // messages carry the records' values, built only when an endpoint is there to receive them.
  await queueWebhookDeliveries(trx, workspaceId, () =>
    events.map((event, i) =>
      webhookMessage({
        ...event,
        record: Object.fromEntries(Object.entries(changes[i]!.after).filter(([key]) => !hidden.has(key))),
      }),
    ),
  );
  await insertRecordEvents(trx, workspaceId, events);
  if (isPostgres(trx)) await sql`select pg_notify(${RECORD_EVENTS_CHANNEL}, ${workspaceId})`.execute(trx);
  else localWakeUps.emit('wake', workspaceId);
}

/** Records one change of a record as an event; call it last in the transaction (see recordEvents). */
export function recordEvent(
  trx: DbOrTrx,
  workspaceId: string,
  type: RecordType,
  action: RecordAction,
  before: Stored | null,
  after: Stored,
) {
  return recordEvents(trx, workspaceId, type, [{ action, before, after }]);
}

/** Deletes events older than the retention (housekeeping). */
export function pruneRecordEvents(db: Db, now = new Date()): Promise<number> {
  return deleteEventsBefore(db, new Date(now.getTime() - RECORD_EVENT_RETENTION_MS).toISOString());
}
