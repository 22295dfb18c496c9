import type { JobDefinition } from './jobs.js';
import { webhookDeliveryJob } from '../modules/webhooks/webhooks.delivery.js';
import { deliverEmailJob } from '../modules/mail/mail.delivery.js';
import { pollMailboxesJob, pollMailboxJob } from '../modules/mail/mailboxes.poll.js';
import { pruneJob } from './housekeeping.js';

/** Every job type the server runs; a worker claims only the types listed here. */
export const JOB_DEFINITIONS: readonly JobDefinition[] = [
  pruneJob,
  webhookDeliveryJob,
  deliverEmailJob,
  pollMailboxesJob,
  pollMailboxJob,
];
