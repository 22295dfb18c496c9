import type { DbOrTrx } from '../../db/database.js';

/**
 * One owner's open activities due in `[from, to)`, soonest first: a walk down the open activities'
 * partial index `(workspace_id, owner_id, due_at, id)` that stops after `limit` rows. Every type with a
 * due time and no completion is open work (a meeting is marked held), so no row is skipped.
 */
export async function listOpenDue(
  db: DbOrTrx,
  workspaceId: string,
  ownerId: string,
  range: { from: string | null; to: string | null; limit: number },
) {
  let query = db
    .selectFrom('activities')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('owner_id', '=', ownerId)
    .where('completed_at', 'is', null)
    .where('deleted_at', 'is', null)
    .where('due_at', 'is not', null);
  if (range.from) query = query.where('due_at', '>=', range.from);
  if (range.to) query = query.where('due_at', '<', range.to);
  return query.orderBy('due_at').orderBy('id').limit(range.limit).execute();
}

/**
 * Activities of one owner for a calendar: open planned ones, and those due or done from `since` on.
 * Bounded, newest due first.
 */
export async function listCalendarActivities(
  db: DbOrTrx,
  workspaceId: string,
  ownerId: string,
  since: string,
  limit: number,
) {
  return db
    .selectFrom('activities')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('owner_id', '=', ownerId)
    .where('deleted_at', 'is', null)
    .where('type', 'in', ['task', 'meeting'])
    .where('due_at', '>=', since)
    .orderBy('due_at', 'desc')
    .limit(limit)
    .execute();
}

/** Reminders due by `now` and not yet sent, oldest first, of every workspace. */
export async function listDueReminders(db: DbOrTrx, now: string, limit: number) {
  return db
    .selectFrom('activities')
    .select(['workspace_id', 'id'])
    .where('remind_at', '<=', now)
    .where('remind_at', 'is not', null)
    .where('reminded_at', 'is', null)
    .where('completed_at', 'is', null)
    .where('deleted_at', 'is', null)
    .orderBy('remind_at')
    .limit(limit)
    .execute();
}

/** The member an activity's reminder goes to: address, language and name. */
export async function findMemberContact(db: DbOrTrx, workspaceId: string, userId: string) {
  return db
    .selectFrom('users')
    .innerJoin('memberships', 'memberships.user_id', 'users.id')
    .select(['users.email', 'users.locale', 'users.name'])
    .where('memberships.workspace_id', '=', workspaceId)
    .where('memberships.active', '=', 1)
    .where('users.id', '=', userId)
    .executeTakeFirst();
}

/** The names and addresses of people and members, for a meeting's attendees. */
export async function findAttendeeContacts(
  db: DbOrTrx,
  workspaceId: string,
  attendees: { type: 'person' | 'member'; id: string }[],
) {
  const personIds = attendees.filter((a) => a.type === 'person').map((a) => a.id);
  const memberIds = attendees.filter((a) => a.type === 'member').map((a) => a.id);
  const people = personIds.length
    ? await db
        .selectFrom('people')
        .select(['id', 'first_name', 'last_name', 'primary_email'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', personIds)
        .execute()
    : [];
  const members = memberIds.length
    ? await db.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', memberIds).execute()
    : [];
  return { people, members };
}

export async function findCalendarFeedUser(db: DbOrTrx, tokenHash: string) {
  return db
    .selectFrom('calendar_feeds')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'calendar_feeds.workspace_id')
        .onRef('memberships.user_id', '=', 'calendar_feeds.user_id'),
    )
    .innerJoin('users', 'users.id', 'calendar_feeds.user_id')
    .select(['calendar_feeds.workspace_id', 'calendar_feeds.user_id', 'memberships.active', 'users.name'])
    .where('calendar_feeds.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function findCalendarFeed(db: DbOrTrx, workspaceId: string, userId: string) {
  return db
    .selectFrom('calendar_feeds')
    .select(['created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Sets the member's feed to a new secret (the old address stops working at once). */
export async function replaceCalendarFeed(
  db: DbOrTrx,
  feed: { workspaceId: string; userId: string; tokenHash: string; now: string },
) {
  await db
    .deleteFrom('calendar_feeds')
    .where('workspace_id', '=', feed.workspaceId)
    .where('user_id', '=', feed.userId)
    .execute();
  await db
    .insertInto('calendar_feeds')
    .values({
      workspace_id: feed.workspaceId,
      user_id: feed.userId,
      token_hash: feed.tokenHash,
      created_at: feed.now,
    })
    .execute();
}

export async function deleteCalendarFeed(db: DbOrTrx, workspaceId: string, userId: string) {
  await db
    .deleteFrom('calendar_feeds')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .execute();
}
