import type { DbOrTrx } from '../db/database.js';
import { findTimelineEvent } from '../modules/timeline/timeline.repository.js';
import type { RecordType } from './record-type.js';

/**
 * A record an import created has no audit entry of its own: the import's entries stand for the
 * records it made (a million imported people would otherwise add a million copies of their values to
 * the audit log). Its `created` timeline event, which has the record's id, names the import and the
 * row of the file; the record's history shows it as its creation.
 */
export async function importCreationEntry(db: DbOrTrx, workspaceId: string, type: RecordType, id: string) {
  const event = await findTimelineEvent(db, workspaceId, id);
  if (event?.kind !== 'created' || event.recordId !== id || typeof event.data.importId !== 'string')
    return null;
  return {
    id: event.id,
    entityType: type.entity,
    entityId: id,
    action: 'create',
    actorType: event.actorType,
    actorId: event.actorId,
    actorName: event.actorName,
    changes: {},
    createdAt: event.occurredAt,
    import: { id: event.data.importId, row: typeof event.data.row === 'number' ? event.data.row : null },
  };
}
