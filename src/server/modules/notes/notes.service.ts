import type { Db, DbOrTrx } from '../../db/database.js';
import { invalid, notFound } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { authorize, authorizeRecord, ownerFilter, type Actor } from '../../lib/permissions.js';
import { getRecord } from '../../records/record-service.js';
import type { RecordValues } from '../../records/record-type.js';
import { recordTypeOf } from '../../records/registry.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { deleteTimelineEventsOf } from '../timeline/timeline.repository.js';
import type { NoteData } from '../timeline/timeline.schemas.js';
import { noteExcerpt, recordsReferredBy, recordTimelineEvent } from '../timeline/timeline.writer.js';
import {
  deleteNoteRow,
  findNote,
  insertNote,
  listNotesOf,
  NOTE_ENTITY,
  updateNoteBody,
} from './notes.repository.js';
import type { Note, NoteInput, NoteListQuery, NoteParentType } from './notes.schemas.js';

/**
 * A note is visible only to those who may read the record it is attached to; reading the parent
 * through its own service applies that module's permissions and answers 404 outside the workspace.
 */
async function readParent(db: Db, actor: Actor, entityType: NoteParentType, entityId: string) {
  return getRecord(db, actor, recordTypeOf(entityType), entityId);
}

/** What the audit trail records of a note: the stored fields, not the looked-up author name. */
const audited = ({ authorName: _authorName, ...note }: Note) => note;

/**
 * A note on the timeline of its record, and of the records that one refers to (a note on a person
 * shows on the person's company too).
 */
async function noteEvent(trx: DbOrTrx, actor: Actor, note: Note, parent: RecordValues, data: NoteData) {
  await recordTimelineEvent(trx, actor, {
    record: { type: note.entityType, id: note.entityId },
    kind: 'note',
    data,
    ref: { type: NOTE_ENTITY, id: note.id, ownerId: note.authorId },
    alsoOn: recordsReferredBy(recordTypeOf(note.entityType), parent),
  });
}

export async function listNotes(db: Db, actor: Actor, query: NoteListQuery) {
  const scope = authorize(actor, 'notes', 'read');
  await readParent(db, actor, query.entityType, query.entityId);
  const authorIds = ownerFilter(actor, scope);
  if (authorIds?.length === 0) return { data: [], nextCursor: null };
  const rows = await listNotesOf(db, actor.workspaceId, {
    entityType: query.entityType,
    entityId: query.entityId,
    authorIds,
    before: query.cursor,
    limit: query.limit + 1,
  });
  const data = rows.slice(0, query.limit);
  return { data, nextCursor: rows.length > query.limit ? data[data.length - 1]!.id : null };
}

export async function createNote(db: Db, actor: Actor, input: NoteInput) {
  authorizeRecord(actor, 'notes', 'create', actor.userId);
  const parent = await readParent(db, actor, input.entityType, input.entityId);
  if (parent.deletedAt) throw invalid('entityId', 'the record is in the trash; restore it first');
  const now = nowIso();
  const note: Note = {
    id: uuidv7(),
    entityType: input.entityType,
    entityId: input.entityId,
    body: input.body,
    authorId: actor.userId,
    authorName: null,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction().execute(async (trx) => {
    await insertNote(trx, actor.workspaceId, note);
    await recordAudit(trx, actor, NOTE_ENTITY, note.id, 'create', diffRecords(null, audited(note)));
    await noteEvent(trx, actor, note, parent, { action: 'added', excerpt: noteExcerpt(note.body) });
  });
  return (await findNote(db, actor.workspaceId, note.id))!;
}

async function loadNote(db: Db, actor: Actor, id: string, action: 'update' | 'delete') {
  authorize(actor, 'notes', action);
  const note = await findNote(db, actor.workspaceId, id);
  if (!note) throw notFound('Note');
  const parent = await readParent(db, actor, note.entityType, note.entityId);
  authorizeRecord(actor, 'notes', action, note.authorId);
  return parent;
}

/**
 * The note as it stands inside the writing transaction, its row locked, so that its audit entry's
 * "before" is what the previous change left (the permission check before it reads author and parent,
 * which a change never moves).
 */
async function lockNote(trx: DbOrTrx, actor: Actor, id: string) {
  const note = await findNote(trx, actor.workspaceId, id, true);
  if (!note) throw notFound('Note');
  return note;
}

export async function updateNote(db: Db, actor: Actor, id: string, patch: { body: string }) {
  const parent = await loadNote(db, actor, id, 'update');
  return db.transaction().execute(async (trx) => {
    const before = await lockNote(trx, actor, id);
    if (patch.body === before.body) return before;
    const after: Note = { ...before, body: patch.body, updatedAt: nowIso() };
    await updateNoteBody(trx, actor.workspaceId, after);
    await recordAudit(trx, actor, NOTE_ENTITY, id, 'update', diffRecords(audited(before), audited(after)));
    await noteEvent(trx, actor, after, parent, { action: 'edited', excerpt: noteExcerpt(after.body) });
    return after;
  });
}

/**
 * Notes are deleted for good; the audit entry keeps what the note said. Its text leaves the timeline
 * too: its events there give way to one saying that a note was deleted.
 */
export async function deleteNote(db: Db, actor: Actor, id: string) {
  const parent = await loadNote(db, actor, id, 'delete');
  await db.transaction().execute(async (trx) => {
    const before = await lockNote(trx, actor, id);
    await deleteNoteRow(trx, actor.workspaceId, id);
    await recordAudit(trx, actor, NOTE_ENTITY, id, 'delete', diffRecords(audited(before), null));
    await deleteTimelineEventsOf(trx, actor.workspaceId, NOTE_ENTITY, id);
    await noteEvent(trx, actor, before, parent, { action: 'deleted' });
  });
}
