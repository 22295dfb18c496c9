import type { Selectable } from 'kysely';
import { forUpdate, readJson, writeJson, type DbOrTrx } from '../../db/database.js';
import type { DashboardTable } from '../../db/schema-reports.js';
import type { Dashboard, Widget } from './dashboards.schemas.js';

export const DASHBOARD_ENTITY = 'dashboard';

function toDashboard(row: Selectable<DashboardTable>): Dashboard {
  return {
    id: row.id,
    name: row.name,
    shared: Boolean(row.shared),
    ownerId: row.user_id,
    widgets: readJson<Widget[]>(row.widgets, []),
    filters: readJson<Dashboard['filters']>(row.filters, {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const toRow = (dashboard: Dashboard) => ({
  name: dashboard.name,
  shared: dashboard.shared ? 1 : 0,
  widgets: writeJson(dashboard.widgets),
  filters: writeJson(dashboard.filters),
  updated_at: dashboard.updatedAt,
});

export async function insertDashboard(db: DbOrTrx, workspaceId: string, dashboard: Dashboard) {
  await db
    .insertInto('dashboards')
    .values({
      workspace_id: workspaceId,
      id: dashboard.id,
      user_id: dashboard.ownerId,
      created_at: dashboard.createdAt,
      ...toRow(dashboard),
    })
    .execute();
}

export async function updateDashboardRow(db: DbOrTrx, workspaceId: string, dashboard: Dashboard) {
  await db
    .updateTable('dashboards')
    .set(toRow(dashboard))
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', dashboard.id)
    .execute();
}

export async function deleteDashboardRow(db: DbOrTrx, workspaceId: string, id: string) {
  await db.deleteFrom('dashboards').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

export async function findDashboard(db: DbOrTrx, workspaceId: string, id: string, lock = false) {
  const query = db
    .selectFrom('dashboards')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id);
  const row = await (lock ? forUpdate(db, query) : query).executeTakeFirst();
  return row ? toDashboard(row) : null;
}

export async function listVisibleDashboards(db: DbOrTrx, workspaceId: string, userId: string | null) {
  let query = db.selectFrom('dashboards').selectAll().where('workspace_id', '=', workspaceId);
  query = userId
    ? query.where((eb) => eb.or([eb('shared', '=', 1), eb('user_id', '=', userId)]))
    : query.where('shared', '=', 1);
  const rows = await query.orderBy('name').orderBy('id').limit(200).execute();
  return rows.map(toDashboard);
}
