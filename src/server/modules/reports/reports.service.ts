import type { Db, DbOrTrx } from '../../db/database.js';
import { forbidden } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { loadPersonalSetting } from '../../lib/personal-settings.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { nextRunAt } from './report-schedule.js';
import { runReport } from './report-run.js';
import { reportFields } from './report-fields.js';
import {
  deleteReportRow,
  findReport,
  insertReport,
  listVisibleReports,
  REPORT_ENTITY,
  updateReportRow,
} from './reports.repository.js';
import type {
  ReportContext,
  ReportInput,
  ReportPatch,
  ReportSchedule,
  SavedReport,
} from './reports.schemas.js';

/**
 * Saved reports are personal settings like saved list views (the `views` permission module): anyone
 * may save one, shared ones are listed for everyone, only their creator or an admin changes them.
 * Running one counts only what the person running it may read.
 */

const scheduleTime = (schedule: ReportSchedule | null) =>
  schedule ? nextRunAt(schedule.every, new Date()) : null;

export async function listReports(db: Db, actor: Actor) {
  authorize(actor, 'views', 'read');
  return { data: await listVisibleReports(db, actor.workspaceId, actor.userId), nextCursor: null };
}

const loadReport = (
  db: DbOrTrx,
  actor: Actor,
  id: string,
  action: 'read' | 'update' | 'delete',
  lock = false,
) => loadPersonalSetting(actor, action, 'Report', () => findReport(db, actor.workspaceId, id, lock));

export const getReport = (db: Db, actor: Actor, id: string) => loadReport(db, actor, id, 'read');

export async function createReport(db: Db, actor: Actor, input: ReportInput) {
  authorize(actor, 'views', 'create');
  if (!actor.userId) throw forbidden('Saved reports belong to people; sign in to save one');
  // A report is saved only if it runs: unknown fields and aggregates that do not apply are refused.
  await runReport(db, actor, input.definition);
  const now = nowIso();
  const report: SavedReport = {
    id: uuidv7(),
    ...input,
    ownerId: actor.userId,
    nextRunAt: scheduleTime(input.schedule),
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction().execute(async (trx) => {
    await insertReport(trx, actor.workspaceId, report);
    await recordAudit(trx, actor, REPORT_ENTITY, report.id, 'create', diffRecords(null, report));
  });
  return report;
}

export async function updateReport(db: Db, actor: Actor, id: string, patch: ReportPatch) {
  if (patch.definition) await runReport(db, actor, patch.definition);
  return db.transaction().execute(async (trx) => {
    const before = await loadReport(trx, actor, id, 'update', true);
    const after: SavedReport = {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)),
      updatedAt: nowIso(),
    };
    if (patch.schedule !== undefined) after.nextRunAt = scheduleTime(after.schedule);
    const changes = diffRecords(before, after);
    await updateReportRow(trx, actor.workspaceId, after);
    await recordAudit(trx, actor, REPORT_ENTITY, id, 'update', changes);
    return after;
  });
}

export async function deleteReport(db: Db, actor: Actor, id: string) {
  await db.transaction().execute(async (trx) => {
    const before = await loadReport(trx, actor, id, 'delete', true);
    await deleteReportRow(trx, actor.workspaceId, id);
    await recordAudit(trx, actor, REPORT_ENTITY, id, 'delete', diffRecords(before, null));
  });
}

export async function runSavedReport(db: Db, actor: Actor, id: string, context?: ReportContext) {
  const report = await loadReport(db, actor, id, 'read');
  return runReport(db, actor, report.definition, context);
}

export { runReport, reportFields };
