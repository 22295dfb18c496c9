import type { DbOrTrx } from '../../db/database.js';
import type { Note } from './notes.schemas.js';

/**
 * Notes are activities of type `note` (decision 0010): this reads them in the notes API's shape. A
 * note on a person, company or deal is linked through that field; on any other record, through
 * `record_type` and `record_id`.
 */
const LINK_COLUMNS: Record<string, 'person_id' | 'company_id' | 'deal_id'> = {
  person: 'person_id',
  company: 'company_id',
  deal: 'deal_id',
};

interface NoteRow {
  id: string;
  body: string | null;
  person_id: string | null;
  company_id: string | null;
  deal_id: string | null;
  record_type: string | null;
  record_id: string | null;
  owner_id: string | null;
  author_name: string | null;
  created_at: string;
  updated_at: string;
}

/** The record a note was written on: its own record link, else the first of its person, company, deal. */
function parentOf(row: NoteRow): { entityType: string; entityId: string } {
  if (row.record_type && row.record_id) return { entityType: row.record_type, entityId: row.record_id };
  for (const [entityType, column] of Object.entries(LINK_COLUMNS))
    if (row[column]) return { entityType, entityId: row[column] };
  return { entityType: 'person', entityId: row.id };
}

function toNote(row: NoteRow, parent = parentOf(row)): Note {
  return {
    id: row.id,
    ...parent,
    body: row.body ?? '',
    authorId: row.owner_id,
    authorName: row.author_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function selectNotes(db: DbOrTrx, workspaceId: string) {
  return db
    .selectFrom('activities')
    .leftJoin('users', 'users.id', 'activities.owner_id')
    .select([
      'activities.id',
      'activities.body',
      'activities.person_id',
      'activities.company_id',
      'activities.deal_id',
      'activities.record_type',
      'activities.record_id',
      'activities.owner_id',
      'users.name as author_name',
      'activities.created_at',
      'activities.updated_at',
    ])
    .where('activities.workspace_id', '=', workspaceId)
    .where('activities.type', '=', 'note')
    .where('activities.deleted_at', 'is', null);
}

/** One live note. */
export async function findNote(db: DbOrTrx, workspaceId: string, id: string) {
  const row = await selectNotes(db, workspaceId).where('activities.id', '=', id).executeTakeFirst();
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
  const column = LINK_COLUMNS[options.entityType];
  let query = selectNotes(db, workspaceId);
  query = column
    ? query.where(`activities.${column}`, '=', options.entityId)
    : query
        .where('activities.record_type', '=', options.entityType)
        .where('activities.record_id', '=', options.entityId);
  if (options.authorIds) query = query.where('activities.owner_id', 'in', options.authorIds);
  if (options.before) query = query.where('activities.id', '<', options.before);
  const rows = await query.orderBy('activities.id', 'desc').limit(options.limit).execute();
  const parent = { entityType: options.entityType, entityId: options.entityId };
  return rows.map((row) => toNote(row, parent));
}

/** The fields of an activity that put a note on a record. */
export function noteLinks(entityType: string, entityId: string): Record<string, string> {
  const column = LINK_COLUMNS[entityType];
  if (!column) return { recordType: entityType, recordId: entityId };
  return { [`${entityType}Id`]: entityId };
}

/**
 * Moves the notes written on one record of a type without a link field (a product) to another (a
 * record merged into another); activities linked through a field move with the type's references.
 */
export async function moveNotes(
  db: DbOrTrx,
  workspaceId: string,
  entityType: string,
  fromId: string,
  toId: string,
) {
  await db
    .updateTable('activities')
    .set({ record_id: toId })
    .where('workspace_id', '=', workspaceId)
    .where('record_type', '=', entityType)
    .where('record_id', '=', fromId)
    .execute();
}
