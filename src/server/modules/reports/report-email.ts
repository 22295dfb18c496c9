import { Readable } from 'node:stream';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { DocumentLocale } from '../../documents/document-model.js';
import { documentTexts, fillIn, isDocumentLocale } from '../../documents/document-texts.js';
import { DEFAULT_MAX_FILE_BYTES, type FileStore } from '../../files/file-store.js';
import { defineJob, enqueue, PermanentJobError } from '../../jobs/jobs.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { memberActor } from '../auth/actors.js';
import { insertFile, type StoredFile } from '../files/files.repository.js';
import { queueEmail, recipientLocale } from '../mail/mail.outbox.js';
import { reportCsv, reportPdf, reportTable } from './report-export.js';
import { runReport } from './report-run.js';
import { nextRunAt } from './report-schedule.js';
import { advanceReport, findDueReports, findReport, REPORT_ENTITY } from './reports.repository.js';
import type { SavedReport } from './reports.schemas.js';

/** A file's name from the report's: letters and digits of any script kept, the rest made dashes. */
const fileName = (report: SavedReport, format: string) =>
  `${report.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'report'}.${format}`;

/**
 * Runs a scheduled report as its creator (it counts only what they may read today) and emails it to
 * each recipient, the file in the recipient's language, kept with the report as a file of the
 * workspace. The files and the messages are written in one transaction.
 */
export async function sendScheduledReport(db: Db, files: FileStore, workspaceId: string, reportId: string) {
  const report = await findReport(db, workspaceId, reportId);
  if (!report?.schedule) return { sent: 0 };
  const actor = await memberActor(db, workspaceId, report.ownerId);
  if (!actor) throw new PermanentJobError('the report’s creator is no longer an active member');
  const { format, recipients, every } = report.schedule;
  const result = await runReport(db, actor, report.definition);
  const asOf = new Date();
  const locales = new Map<string, DocumentLocale>();
  for (const to of recipients) {
    const locale = await recipientLocale(db, workspaceId, to);
    locales.set(to, isDocumentLocale(locale) ? locale : 'en');
  }
  const stored = new Map<DocumentLocale, string>();
  const fileRows: StoredFile[] = [];
  for (const locale of new Set(locales.values())) {
    const table = reportTable(result, locale, format === 'csv');
    const bytes = format === 'csv' ? reportCsv(table) : await reportPdf(table, report.name, locale, asOf);
    const blob = await files.put(Readable.from([bytes]), {
      prefix: workspaceId,
      maxBytes: DEFAULT_MAX_FILE_BYTES,
    });
    const id = uuidv7();
    stored.set(locale, id);
    fileRows.push({
      id,
      recordType: REPORT_ENTITY,
      recordId: report.id,
      name: fileName(report, format),
      contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf',
      size: blob.size,
      sha256: blob.sha256,
      createdBy: report.ownerId,
      createdByName: null,
      createdAt: nowIso(),
      storageKey: blob.key,
      deletedAt: null,
    });
  }
  await db.transaction().execute(async (trx) => {
    for (const file of fileRows) await insertFile(trx, workspaceId, file);
    for (const [to, locale] of locales) {
      const texts = documentTexts(locale).report;
      const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(asOf);
      const values = { name: report.name, date, format: format.toUpperCase(), every: texts.every[every] };
      await queueEmail(trx, {
        workspaceId,
        to,
        locale,
        subject: fillIn(texts.subject, values),
        text: `${fillIn(texts.body, values)}\n\n${fillIn(texts.why, values)}\n`,
        attachmentFileIds: [stored.get(locale)!],
      });
    }
  });
  return { sent: locales.size };
}

export const sendReportJob = defineJob({
  type: 'reports.send',
  payload: z.object({ reportId: z.uuid() }),
  maxAttempts: 3,
  run: async ({ reportId }, { db, workspaceId, files }) => {
    if (!workspaceId) throw new PermanentJobError('a report is sent for a workspace');
    if (!files) throw new Error('the file store is needed to send a report');
    return sendScheduledReport(db, files, workspaceId, reportId);
  },
});

/**
 * Every five minutes: the reports whose email fell due, each queued once per period (of several nodes,
 * the one that moves the report to its next run queues it).
 */
export const scheduledReportsJob = defineJob({
  type: 'reports.schedules',
  payload: z.object({}),
  every: 5 * 60_000,
  maxAttempts: 1,
  run: async (_payload, { db }) => {
    let queued = 0;
    const now = new Date();
    for (const { workspaceId, report } of await findDueReports(db, now.toISOString(), 100)) {
      if (!report.schedule || !report.nextRunAt) continue;
      const next = nextRunAt(report.schedule.every, now);
      await db.transaction().execute(async (trx) => {
        if (!(await advanceReport(trx, workspaceId, report.id, report.nextRunAt!, next))) return;
        await enqueue(
          trx,
          sendReportJob,
          { reportId: report.id },
          { workspaceId, dedupeKey: `${report.id}@${report.nextRunAt}` },
        );
        queued++;
      });
    }
    return { queued };
  },
});
