import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { defineJob } from '../../jobs/jobs.js';
import { nowIso } from '../../lib/ids.js';
import { builtInPermissions, type Actor } from '../../lib/permissions.js';
import { publicUrl } from '../../lib/public-url.js';
import { changeRecord } from '../../records/record-service.js';
import { queueEmail } from '../mail/mail.outbox.js';
import { activityType } from './activities.record.js';
import { findMemberContact, listDueReminders } from './activities.repository.js';
import { reminderEmail } from './reminder-messages.js';

/** Reminders one run sends at most; the rest go with the next minute's run. */
const REMINDER_BATCH = 500;

/** The reminder job acts as the system, with every right, inside one workspace. */
const systemActor = (workspaceId: string): Actor => ({
  workspaceId,
  userId: null,
  apiKeyId: null,
  roleId: 'system',
  roleKey: null,
  permissions: builtInPermissions.owner,
  teamUserIds: [],
});

/**
 * Sends one activity's reminder, once. The activity is read under a row lock and marked reminded in
 * the transaction that queues the email, so of two nodes (or two overlapping runs) only the first
 * sends; the second finds it marked and does nothing. Marking it is a change of the record: the
 * owner's open tabs hear of it through the live events and show the reminder.
 */
export async function sendReminder(db: Db, workspaceId: string, id: string, now = nowIso()) {
  return db.transaction().execute(async (trx) => {
    const { after } = await changeRecord(trx, systemActor(workspaceId), activityType, id, (activity) =>
      activity.remindedAt === null &&
      activity.completedAt === null &&
      typeof activity.remindAt === 'string' &&
      activity.remindAt <= now
        ? { remindedAt: now }
        : {},
    );
    if (!after || !after.ownerId) return false;
    const member = await findMemberContact(trx, workspaceId, after.ownerId);
    if (!member) return true;
    const email = reminderEmail(
      member.locale,
      {
        subject: (after.subject as string | null) ?? '',
        dueAt: after.dueAt as string | null,
        body: after.body as string | null,
      },
      publicUrl(`/activities/${id}`),
    );
    await queueEmail(trx, { workspaceId, to: member.email, ...email });
    return true;
  });
}

/** Every minute: the reminders that fell due, each sent once. */
export const sendRemindersJob = defineJob({
  type: 'activities.send-reminders',
  payload: z.object({}),
  every: 60_000,
  maxAttempts: 1,
  run: async (_payload, { db, signal }) => {
    let sent = 0;
    for (const due of await listDueReminders(db, nowIso(), REMINDER_BATCH)) {
      if (signal.aborted) break;
      if (await sendReminder(db, due.workspace_id, due.id)) sent++;
    }
    return { sent };
  },
});
