import { forUpdate, type DbOrTrx } from '../../db/database.js';
import type { Note } from './notes.schemas.js';

export const NOTE_ENTITY = 'note';

interface NoteRow {
  id: string;
  entity_type: string;
  entity_id: string;
  body: string;
  author_id: string | null;
  author_name: string | null;
  created_at: string;
  updated_at: string;
}

function toNote(row: NoteRow): Note {
  return {
    id: row.id,
    entityType: row.entity_type,
    entityId: row.entity_id,
    body: row.body,
    authorId: row.author_id,
    authorName: row.author_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function selectNotes(db: DbOrTrx, workspaceId: string) {
  return db
    .selectFrom('notes')
    .leftJoin('users', 'users.id', 'notes.author_id')
    .select([
      'notes.id',
      'notes.entity_type',
      'notes.entity_id',
      'notes.body',
      'notes.author_id',
      'users.name as author_name',
      'notes.created_at',
      'notes.updated_at',
    ])
    .where('notes.workspace_id', '=', workspaceId);
}

/** One note; `lock` holds its row until the caller's transaction ends, for a read-modify-write. */
export async function findNote(db: DbOrTrx, workspaceId: string, id: string, lock = false) {
  const query = selectNotes(db, workspaceId).where('notes.id', '=', id);
  const row = await (lock ? forUpdate(db, query, 'notes') : query).executeTakeFirst();
  return row ? toNote(row) : undefined;
}

/** Notes of one record, newest first (ids are UUIDv7, so id order is creation order). */
export async function listNotesOf(
  db: DbOrTrx,
  workspaceId: string,
  options: {
    entityType: string;
    entityId: string;
    authorIds: string[] | null;
    before?: string | undefined;
    limit: number;
  },
) {
  let query = selectNotes(db, workspaceId)
    .where('notes.entity_type', '=', options.entityType)
    .where('notes.entity_id', '=', options.entityId);
  if (options.authorIds) query = query.where('notes.author_id', 'in', options.authorIds);
  if (options.before) query = query.where('notes.id', '<', options.before);
  const rows = await query.orderBy('notes.id', 'desc').limit(options.limit).execute();
  return rows.map(toNote);
}

export async function insertNote(db: DbOrTrx, workspaceId: string, note: Note) {
  await db
    .insertInto('notes')
    .values({
      workspace_id: workspaceId,
      id: note.id,
      entity_type: note.entityType,
      entity_id: note.entityId,
      body: note.body,
      author_id: note.authorId,
      created_at: note.createdAt,
      updated_at: note.updatedAt,
    })
    .execute();
}

export async function updateNoteBody(db: DbOrTrx, workspaceId: string, note: Note) {
  await db
    .updateTable('notes')
    .set({ body: note.body, updated_at: note.updatedAt })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', note.id)
    .execute();
}

export async function deleteNoteRow(db: DbOrTrx, workspaceId: string, id: string) {
  await db.deleteFrom('notes').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** Moves every note of one record to another of the same type (a record merged into another). */
export async function moveNotes(
  db: DbOrTrx,
  workspaceId: string,
  entityType: string,
  fromId: string,
  toId: string,
) {
  await db
    .updateTable('notes')
    .set({ entity_id: toId })
    .where('workspace_id', '=', workspaceId)
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', fromId)
    .execute();
}
