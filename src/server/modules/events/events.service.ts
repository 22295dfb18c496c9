import type { Db } from '../../db/database.js';
import { AppError } from '../../lib/errors.js';
import { inScope, scopeFor, type Actor } from '../../lib/permissions.js';
import { RECORD_TYPES } from '../../records/registry.js';
import { eventTime, lastEventSeq, type RecordEvent } from './events.repository.js';
import type { StreamEvent } from './events.schemas.js';

/**
 * What a live stream of record events may send to whom, and where it starts. A stream resumes after
 * the last event its client saw, if that is at most REPLAY_LIMIT events and REPLAY_WINDOW_MS ago;
 * otherwise the client is told to reload what it shows, and the stream goes on from now.
 */

export const REPLAY_LIMIT = 1_000;
export const REPLAY_WINDOW_MS = 24 * 60 * 60_000;

/** Where a stream starts: after `cursor`, and whether the client must first reload everything. */
export interface StreamStart {
  cursor: number;
  reset: boolean;
}

export async function streamStart(db: Db, actor: Actor, after: number | null): Promise<StreamStart> {
  const last = await lastEventSeq(db, actor.workspaceId);
  if (after === null || after === last) return { cursor: last, reset: false };
  if (after > last || last - after > REPLAY_LIMIT) return { cursor: last, reset: true };
  const firstMissed = await eventTime(db, actor.workspaceId, after + 1);
  if (!firstMissed || Date.parse(firstMissed) < Date.now() - REPLAY_WINDOW_MS)
    return { cursor: last, reset: true };
  return { cursor: after, reset: false };
}

/**
 * The event as the actor's stream shows it, or null when the actor may not read the record: a role
 * reading only its own or its team's records sees changes of those, including the change that gave
 * one away. The record's values stay out (the client reads the record, under its permissions).
 */
export function eventForActor(actor: Actor, event: RecordEvent): StreamEvent | null {
  const type = RECORD_TYPES.find((t) => t.entity === event.recordType);
  if (!type) return null;
  const scope = scopeFor(actor, type.table, 'read');
  const readable =
    inScope(actor, scope, event.ownerId) ||
    (event.previousOwnerId !== null && inScope(actor, scope, event.previousOwnerId));
  if (!readable) return null;
  return {
    id: event.id,
    seq: event.seq,
    type: event.type,
    recordType: event.recordType,
    recordId: event.recordId,
    version: event.recordVersion,
    changedFields: event.changedFields,
    occurredAt: event.occurredAt,
  };
}

/** `Last-Event-ID` (sent by browsers when they reconnect) or `after`: the last event seen. */
export function resumeAfter(header: string | undefined, after: number | undefined): number | null {
  if (header === undefined || header.trim() === '') return after ?? null;
  if (!/^\s*\d{1,15}\s*$/.test(header))
    throw new AppError('validation', 'Last-Event-ID must be the id of an event from this stream', [
      { field: 'Last-Event-ID', message: 'must be a whole number from this stream' },
    ]);
  return Number(header);
}
