import type { DbOrTrx } from '../../db/database.js';

/**
 * A person's sessions, across every workspace they sign in to: sessions belong to the account, so
 * these queries key on the user and never reach another person's rows.
 */

export async function listUserSessions(db: DbOrTrx, userId: string, now: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('workspaces', 'workspaces.id', 'sessions.workspace_id')
    .select([
      'sessions.id as id_hash',
      'sessions.public_id',
      'sessions.workspace_id',
      'workspaces.name as workspace_name',
      'sessions.user_agent',
      'sessions.ip',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
    ])
    .where('sessions.user_id', '=', userId)
    .where('sessions.expires_at', '>', now)
    .orderBy('sessions.created_at', 'desc')
    .orderBy('sessions.public_id', 'desc')
    .execute();
}

/** Ends one of the user's sessions by its public id; false when the user has no such session. */
export async function deleteUserSession(db: DbOrTrx, userId: string, publicId: string) {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('public_id', '=', publicId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Ends every session of the user except the one whose token hashes to `keepIdHash` (all when null). */
export async function deleteSessionsOfUser(db: DbOrTrx, userId: string, keepIdHash: string | null) {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepIdHash) query = query.where('id', '!=', keepIdHash);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Notes the client a session was started from (at sign-in). */
export async function setSessionClient(
  db: DbOrTrx,
  idHash: string,
  client: { userAgent: string | null; ip: string | null },
) {
  await db
    .updateTable('sessions')
    .set({ user_agent: client.userAgent, ip: client.ip })
    .where('id', '=', idHash)
    .execute();
}

export async function touchSession(db: DbOrTrx, idHash: string, now: string) {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', idHash).execute();
}
