import type { Selectable } from 'kysely';
import { forUpdate, readJson, writeJson, type DbOrTrx } from '../../db/database.js';
import type { ReportTable } from '../../db/schema-reports.js';
import type { ReportDefinition, ReportSchedule, SavedReport } from './reports.schemas.js';

export const REPORT_ENTITY = 'report';

function toReport(row: Selectable<ReportTable>): SavedReport {
  return {
    id: row.id,
    name: row.name,
    shared: Boolean(row.shared),
    ownerId: row.user_id,
    chart: row.chart as SavedReport['chart'],
    definition: readJson<ReportDefinition>(row.definition, { object: '', groupBy: [], measures: [] }),
    schedule: readJson<ReportSchedule | null>(row.schedule, null),
    nextRunAt: row.next_run_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const toRow = (report: SavedReport) => ({
  name: report.name,
  shared: report.shared ? 1 : 0,
  chart: report.chart,
  definition: writeJson(report.definition),
  schedule: report.schedule ? writeJson(report.schedule) : null,
  next_run_at: report.nextRunAt,
  updated_at: report.updatedAt,
});

export async function insertReport(db: DbOrTrx, workspaceId: string, report: SavedReport) {
  await db
    .insertInto('reports')
    .values({
      workspace_id: workspaceId,
      id: report.id,
      user_id: report.ownerId,
      created_at: report.createdAt,
      ...toRow(report),
    })
    .execute();
}

export async function updateReportRow(db: DbOrTrx, workspaceId: string, report: SavedReport) {
  await db
    .updateTable('reports')
    .set(toRow(report))
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', report.id)
    .execute();
}

export async function deleteReportRow(db: DbOrTrx, workspaceId: string, id: string) {
  await db.deleteFrom('reports').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

export async function findReport(db: DbOrTrx, workspaceId: string, id: string, lock = false) {
  const query = db
    .selectFrom('reports')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id);
  const row = await (lock ? forUpdate(db, query) : query).executeTakeFirst();
  return row ? toReport(row) : null;
}

/** The actor's own reports and the shared ones, by name. */
export async function listVisibleReports(db: DbOrTrx, workspaceId: string, userId: string | null) {
  let query = db.selectFrom('reports').selectAll().where('workspace_id', '=', workspaceId);
  query = userId
    ? query.where((eb) => eb.or([eb('shared', '=', 1), eb('user_id', '=', userId)]))
    : query.where('shared', '=', 1);
  const rows = await query.orderBy('name').orderBy('id').limit(500).execute();
  return rows.map(toReport);
}

/** Scheduled reports whose email is due, oldest first. */
export async function findDueReports(db: DbOrTrx, now: string, limit: number) {
  const rows = await db
    .selectFrom('reports')
    .selectAll()
    .where('next_run_at', 'is not', null)
    .where('next_run_at', '<=', now)
    .orderBy('next_run_at')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ workspaceId: row.workspace_id, report: toReport(row) }));
}

/** Moves a due report to its next run, unless another node already did: true for the one that did. */
export async function advanceReport(db: DbOrTrx, workspaceId: string, id: string, from: string, to: string) {
  const result = await db
    .updateTable('reports')
    .set({ next_run_at: to })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('next_run_at', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
