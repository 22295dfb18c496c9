import type { DbOrTrx } from '../../db/database.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import type { Actor } from '../../lib/permissions.js';
import { findDisplayNames } from '../../records/record-store.js';
import type { RecordType, RecordValues } from '../../records/record-type.js';
import { recordTypeOf } from '../../records/registry.js';
import type { Changes } from '../audit/audit.writer.js';
import { insertTimelineEvents } from './timeline.repository.js';
import {
  NOTE_EXCERPT_LENGTH,
  type ActivityData,
  type ChangeData,
  type DocumentData,
  type EmailData,
  type MergedData,
  type NoteData,
  type SalesDocumentData,
  type StageChangedData,
} from './timeline.schemas.js';

/**
 * Writing timelines: every module records what happened to a record here, in the transaction of the
 * command that did it, so an event exists exactly when its change does. Reading them, with the
 * permission checks, is the timeline service's.
 */

export interface RecordRef {
  /** The record type's entity (`person`, `company`…). */
  type: string;
  id: string;
}

export type NewTimelineEvent = {
  /** The record whose timeline shows the event. */
  record: RecordRef;
  /** The row the event came from (a note), and its owner (the note's author) for scoped roles. */
  ref?: { type: string; id: string; ownerId: string | null };
  /** Other records whose timelines show the event too, as being about `record` (a person's company). */
  alsoOn?: RecordRef[];
} & (
  | { kind: 'created' | 'deleted' | 'restored'; data?: Record<string, never> }
  | { kind: 'change'; data: ChangeData }
  | { kind: 'merged'; data: MergedData }
  | { kind: 'note'; data: NoteData }
  | { kind: 'email'; data: EmailData }
  | { kind: 'call' | 'meeting' | 'task' | 'email_logged'; data: ActivityData }
  | { kind: 'stage_changed'; data: StageChangedData }
  | { kind: 'document'; data: DocumentData }
  | { kind: 'sales_document'; data: SalesDocumentData }
);

export async function recordTimelineEvent(trx: DbOrTrx, actor: Actor, event: NewTimelineEvent) {
  const occurredAt = nowIso();
  const common = {
    kind: event.kind,
    occurredAt,
    actorType: actor.userId ? 'user' : actor.apiKeyId ? 'api_key' : 'system',
    actorId: actor.userId ?? actor.apiKeyId,
    refType: event.ref?.type ?? null,
    refId: event.ref?.id ?? null,
    refOwnerId: event.ref?.ownerId ?? null,
    data: event.data ?? {},
  } as const;
  const others = (event.alsoOn ?? []).filter(
    (other) => other.type !== event.record.type || other.id !== event.record.id,
  );
  await insertTimelineEvents(trx, actor.workspaceId, [
    {
      ...common,
      id: uuidv7(),
      recordType: event.record.type,
      recordId: event.record.id,
      subjectType: null,
      subjectId: null,
    },
    ...others.map((other) => ({
      ...common,
      id: uuidv7(),
      recordType: other.type,
      recordId: other.id,
      subjectType: event.record.type,
      subjectId: event.record.id,
    })),
  ]);
}

/**
 * A record's own lifecycle on its timeline: created, changed (with the changed fields, and the names
 * of the records a changed reference pointed to), trashed, restored.
 */
export async function recordLifecycleEvent(
  trx: DbOrTrx,
  actor: Actor,
  type: RecordType,
  id: string,
  kind: 'created' | 'change' | 'deleted' | 'restored',
  changes: Changes = {},
) {
  const record = { type: type.entity, id };
  if (kind !== 'change') return recordTimelineEvent(trx, actor, { record, kind });
  const names: NonNullable<ChangeData['names']> = {};
  for (const [name, field] of type.recordFields) {
    const change = changes[name];
    if (!change || !field.ref || field.ref === 'member') continue;
    const ids = [change.before, change.after].filter((value): value is string => typeof value === 'string');
    const found = await findDisplayNames(trx, recordTypeOf(field.ref), actor.workspaceId, ids);
    const nameOf = (value: unknown) => (typeof value === 'string' ? (found.get(value) ?? null) : null);
    names[name] = { before: nameOf(change.before), after: nameOf(change.after) };
  }
  const data: ChangeData = Object.keys(names).length > 0 ? { changes, names } : { changes };
  return recordTimelineEvent(trx, actor, { record, kind, data });
}

/** The records a record refers to (a person's company), whose timelines show events about it too. */
export function recordsReferredBy(type: RecordType, record: RecordValues): RecordRef[] {
  return type.recordFields.flatMap(([name, field]) => {
    const id = record[name];
    return field.ref && field.ref !== 'member' && typeof id === 'string' ? [{ type: field.ref, id }] : [];
  });
}

/** The start of a note, whole characters only, ending in … when cut. */
export function noteExcerpt(body: string): string {
  const characters = Array.from(body.trim());
  if (characters.length <= NOTE_EXCERPT_LENGTH) return characters.join('');
  return `${characters.slice(0, NOTE_EXCERPT_LENGTH).join('').trimEnd()}…`;
}
