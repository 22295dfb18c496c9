import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { AppError, invalid, notFound } from '../../lib/errors.js';
import { nowIso } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { publicUrl } from '../../lib/public-url.js';
import { getRecord, present } from '../../records/record-service.js';
import { toRecord, type StoredRecord } from '../../records/record-store.js';
import { activityType } from './activities.record.js';
import {
  deleteCalendarFeed,
  findAttendeeContacts,
  findCalendarFeed,
  findCalendarFeedUser,
  listCalendarActivities,
  listOpenDue,
  replaceCalendarFeed,
} from './activities.repository.js';
import { calendarText, type CalendarEntry } from './icalendar.js';
import { instantOf, wallTimeOf } from './recurrence.js';

/** How many activities each part of "My day" shows; the page says when there are more. */
export const MY_DAY_LIMIT = 100;
const UPCOMING_DAYS = 7;

/** The instant a calendar day starts in a zone, `days` after the day of `now`. */
function dayStart(now: number, timeZone: string, days: number) {
  const wall = wallTimeOf(now, timeZone);
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  const start = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  return new Date(instantOf({ ...start, hour: 0, minute: 0, second: 0 }, timeZone)).toISOString();
}

/**
 * The caller's open tasks, calls and meetings (activities with a due time not yet done; a meeting is
 * done once marked held): overdue (due before today), today, and the next seven days, each soonest
 * first, in the caller's time zone.
 */
export async function getMyDay(db: Db, actor: Actor, timeZone: string, now = Date.now()) {
  authorize(actor, 'activities', 'read');
  if (!actor.userId) throw new AppError('forbidden', 'My day belongs to a member; API keys have none');
  const today = dayStart(now, timeZone, 0);
  const tomorrow = dayStart(now, timeZone, 1);
  const later = dayStart(now, timeZone, 1 + UPCOMING_DAYS);
  const part = async (from: string | null, to: string) => {
    const rows = await listOpenDue(db, actor.workspaceId, actor.userId!, {
      from,
      to,
      limit: MY_DAY_LIMIT + 1,
    });
    const records = rows.slice(0, MY_DAY_LIMIT).map((row) => toRecord(activityType, row));
    return { data: await present(db, activityType, actor, records), more: rows.length > MY_DAY_LIMIT };
  };
  const [overdue, todays, upcoming] = await Promise.all([
    part(null, today),
    part(today, tomorrow),
    part(tomorrow, later),
  ]);
  return { timeZone, today: today, overdue, todays, upcoming };
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const feedUrl = (token: string) => publicUrl(`/api/v1/calendar/${token}.ics`);

export async function getCalendarFeedState(db: Db, actor: Actor) {
  if (!actor.userId) throw new AppError('forbidden', 'Calendar feeds belong to members');
  const feed = await findCalendarFeed(db, actor.workspaceId, actor.userId);
  return { active: Boolean(feed), createdAt: feed?.created_at ?? null };
}

/**
 * A new secret address for the member's calendar; the previous one answers 404 from now on. Only its
 * hash is kept: the address is shown this once.
 */
export async function rotateCalendarFeed(db: Db, actor: Actor) {
  authorize(actor, 'activities', 'read');
  if (!actor.userId) throw new AppError('forbidden', 'Calendar feeds belong to members');
  const token = randomBytes(32).toString('base64url');
  const now = nowIso();
  await db.transaction().execute((trx) =>
    replaceCalendarFeed(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId!,
      tokenHash: hashToken(token),
      now,
    }),
  );
  return { active: true, createdAt: now, url: feedUrl(token) };
}

export async function removeCalendarFeed(db: Db, actor: Actor) {
  if (!actor.userId) throw new AppError('forbidden', 'Calendar feeds belong to members');
  await deleteCalendarFeed(db, actor.workspaceId, actor.userId);
}

async function toEntries(db: Db, workspaceId: string, activities: StoredRecord[]): Promise<CalendarEntry[]> {
  const attendees = activities.flatMap((a) => a.attendees as { type: 'person' | 'member'; id: string }[]);
  const { people, members } = await findAttendeeContacts(db, workspaceId, attendees);
  const contact = (attendee: { type: 'person' | 'member'; id: string }) => {
    if (attendee.type === 'member') {
      const member = members.find((m) => m.id === attendee.id);
      return { name: member?.name ?? null, email: member?.email ?? null };
    }
    const person = people.find((p) => p.id === attendee.id);
    const name = person ? `${person.first_name} ${person.last_name}`.trim() : null;
    return { name, email: person?.primary_email ?? null };
  };
  return activities.map((activity) => ({
    uid: `${activity.id}@rapport`,
    kind: activity.type === 'meeting' ? 'event' : 'todo',
    summary: (activity.subject as string | null) ?? '',
    description: activity.body as string | null,
    location: activity.location as string | null,
    start: activity.dueAt as string,
    end: activity.endAt as string | null,
    completed: activity.completedAt as string | null,
    updatedAt: activity.updatedAt,
    version: activity.version,
    priority: activity.priority as CalendarEntry['priority'],
    attendees: (activity.attendees as { type: 'person' | 'member'; id: string }[]).map(contact),
    url: publicUrl(`/activities/${activity.id}`),
  }));
}

/** Feeds reach this far back, and hold at most this many entries. */
const FEED_DAYS_BACK = 90;
const FEED_LIMIT = 2_000;

/** The member's meetings and tasks as iCalendar, for the secret address; null when it is unknown. */
export async function calendarFeedText(db: Db, token: string) {
  const feed = await findCalendarFeedUser(db, hashToken(token));
  if (!feed || !feed.active) return null;
  const since = new Date(Date.now() - FEED_DAYS_BACK * 24 * 60 * 60_000).toISOString();
  const rows = await listCalendarActivities(db, feed.workspace_id, feed.user_id, since, FEED_LIMIT);
  const entries = await toEntries(
    db,
    feed.workspace_id,
    rows.map((row) => toRecord(activityType, row)),
  );
  return calendarText(`Rapport — ${feed.name}`, entries, nowIso());
}

/** One meeting as an .ics file, for whoever may read it. */
export async function meetingIcs(db: Db, actor: Actor, id: string) {
  const meeting = (await getRecord(db, actor, activityType, id)) as StoredRecord;
  if (meeting.type !== 'meeting') throw invalid('id', 'is not a meeting');
  if (meeting.deletedAt) throw notFound('Activity');
  const [entry] = await toEntries(db, actor.workspaceId, [meeting]);
  return calendarText((meeting.subject as string | null) ?? 'Rapport', [entry!], nowIso());
}
