import type { Db } from '../../db/database.js';
import { forbidden, notFound } from '../../lib/errors.js';
import { nowIso, sha256 } from '../../lib/ids.js';
import type { Actor } from '../../lib/permissions.js';
import { forgetCachedActors } from './actors.js';
import {
  deleteSessionsOfUser,
  deleteUserSession,
  listUserSessions,
  setSessionClient,
} from './user-sessions.repository.js';

/**
 * The signed-in person's own sessions, in every workspace they sign in to. Ending one takes effect at
 * once on this node and, through the actor cache's lifetime (ACTOR_TTL_MS, five seconds), on the
 * others.
 */

function signedInPerson(actor: Actor, sessionToken: string | null) {
  if (!actor.userId || !sessionToken) throw forbidden('Only a signed-in person has sessions');
  return { userId: actor.userId, currentIdHash: sha256(sessionToken) };
}

export async function listSessions(db: Db, actor: Actor, sessionToken: string | null) {
  const { userId, currentIdHash } = signedInPerson(actor, sessionToken);
  const rows = await listUserSessions(db, userId, nowIso());
  return {
    data: rows.map((row) => ({
      id: row.public_id,
      current: row.id_hash === currentIdHash,
      workspace: { id: row.workspace_id, name: row.workspace_name },
      userAgent: row.user_agent,
      ip: row.ip,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
    })),
  };
}

/** Ends one of the person's sessions; another person's session does not exist for them (404). */
export async function endSession(db: Db, actor: Actor, sessionToken: string | null, id: string) {
  const { userId } = signedInPerson(actor, sessionToken);
  if (!(await deleteUserSession(db, userId, id))) throw notFound('Session');
  forgetCachedActors();
}

export async function endOtherSessions(db: Db, actor: Actor, sessionToken: string | null) {
  const { userId, currentIdHash } = signedInPerson(actor, sessionToken);
  const ended = await deleteSessionsOfUser(db, userId, currentIdHash);
  forgetCachedActors();
  return { ended };
}

/** Notes where a new session signed in from, so that the person can tell their sessions apart. */
export async function recordSessionClient(
  db: Db,
  sessionToken: string,
  client: { userAgent: string | undefined; ip: string },
) {
  await setSessionClient(db, sha256(sessionToken), {
    userAgent: client.userAgent ? client.userAgent.slice(0, 400) : null,
    ip: client.ip,
  });
}
