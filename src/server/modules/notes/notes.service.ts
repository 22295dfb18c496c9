import type { Db } from '../../db/database.js';
import { invalid, notFound } from '../../lib/errors.js';
import { authorize, ownerFilter, type Actor } from '../../lib/permissions.js';
import { createRecord, deleteRecord, getRecord, updateRecord } from '../../records/record-service.js';
import { recordTypeOf } from '../../records/registry.js';
import { findNote, listNotesOf, noteLinks } from './notes.repository.js';
import type { NoteInput, NoteListQuery, NoteParentType } from './notes.schemas.js';

/**
 * The notes API, kept for its clients: notes are activities of type `note` (decision 0010), written
 * and permitted as activities (a note's author is the activity's owner). A note is visible only to
 * those who may read the record it is on; reading the parent through the record kit applies its
 * permissions and answers 404 outside the workspace.
 */
async function readParent(db: Db, actor: Actor, entityType: NoteParentType, entityId: string) {
  return getRecord(db, actor, recordTypeOf(entityType), entityId);
}

const activities = () => recordTypeOf('activity');

export async function listNotes(db: Db, actor: Actor, query: NoteListQuery) {
  const scope = authorize(actor, 'activities', 'read');
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

async function noteAsWritten(db: Db, actor: Actor, id: string, parent?: NoteInput) {
  const note = (await findNote(db, actor.workspaceId, id))!;
  return parent ? { ...note, entityType: parent.entityType, entityId: parent.entityId } : note;
}

export async function createNote(db: Db, actor: Actor, input: NoteInput) {
  authorize(actor, 'activities', 'create');
  const parent = await readParent(db, actor, input.entityType, input.entityId);
  if (parent.deletedAt) throw invalid('entityId', 'the record is in the trash; restore it first');
  const note = await createRecord(db, actor, activities(), {
    type: 'note',
    body: input.body,
    ...noteLinks(input.entityType, input.entityId),
  });
  return noteAsWritten(db, actor, note.id as string, input);
}

async function loadNote(db: Db, actor: Actor, id: string) {
  const note = await findNote(db, actor.workspaceId, id);
  if (!note) throw notFound('Note');
  await readParent(db, actor, note.entityType, note.entityId);
  return note;
}

export async function updateNote(db: Db, actor: Actor, id: string, patch: { body: string }) {
  const note = await loadNote(db, actor, id);
  await updateRecord(db, actor, activities(), id, { body: patch.body });
  return noteAsWritten(db, actor, id, note);
}

/** A deleted note goes to the trash as activities do; its text leaves the timelines. */
export async function deleteNote(db: Db, actor: Actor, id: string) {
  await loadNote(db, actor, id);
  await deleteRecord(db, actor, activities(), id);
}
