import type { Db, DbOrTrx } from '../../db/database.js';
import { nowIso, sha256 } from '../../lib/ids.js';
import type { Actor } from '../../lib/permissions.js';
import { findMembership, findRole, teammateIds } from '../workspaces/workspaces.repository.js';
import { findActiveApiKeyByHash, touchApiKey } from './api-keys.repository.js';
import { findSession } from './auth.repository.js';
import { assertAddressAllowed, recordFailedCredential } from './sign-in-throttle.js';
import { touchSession } from './user-sessions.repository.js';

/**
 * Who is calling: API keys and session cookies resolved to actors (role, permissions, teammates) for
 * the request context, which app.ts wires to these functions. Services that change roles, members,
 * teams or keys call `forgetCachedActors`.
 */

// Actors are cached for a few seconds so that a burst of API calls costs one lookup, not three each.
// A revoked key, changed role or ended session takes effect at once on the node that made the change
// (it calls forgetCachedActors) and within ACTOR_TTL_MS on every other node.
export const ACTOR_TTL_MS = 5_000;
// A session's "last seen" time is written at most this often, not on every request.
const LAST_SEEN_PRECISION_MS = 60_000;
const actorCache = new Map<string, { actor: Actor; csrfToken: string | null; expires: number }>();

export const forgetCachedActors = () => actorCache.clear();

async function buildActor(
  db: DbOrTrx,
  workspaceId: string,
  roleId: string,
  userId: string | null,
  apiKeyId: string | null,
) {
  const role = await findRole(db, workspaceId, roleId);
  if (!role) return null;
  return {
    workspaceId,
    userId,
    apiKeyId,
    roleId: role.id,
    roleKey: role.key,
    permissions: role.permissions,
    teamUserIds: userId ? await teammateIds(db, workspaceId, userId) : [],
  } satisfies Actor;
}

/** An active member of a workspace as an actor (a job acting for them: a scheduled report); null otherwise. */
export async function memberActor(db: DbOrTrx, workspaceId: string, userId: string) {
  const membership = await findMembership(db, workspaceId, userId);
  if (!membership?.active) return null;
  return buildActor(db, workspaceId, membership.role_id, userId, null);
}

export async function actorFromSession(db: Db, token: string, idHash = sha256(token)) {
  const cached = actorCache.get(idHash);
  if (cached && cached.expires > Date.now()) return cached;
  const now = nowIso();
  const session = await findSession(db, idHash, now);
  if (!session) return null;
  if (!session.last_seen_at || Date.parse(now) - Date.parse(session.last_seen_at) >= LAST_SEEN_PRECISION_MS)
    await touchSession(db, idHash, now);
  const membership = await findMembership(db, session.workspace_id, session.user_id);
  if (!membership || !membership.active) return null;
  const actor = await buildActor(db, session.workspace_id, membership.role_id, session.user_id, null);
  if (!actor) return null;
  const entry = { actor, csrfToken: session.csrf_token, expires: Date.now() + ACTOR_TTL_MS };
  actorCache.set(idHash, entry);
  return entry;
}

/**
 * The actor behind a session cookie. A cookie that matches no live session counts as a failed
 * authentication of the client address, and is refused (429) once the address is over its limit. A
 * live session is never refused for its address, so people behind one shared address keep working.
 */
export async function actorFromSessionCookie(db: Db, token: string, ip: string, tokenHash = sha256(token)) {
  const resolved = await actorFromSession(db, token, tokenHash);
  if (resolved) return resolved;
  await assertAddressAllowed(db, ip);
  await recordFailedCredential(db, 'session', ip);
  return null;
}

/**
 * The actor behind an API key. A key not seen in the last seconds is looked up only while the client
 * address is under its limit of failed authentications (429 otherwise), and an unknown or revoked key
 * counts against the address: random keys cost an attacker's address its access, not us the work.
 */
export async function actorFromApiKey(db: Db, key: string, ip: string, keyHash = sha256(key)) {
  const cached = actorCache.get(keyHash);
  if (cached && cached.expires > Date.now()) return cached;
  await assertAddressAllowed(db, ip);
  const apiKey = await findActiveApiKeyByHash(db, keyHash);
  if (!apiKey) {
    await recordFailedCredential(db, 'api_key', ip);
    return null;
  }
  const actor = await buildActor(db, apiKey.workspace_id, apiKey.role_id, null, apiKey.id);
  if (!actor) return null;
  await touchApiKey(db, apiKey.workspace_id, apiKey.id, nowIso());
  const entry = { actor, csrfToken: null, expires: Date.now() + ACTOR_TTL_MS };
  actorCache.set(keyHash, entry);
  return entry;
}
