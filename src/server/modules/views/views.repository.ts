import type { Selectable } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import { forUpdate, readJson, writeJson } from '../../db/database.js';
import type { SavedViewTable } from '../../db/schema.js';
import { keysetPage, parseSort, type FieldMap } from '../../lib/list-query.js';
import type { SavedView, ViewConfig, ViewObject } from './views.schemas.js';

export const VIEW_ENTITY = 'view';

function toView(row: Omit<Selectable<SavedViewTable>, 'workspace_id'>): SavedView {
  return {
    id: row.id,
    object: row.object,
    name: row.name,
    shared: Boolean(row.shared),
    ownerId: row.user_id,
    config: readJson<ViewConfig>(row.config, { columns: [] }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const toRow = (view: SavedView) => ({
  name: view.name,
  shared: view.shared ? 1 : 0,
  config: writeJson(view.config),
  updated_at: view.updatedAt,
});

export async function insertView(db: DbOrTrx, workspaceId: string, view: SavedView) {
  await db
    .insertInto('saved_views')
    .values({
      workspace_id: workspaceId,
      id: view.id,
      object: view.object,
      user_id: view.ownerId,
      created_at: view.createdAt,
      ...toRow(view),
    })
    .execute();
}

export async function updateViewRow(db: DbOrTrx, workspaceId: string, view: SavedView) {
  await db
    .updateTable('saved_views')
    .set(toRow(view))
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', view.id)
    .execute();
}

export async function deleteViewRow(db: DbOrTrx, workspaceId: string, id: string) {
  await db.deleteFrom('saved_views').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** One view; `lock` holds its row until the caller's transaction ends, for a read-modify-write. */
export async function findView(db: DbOrTrx, workspaceId: string, id: string, lock = false) {
  const query = db
    .selectFrom('saved_views')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id);
  const row = await (lock ? forUpdate(db, query) : query).executeTakeFirst();
  return row ? toView(row) : undefined;
}

const viewFields: FieldMap = { name: { column: 'name', type: 'text', sortable: true } };

/** One page, by name, of the views a person sees: their own and everyone's shared ones. */
export async function listVisibleViews(
  db: DbOrTrx,
  workspaceId: string,
  options: {
    userId: string | null;
    object?: ViewObject | undefined;
    limit: number;
    cursor?: string | undefined;
  },
) {
  const keys = parseSort(db, 'name', viewFields, [], 'name');
  const page = keysetPage({ limit: options.limit, cursor: options.cursor, keys });
  let query = db
    .selectFrom('saved_views')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where((eb) =>
      options.userId
        ? eb.or([eb('shared', '=', 1), eb('user_id', '=', options.userId)])
        : eb('shared', '=', 1),
    );
  if (options.object) query = query.where('object', '=', options.object);
  if (page.condition) query = query.where(page.condition);
  const rows = await query.orderBy('name').orderBy('id').limit(page.fetchLimit).execute();
  const result = page.finish(rows, (row) => [row.name]);
  return { data: result.data.map(toView), nextCursor: result.nextCursor };
}
