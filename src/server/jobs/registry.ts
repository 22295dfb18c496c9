import type { JobDefinition } from './jobs.js';
import { webhookDeliveryJob } from '../modules/webhooks/webhooks.delivery.js';
import { deliverEmailJob } from '../modules/mail/mail.delivery.js';
import { sendPasswordResetJob } from '../modules/auth/password-reset.service.js';
import { pollMailboxesJob, pollMailboxJob } from '../modules/mail/mailboxes.poll.js';
import { pruneJob } from './housekeeping.js';
import { filesDirectory } from '../files/file-store.js';
import { localFileStore } from '../files/local-file-store.js';
import { importJobDefinition } from '../modules/imports/imports.runner.js';
import { bulkJob } from '../records/record-bulk.js';
import { analysisRunJob, scheduledAnalysesJob } from '../modules/customer-value/customer-value.job.js';
import { sendRemindersJob } from '../modules/activities/activities.reminders.js';
import { scheduledReportsJob, sendReportJob } from '../modules/reports/report-email.js';

/** Every job type the server runs; a worker claims only the types listed here. */
export const JOB_DEFINITIONS: readonly JobDefinition[] = [
  pruneJob,
  webhookDeliveryJob,
  deliverEmailJob,
  sendPasswordResetJob,
  pollMailboxesJob,
  pollMailboxJob,
  // The store the server keeps uploads in (app.ts uses the same one by default).
  importJobDefinition(localFileStore(filesDirectory())),
  bulkJob,
  sendRemindersJob,
  scheduledReportsJob,
  sendReportJob,
  analysisRunJob,
  scheduledAnalysesJob,
];
