import type { Db, DbOrTrx } from '../../db/database.js';
import { AppError, forbidden, invalid } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { isVisibleSetting, loadPersonalSetting } from '../../lib/personal-settings.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { runReport } from '../reports/report-run.js';
import { findReport } from '../reports/reports.repository.js';
import type { ReportContext, ReportDefinition } from '../reports/reports.schemas.js';
import {
  DASHBOARD_ENTITY,
  deleteDashboardRow,
  findDashboard,
  insertDashboard,
  listVisibleDashboards,
  updateDashboardRow,
} from './dashboards.repository.js';
import type { Dashboard, DashboardInput, DashboardPatch, Widget } from './dashboards.schemas.js';

/**
 * Dashboards are personal settings like saved views and reports (the `views` permission module).
 * Each widget runs as the person looking at it, so a shared dashboard shows each viewer only what
 * their role reads.
 */

export async function listDashboards(db: Db, actor: Actor) {
  authorize(actor, 'views', 'read');
  return { data: await listVisibleDashboards(db, actor.workspaceId, actor.userId), nextCursor: null };
}

const loadDashboard = (
  db: DbOrTrx,
  actor: Actor,
  id: string,
  action: 'read' | 'update' | 'delete',
  lock = false,
) => loadPersonalSetting(actor, action, 'Dashboard', () => findDashboard(db, actor.workspaceId, id, lock));

export const getDashboard = (db: Db, actor: Actor, id: string) => loadDashboard(db, actor, id, 'read');

/** A widget's definition: its own, or its saved report's (which the actor must see). */
async function widgetDefinition(db: DbOrTrx, actor: Actor, widget: Widget): Promise<ReportDefinition | null> {
  if (widget.definition) return widget.definition;
  if (!widget.reportId) return null;
  const report = await findReport(db, actor.workspaceId, widget.reportId);
  return isVisibleSetting(actor, report) ? report.definition : null;
}

/** Widgets must each name one report the actor sees, or a definition that runs; ids are unique. */
async function checkWidgets(db: Db, actor: Actor, widgets: Widget[]) {
  const ids = new Set<string>();
  for (const [i, widget] of widgets.entries()) {
    if (ids.has(widget.id)) throw invalid(`widgets.${i}.id`, 'is used by another widget');
    ids.add(widget.id);
    if (Boolean(widget.reportId) === Boolean(widget.definition))
      throw invalid(`widgets.${i}`, 'needs either reportId or definition');
    const definition = await widgetDefinition(db, actor, widget);
    if (!definition) throw invalid(`widgets.${i}.reportId`, 'is not a report you can see');
    try {
      await runReport(db, actor, definition);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'validation') throw error;
      throw new AppError(
        'validation',
        error.message,
        error.fieldErrors.map((e) => ({ ...e, field: `widgets.${i}.${e.field}` })),
      );
    }
  }
}

export async function createDashboard(db: Db, actor: Actor, input: DashboardInput) {
  authorize(actor, 'views', 'create');
  if (!actor.userId) throw forbidden('Dashboards belong to people; sign in to save one');
  await checkWidgets(db, actor, input.widgets);
  const now = nowIso();
  const dashboard: Dashboard = {
    id: uuidv7(),
    ...input,
    ownerId: actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction().execute(async (trx) => {
    await insertDashboard(trx, actor.workspaceId, dashboard);
    await recordAudit(trx, actor, DASHBOARD_ENTITY, dashboard.id, 'create', diffRecords(null, dashboard));
  });
  return dashboard;
}

export async function updateDashboard(db: Db, actor: Actor, id: string, patch: DashboardPatch) {
  if (patch.widgets) await checkWidgets(db, actor, patch.widgets);
  return db.transaction().execute(async (trx) => {
    const before = await loadDashboard(trx, actor, id, 'update', true);
    const after: Dashboard = {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)),
      updatedAt: nowIso(),
    };
    await updateDashboardRow(trx, actor.workspaceId, after);
    await recordAudit(trx, actor, DASHBOARD_ENTITY, id, 'update', diffRecords(before, after));
    return after;
  });
}

export async function deleteDashboard(db: Db, actor: Actor, id: string) {
  await db.transaction().execute(async (trx) => {
    const before = await loadDashboard(trx, actor, id, 'delete', true);
    await deleteDashboardRow(trx, actor.workspaceId, id);
    await recordAudit(trx, actor, DASHBOARD_ENTITY, id, 'delete', diffRecords(before, null));
  });
}

/**
 * Every widget's result under the dashboard's range and filters (or those given, as the page has
 * them now). A widget that cannot run carries its error; the others still show.
 */
export async function dashboardResults(db: Db, actor: Actor, id: string, context?: ReportContext) {
  const dashboard = await loadDashboard(db, actor, id, 'read');
  const applied = context ?? dashboard.filters;
  const widgets = await Promise.all(
    dashboard.widgets.map(async (widget) => {
      try {
        const definition = await widgetDefinition(db, actor, widget);
        if (!definition)
          return { id: widget.id, result: null, error: { status: 404, detail: 'The report is gone' } };
        return { id: widget.id, result: await runReport(db, actor, definition, applied), error: null };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const status = { validation: 400, forbidden: 403, not_found: 404 }[error.code as string] ?? 400;
        return { id: widget.id, result: null, error: { status, detail: error.message } };
      }
    }),
  );
  return { widgets };
}
