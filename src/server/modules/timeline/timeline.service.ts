import type { Db } from '../../db/database.js';
import { isIsoDate } from '../../lib/dates.js';
import { invalid } from '../../lib/errors.js';
import { decodeCursor, encodeCursor } from '../../lib/list-query.js';
import { ownerFilter, scopeFor, type Actor, type Module } from '../../lib/permissions.js';
import { getRecord, hiddenFields } from '../../records/record-service.js';
import { findDisplayNames } from '../../records/record-store.js';
import type { RecordType } from '../../records/record-type.js';
import { RECORD_TYPES, recordTypeOf } from '../../records/registry.js';
import { listTimelineEvents, type TimelinePageQuery, type TimelineRow } from './timeline.repository.js';
import type { ChangeData, TimelineEvent, TimelineQuery } from './timeline.schemas.js';

/**
 * Reading a record's timeline. The reader must be able to read the record (404 otherwise, as for the
 * record itself); events from another module's rows (notes) follow that module's read scope; events
 * about another record (a person's note on the company's timeline) show only to roles that read every
 * record of that type; sensitive fields leave change events as they leave the record's history.
 */

/** The module whose read permission governs events that came from a row of it (`ref_type`). */
const SOURCE_MODULES: Record<string, Module> = Object.fromEntries(
  RECORD_TYPES.map((type) => [type.entity, type.table]),
);

function visibility(actor: Actor) {
  const hiddenRefTypes: string[] = [];
  const ownedRefTypes: TimelinePageQuery['ownedRefTypes'] = [];
  for (const [refType, module] of Object.entries(SOURCE_MODULES)) {
    const scope = scopeFor(actor, module, 'read');
    if (scope === 'none') hiddenRefTypes.push(refType);
    else if (scope !== 'all') ownedRefTypes.push({ refType, ownerIds: ownerFilter(actor, scope) ?? [] });
  }
  const subjectTypes = RECORD_TYPES.filter((type) => scopeFor(actor, type.table, 'read') === 'all').map(
    (type) => type.entity,
  );
  return { hiddenRefTypes, ownedRefTypes, subjectTypes };
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeTimelineCursor(cursor: string) {
  const [occurredAt, id] = decodeCursor(cursor, 2);
  if (
    typeof occurredAt !== 'string' ||
    !TIMESTAMP.test(occurredAt) ||
    !isIsoDate(occurredAt) ||
    typeof id !== 'string' ||
    !UUID.test(id)
  )
    throw invalid('cursor', 'is not a cursor from this timeline');
  return { occurredAt, id };
}

/** A change event without the fields the reader may not see; null when nothing is left of it. */
function visibleChange(data: ChangeData, hidden: Set<string>): ChangeData | null {
  if (hidden.size === 0) return data;
  const visible = <T>(entries: Record<string, T>) =>
    Object.fromEntries(Object.entries(entries).filter(([field]) => !hidden.has(field)));
  const changes = visible(data.changes);
  if (Object.keys(changes).length === 0) return null;
  return data.names ? { changes, names: visible(data.names) } : { changes };
}

function toEvent(actor: Actor, row: TimelineRow): Omit<TimelineEvent, 'subject'> | null {
  let data = row.data;
  if (row.kind === 'change') {
    const about = recordTypeOf(row.subjectType ?? row.recordType);
    const change = visibleChange(row.data as ChangeData, hiddenFields(actor, about));
    if (!change) return null;
    data = change;
  }
  return {
    id: row.id,
    kind: row.kind,
    occurredAt: row.occurredAt,
    actor: { type: row.actorType, id: row.actorId, name: row.actorName },
    ref: row.refType && row.refId ? { type: row.refType, id: row.refId } : null,
    data,
  } as Omit<TimelineEvent, 'subject'>;
}

/** The current names of the other records the events are about. */
async function subjectNames(db: Db, workspaceId: string, rows: TimelineRow[]) {
  const names = new Map<string, string>();
  for (const type of new Set(rows.map((row) => row.subjectType).filter((t): t is string => t !== null))) {
    const ids = [...new Set(rows.filter((row) => row.subjectType === type).map((row) => row.subjectId!))];
    for (const [id, name] of await findDisplayNames(db, recordTypeOf(type), workspaceId, ids))
      names.set(`${type}:${id}`, name);
  }
  return names;
}

/**
 * One page of a record's timeline, newest first. Events the reader may not see at all are left out by
 * the query; a change event whose every field is hidden from the reader is dropped afterwards, and
 * the next events are read to fill the page.
 */
export async function getTimeline(db: Db, actor: Actor, type: RecordType, id: string, query: TimelineQuery) {
  await getRecord(db, actor, type, id);
  const page: TimelinePageQuery = {
    workspaceId: actor.workspaceId,
    recordType: type.entity,
    recordId: id,
    kinds: query.kind ?? null,
    after: query.cursor ? decodeTimelineCursor(query.cursor) : null,
    limit: query.limit + 1,
    ...visibility(actor),
  };
  const kept: { row: TimelineRow; event: Omit<TimelineEvent, 'subject'> }[] = [];
  for (;;) {
    const rows = await listTimelineEvents(db, page);
    for (const row of rows) {
      const event = toEvent(actor, row);
      if (event) kept.push({ row, event });
      if (kept.length > query.limit) break;
    }
    const last = rows[rows.length - 1];
    if (kept.length > query.limit || rows.length < page.limit || !last) break;
    page.after = { occurredAt: last.occurredAt, id: last.id };
  }
  const shown = kept.slice(0, query.limit);
  const names = await subjectNames(
    db,
    actor.workspaceId,
    shown.map(({ row }) => row),
  );
  const lastShown = shown[shown.length - 1]?.row;
  return {
    data: shown.map(({ row, event }) => ({
      ...event,
      subject:
        row.subjectType && row.subjectId
          ? {
              type: row.subjectType,
              id: row.subjectId,
              name: names.get(`${row.subjectType}:${row.subjectId}`) ?? null,
            }
          : null,
    })) as TimelineEvent[],
    nextCursor:
      kept.length > query.limit && lastShown ? encodeCursor([lastShown.occurredAt, lastShown.id]) : null,
  };
}
