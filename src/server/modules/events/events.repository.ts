import type { Db, DbOrTrx } from '../../db/database.js';
import { readJson, writeJson } from '../../db/database.js';
import type { Selectable } from 'kysely';
import type { RecordEventTable } from '../../db/schema.js';
import { insertMany } from '../../seed/bulk-insert.js';

/**
 * What `record_events.record` holds now: nothing. An event names its record; readers of the live
 * stream read the record under their permissions, and webhook messages are built with the change in
 * its transaction. Events written before held a copy of the record's values (800 bytes a person),
 * which nothing read.
 */
const EMPTY_RECORD = '{}';

/** One change of one record, as the outbox holds it (see the record_events migration). */
export interface RecordEvent {
  /** The event's place in its workspace's sequence: 1, 2, 3… without gaps, in commit order. */
  seq: number;
  /** Its stable identity, for deliveries that must be recognised when repeated. */
  id: string;
  /** `person.created`, `person.updated`, `person.deleted`, `person.restored`… */
  type: string;
  recordType: string;
  recordId: string;
  recordVersion: number;
  ownerId: string | null;
  /** The owner before the change, when the change gave the record another owner. */
  previousOwnerId: string | null;
  changedFields: string[];
  occurredAt: string;
}

export type NewRecordEvent = Omit<RecordEvent, 'seq'>;

function toRecordEvent(row: Selectable<RecordEventTable>): RecordEvent {
  return {
    seq: Number(row.seq),
    id: row.id,
    type: row.type,
    recordType: row.record_type,
    recordId: row.record_id,
    recordVersion: row.record_version,
    ownerId: row.owner_id,
    previousOwnerId: row.previous_owner_id,
    changedFields: readJson<string[]>(row.changed_fields, []),
    occurredAt: row.occurred_at,
  };
}

/**
 * Writes events in the caller's transaction, numbered after the workspace's last event. The counter
 * row stays locked until the transaction ends (PostgreSQL; SQLite writes one transaction at a time),
 * so numbers are given in commit order and a rolled-back change gives none back: a reader that has
 * seen event n has seen every event before it. Called last in a transaction, to hold the lock briefly
 * and always after the record locks (the same order everywhere, so no deadlock).
 */
export async function insertRecordEvents(trx: DbOrTrx, workspaceId: string, events: NewRecordEvent[]) {
  if (events.length === 0) return;
  const { last_seq: last } = await trx
    .insertInto('record_event_counters')
    .values({ workspace_id: workspaceId, last_seq: events.length })
    .onConflict((oc) =>
      oc
        .column('workspace_id')
        .doUpdateSet((eb) => ({ last_seq: eb('record_event_counters.last_seq', '+', events.length) })),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  const first = Number(last) - events.length + 1;
  const rows = events.map((event, i) => ({
    workspace_id: workspaceId,
    seq: first + i,
    id: event.id,
    type: event.type,
    record_type: event.recordType,
    record_id: event.recordId,
    record_version: event.recordVersion,
    owner_id: event.ownerId,
    previous_owner_id: event.previousOwnerId,
    changed_fields: writeJson(event.changedFields),
    record: EMPTY_RECORD,
    occurred_at: event.occurredAt,
  }));
  // Multi-row INSERTs: an import's batch writes a thousand events at once.
  await insertMany(
    trx,
    { table: 'record_events', columns: Object.keys(rows[0]!), values: Object.values },
    rows,
  );
}

/** The workspace's events after `after`, oldest first. */
export async function listEventsAfter(
  db: Db,
  workspaceId: string,
  after: number,
  limit: number,
): Promise<RecordEvent[]> {
  const rows = await db
    .selectFrom('record_events')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('seq', '>', after)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map(toRecordEvent);
}

/** The number of the workspace's last event (0 before its first). */
export async function lastEventSeq(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('record_event_counters')
    .select('last_seq')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return row ? Number(row.last_seq) : 0;
}

/** When event `seq` of the workspace happened, or null when it is not (or no longer) stored. */
export async function eventTime(db: Db, workspaceId: string, seq: number): Promise<string | null> {
  const row = await db
    .selectFrom('record_events')
    .select('occurred_at')
    .where('workspace_id', '=', workspaceId)
    .where('seq', '=', seq)
    .executeTakeFirst();
  return row?.occurred_at ?? null;
}

/** Deletes every workspace's events from before `cutoff`; the counters stay, so numbers go on. */
export async function deleteEventsBefore(db: Db, cutoff: string): Promise<number> {
  const result = await db.deleteFrom('record_events').where('occurred_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
