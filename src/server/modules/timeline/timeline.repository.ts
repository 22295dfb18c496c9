import { sql, type Selectable, type SelectQueryBuilder } from 'kysely';
import { readJson, writeJson, type DbOrTrx } from '../../db/database.js';
import type { Schema } from '../../db/schema.js';
import { insertMany } from '../../seed/bulk-insert.js';

/** A timeline event as stored: one row per record whose timeline shows it. */
export interface StoredTimelineEvent {
  id: string;
  recordType: string;
  recordId: string;
  kind: string;
  occurredAt: string;
  actorType: 'user' | 'api_key' | 'system';
  actorId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  refType: string | null;
  refId: string | null;
  refOwnerId: string | null;
  data: Record<string, unknown>;
}

export interface TimelineRow extends StoredTimelineEvent {
  actorName: string | null;
}

/** The stored row of an event, as `insertTimelineEvents` writes it. */
export const timelineEventRow = (workspaceId: string, event: StoredTimelineEvent) => ({
  workspace_id: workspaceId,
  id: event.id,
  record_type: event.recordType,
  record_id: event.recordId,
  kind: event.kind,
  occurred_at: event.occurredAt,
  actor_type: event.actorType,
  actor_id: event.actorId,
  subject_type: event.subjectType,
  subject_id: event.subjectId,
  ref_type: event.refType,
  ref_id: event.refId,
  ref_owner_id: event.refOwnerId,
  data: writeJson(event.data),
});

const TIMELINE_COLUMNS = Object.keys(timelineEventRow('', {} as StoredTimelineEvent));

/** Events in multi-row INSERTs: an import's batch writes a thousand at once. */
export async function insertTimelineEvents(db: DbOrTrx, workspaceId: string, events: StoredTimelineEvent[]) {
  if (events.length === 0) return;
  await insertMany(
    db,
    { table: 'timeline_events', columns: TIMELINE_COLUMNS, values: Object.values },
    events.map((event) => timelineEventRow(workspaceId, event)),
  );
}

/** Removes every event that came from one row (a note deleted for good takes its text with it). */
export async function deleteTimelineEventsOf(
  db: DbOrTrx,
  workspaceId: string,
  refType: string,
  refId: string,
) {
  await db
    .deleteFrom('timeline_events')
    .where('workspace_id', '=', workspaceId)
    .where('ref_type', '=', refType)
    .where('ref_id', '=', refId)
    .where('ref_id', 'is not', null)
    .execute();
}

export interface TimelinePageQuery {
  workspaceId: string;
  recordType: string;
  recordId: string;
  /** Only these kinds; null for all. */
  kinds: string[] | null;
  /** The last event of the previous page. */
  after: { occurredAt: string; id: string } | null;
  limit: number;
  /** Sources (`ref_type`) the reader sees none of, and those it sees only some owners' rows of. */
  hiddenRefTypes: string[];
  ownedRefTypes: { refType: string; ownerIds: string[] }[];
  /** Events about another record show only when it is of one of these types. */
  subjectTypes: string[];
}

type EventQuery = SelectQueryBuilder<Schema, 'timeline_events', object>;

/**
 * The events of one record for one kind (or all), newest first, from the cursor on: a walk down the
 * record's index (or the kind index) that stops after `limit` rows.
 */
function eventsOf(db: DbOrTrx, query: TimelinePageQuery, kind: string | null) {
  let select: EventQuery = db
    .selectFrom('timeline_events')
    .where('workspace_id', '=', query.workspaceId)
    .where('record_type', '=', query.recordType)
    .where('record_id', '=', query.recordId);
  if (kind !== null) select = select.where('kind', '=', kind);
  if (query.after)
    select = select.where(sql<boolean>`(occurred_at, id) < (${query.after.occurredAt}, ${query.after.id})`);
  if (query.hiddenRefTypes.length > 0)
    select = select.where((eb) =>
      eb.or([eb('ref_type', 'is', null), eb('ref_type', 'not in', query.hiddenRefTypes)]),
    );
  for (const { refType, ownerIds } of query.ownedRefTypes)
    select = select.where((eb) =>
      eb.or([
        eb('ref_type', 'is', null),
        eb('ref_type', '<>', refType),
        ...(ownerIds.length > 0 ? [eb('ref_owner_id', 'in', ownerIds)] : []),
      ]),
    );
  select = select.where((eb) =>
    query.subjectTypes.length > 0
      ? eb.or([eb('subject_type', 'is', null), eb('subject_type', 'in', query.subjectTypes)])
      : eb('subject_type', 'is', null),
  );
  return select.selectAll().orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(query.limit);
}

/**
 * One page of a record's timeline. Several kinds are read as one walk per kind down the kind index,
 * merged: each walk stops after a page, so a rare kind among a hundred thousand events costs no more
 * than a common one.
 */
export async function listTimelineEvents(db: DbOrTrx, query: TimelinePageQuery): Promise<TimelineRow[]> {
  const walks = (query.kinds ?? [null]).map((kind) => eventsOf(db, query, kind));
  const events = walks
    .slice(1)
    .reduce(
      (union, walk, i) => union.unionAll(db.selectFrom(walk.as(`k${i + 1}`)).selectAll()),
      db.selectFrom(walks[0]!.as('k0')).selectAll(),
    );
  const rows = await withActorNames(db, db.selectFrom(events.as('e')))
    .orderBy('e.occurred_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(query.limit)
    .execute();
  return rows.map(toTimelineRow);
}

/** One event by its id: an imported record's `created` event has the record's id (see record-batch). */
export async function findTimelineEvent(db: DbOrTrx, workspaceId: string, id: string) {
  const row = await withActorNames(
    db,
    db.selectFrom(
      db
        .selectFrom('timeline_events')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .as('e'),
    ),
  ).executeTakeFirst();
  return row ? toTimelineRow(row) : undefined;
}

/** The events with the names of the members or API keys that did them. */
function withActorNames(
  db: DbOrTrx,
  events: SelectQueryBuilder<Schema & { e: Schema['timeline_events'] }, 'e', object>,
) {
  return events
    .leftJoin('users', 'users.id', 'e.actor_id')
    .leftJoin('api_keys', (join) =>
      join.onRef('api_keys.workspace_id', '=', 'e.workspace_id').onRef('api_keys.id', '=', 'e.actor_id'),
    )
    .selectAll('e')
    .select(['users.name as user_name', 'api_keys.name as key_name']);
}

type EventRow = Selectable<Schema['timeline_events']> & { user_name: string | null; key_name: string | null };

function toTimelineRow(row: EventRow): TimelineRow {
  return {
    id: row.id,
    recordType: row.record_type,
    recordId: row.record_id,
    kind: row.kind,
    occurredAt: row.occurred_at,
    actorType: row.actor_type as StoredTimelineEvent['actorType'],
    actorId: row.actor_id,
    actorName: (row.actor_type === 'api_key' ? row.key_name : row.user_name) ?? null,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    refType: row.ref_type,
    refId: row.ref_id,
    refOwnerId: row.ref_owner_id,
    data: readJson<Record<string, unknown>>(row.data, {}),
  };
}

/**
 * Moves one record's timeline to another of the same type (a record merged into another): its own
 * events, and the events about it on other records' timelines.
 */
export async function moveTimelineEvents(
  db: DbOrTrx,
  workspaceId: string,
  recordType: string,
  fromId: string,
  toId: string,
) {
  await db
    .updateTable('timeline_events')
    .set({ record_id: toId })
    .where('workspace_id', '=', workspaceId)
    .where('record_type', '=', recordType)
    .where('record_id', '=', fromId)
    .execute();
  await db
    .updateTable('timeline_events')
    .set({ subject_id: toId })
    .where('workspace_id', '=', workspaceId)
    .where('subject_type', '=', recordType)
    .where('subject_id', '=', fromId)
    .execute();
}
