import type { Db, DbOrTrx } from '../../db/database.js';
import { AppError, forbidden, invalid } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { parseFilters, parseSort, type FieldMap } from '../../lib/list-query.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { loadPersonalSetting } from '../../lib/personal-settings.js';
import { recordTypeOf } from '../../records/registry.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { listCustomFields } from '../custom-fields/custom-fields.repository.js';
import {
  deleteViewRow,
  findView,
  insertView,
  listVisibleViews,
  updateViewRow,
  VIEW_ENTITY,
} from './views.repository.js';
import type {
  SavedView,
  ViewConfig,
  ViewInput,
  ViewListQuery,
  ViewObject,
  ViewPatch,
} from './views.schemas.js';

/** What a view may name: list fields (sort/filter) and, for columns, anything the record shows. */
function namesOf(object: ViewObject): { fields: FieldMap; shown: string[] } {
  const type = recordTypeOf(object);
  return { fields: type.listFields, shown: Object.keys(type.schema.shape) };
}

/** Re-labels an error from the shared list parser (`sort`, `filter[x][op]`) as a path inside `config`. */
function asConfigError(error: unknown): unknown {
  if (!(error instanceof AppError) || error.code !== 'validation') return error;
  const fieldErrors = error.fieldErrors.map(({ field, message }) => {
    const parts = /^filter\[([^\]]+)\](?:\[([^\]]+)\])?$/.exec(field);
    const path = parts ? ['config.filter', parts[1], parts[2]].filter(Boolean).join('.') : `config.${field}`;
    return { field: path, message };
  });
  return new AppError(
    'validation',
    fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; '),
    fieldErrors,
  );
}

/**
 * A saved view must work when it is applied, so its sort and filter go through the same parser the
 * lists use, against the built-in and the currently defined custom fields.
 */
async function checkConfig(db: DbOrTrx, actor: Actor, object: ViewObject, config: ViewConfig) {
  const { fields, shown } = namesOf(object);
  const custom = await listCustomFields(db, actor.workspaceId, object);
  const columns = new Set([...shown, ...Object.keys(fields), ...custom.map((c) => `custom.${c.key}`)]);
  columns.delete('custom');
  config.columns.forEach((column, i) => {
    if (!columns.has(column)) throw invalid(`config.columns.${i}`, `unknown field "${column}"`);
  });
  try {
    if (config.sort) parseSort(db, config.sort, fields, custom, config.sort);
    parseFilters(db, config.filter, fields, custom);
  } catch (error) {
    throw asConfigError(error);
  }
}

export async function listViews(db: Db, actor: Actor, query: ViewListQuery) {
  authorize(actor, 'views', 'read');
  return listVisibleViews(db, actor.workspaceId, { userId: actor.userId, ...query });
}

const loadView = (
  db: DbOrTrx,
  actor: Actor,
  id: string,
  action: 'read' | 'update' | 'delete',
  lock = false,
) => loadPersonalSetting(actor, action, 'View', () => findView(db, actor.workspaceId, id, lock));

export const getView = (db: Db, actor: Actor, id: string) => loadView(db, actor, id, 'read');

export async function createView(db: Db, actor: Actor, input: ViewInput) {
  authorize(actor, 'views', 'create');
  // A view belongs to a person; an API key has nobody to own it.
  if (!actor.userId) throw forbidden('Saved views belong to people; sign in to save one');
  await checkConfig(db, actor, input.object, input.config);
  const now = nowIso();
  const view: SavedView = { id: uuidv7(), ...input, ownerId: actor.userId, createdAt: now, updatedAt: now };
  await db.transaction().execute(async (trx) => {
    await insertView(trx, actor.workspaceId, view);
    await recordAudit(trx, actor, VIEW_ENTITY, view.id, 'create', diffRecords(null, view));
  });
  return view;
}

/** The view is read with its row locked inside the writing transaction, so no change is lost. */
export async function updateView(db: Db, actor: Actor, id: string, patch: ViewPatch) {
  return db.transaction().execute(async (trx) => {
    const before = await loadView(trx, actor, id, 'update', true);
    if (patch.config) await checkConfig(trx, actor, before.object, patch.config);
    const after: SavedView = {
      ...before,
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.shared !== undefined && { shared: patch.shared }),
      ...(patch.config !== undefined && { config: patch.config }),
      updatedAt: nowIso(),
    };
    const changes = diffRecords(before, after);
    if (Object.keys(changes).length === 0) return before;
    await updateViewRow(trx, actor.workspaceId, after);
    await recordAudit(trx, actor, VIEW_ENTITY, id, 'update', changes);
    return after;
  });
}

export async function deleteView(db: Db, actor: Actor, id: string) {
  await db.transaction().execute(async (trx) => {
    const before = await loadView(trx, actor, id, 'delete', true);
    await deleteViewRow(trx, actor.workspaceId, id);
    await recordAudit(trx, actor, VIEW_ENTITY, id, 'delete', diffRecords(before, null));
  });
}
