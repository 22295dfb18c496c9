import type { Db, DbOrTrx } from '../../db/database.js';
import { AppError, forbidden, invalid } from '../../lib/errors.js';
import { nowIso, randomToken, sha256 } from '../../lib/ids.js';
import type { Actor } from '../../lib/permissions.js';
import { newTotpSecret, otpauthUrl, verifyTotp } from '../../lib/totp.js';
import { findMembership, findRole, teammateIds } from '../workspaces/workspaces.repository.js';
import { createWorkspace } from '../workspaces/workspaces.service.js';
import { findActiveApiKeyByHash, touchApiKey } from './api-keys.repository.js';
import {
  countFailedLogins,
  deleteSession,
  findSession,
  findUserByEmail,
  findUserById,
  firstWorkspaceOf,
  insertSession,
  recordLoginAttempt,
  updateUser,
} from './auth.repository.js';
import { verifyPassword } from './passwords.js';

export const SESSION_DAYS = 14;
const THROTTLE_WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_IP = 30;

export interface SessionInfo {
  token: string;
  csrfToken: string;
  expiresAt: string;
  userId: string;
  workspaceId: string;
}

export async function startSession(db: DbOrTrx, userId: string, workspaceId: string): Promise<SessionInfo> {
  const token = randomToken(32);
  const csrfToken = randomToken(24);
  const now = nowIso();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  await insertSession(db, { idHash: sha256(token), userId, workspaceId, csrfToken, expiresAt, now });
  return { token, csrfToken, expiresAt, userId, workspaceId };
}

export async function signUp(
  db: Db,
  input: { workspaceName: string; name: string; email: string; password: string; locale: string },
): Promise<SessionInfo> {
  const { workspaceId, userId } = await createWorkspace(db, {
    name: input.workspaceName,
    ownerEmail: input.email,
    ownerPassword: input.password,
    ownerName: input.name,
    locale: input.locale,
  });
  return startSession(db, userId, workspaceId);
}

/**
 * Checks an email + password (+ TOTP code when enabled) with throttling, recording each attempt. Used by
 * sign-in and by accepting an invitation with an existing account, so neither path can be brute-forced
 * or skip two-factor.
 */
export async function authenticate(
  db: Db,
  input: { email: string; password: string; totpCode?: string | undefined },
  ip: string,
) {
  const email = input.email.trim().toLowerCase();
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS).toISOString();
  const failures = await countFailedLogins(db, email, ip, since);
  if (failures.byEmail >= MAX_FAILURES_PER_EMAIL || failures.byIp >= MAX_FAILURES_PER_IP) {
    throw new AppError('too_many_requests', 'Too many failed sign-in attempts; try again in 15 minutes');
  }
  const user = await findUserByEmail(db, email);
  const passwordOk = user ? await verifyPassword(user.password_hash, input.password) : false;
  if (!user || !passwordOk) {
    await recordLoginAttempt(db, email, ip, false, nowIso());
    throw new AppError('unauthenticated', 'Email or password is wrong', [
      { field: 'password', message: 'Email or password is wrong' },
    ]);
  }
  if (user.totp_enabled && user.totp_secret) {
    if (!input.totpCode) {
      throw new AppError('two_factor_required', 'Enter the code from your authenticator app', [
        { field: 'totpCode', message: 'required' },
      ]);
    }
    if (!verifyTotp(user.totp_secret, input.totpCode)) {
      await recordLoginAttempt(db, email, ip, false, nowIso());
      throw new AppError('unauthenticated', 'The two-factor code is wrong', [
        { field: 'totpCode', message: 'is wrong' },
      ]);
    }
  }
  await recordLoginAttempt(db, email, ip, true, nowIso());
  return user;
}

export async function signIn(
  db: Db,
  input: { email: string; password: string; totpCode?: string | undefined },
  ip: string,
): Promise<SessionInfo> {
  const user = await authenticate(db, input, ip);
  const membership = await firstWorkspaceOf(db, user.id);
  if (!membership) throw forbidden('This account no longer belongs to a workspace');
  return startSession(db, user.id, membership.workspace_id);
}

export async function signOut(db: Db, token: string) {
  await deleteSession(db, sha256(token));
  actorCache.clear();
}

// Actors are cached for a few seconds so that a burst of API calls costs one lookup, not three each.
// A revoked key or changed role takes effect within ACTOR_TTL_MS on every node.
const ACTOR_TTL_MS = 5_000;
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

export async function actorFromSession(db: Db, token: string) {
  const idHash = sha256(token);
  const cached = actorCache.get(idHash);
  if (cached && cached.expires > Date.now()) return cached;
  const session = await findSession(db, idHash, nowIso());
  if (!session) return null;
  const membership = await findMembership(db, session.workspace_id, session.user_id);
  if (!membership || !membership.active) return null;
  const actor = await buildActor(db, session.workspace_id, membership.role_id, session.user_id, null);
  if (!actor) return null;
  const entry = { actor, csrfToken: session.csrf_token, expires: Date.now() + ACTOR_TTL_MS };
  actorCache.set(idHash, entry);
  return entry;
}

export async function actorFromApiKey(db: Db, key: string) {
  const keyHash = sha256(key);
  const cached = actorCache.get(keyHash);
  if (cached && cached.expires > Date.now()) return cached;
  const apiKey = await findActiveApiKeyByHash(db, keyHash);
  if (!apiKey) return null;
  const actor = await buildActor(db, apiKey.workspace_id, apiKey.role_id, null, apiKey.id);
  if (!actor) return null;
  await touchApiKey(db, apiKey.workspace_id, apiKey.id, nowIso());
  const entry = { actor, csrfToken: null, expires: Date.now() + ACTOR_TTL_MS };
  actorCache.set(keyHash, entry);
  return entry;
}

export async function currentUser(db: Db, actor: Actor) {
  if (!actor.userId) return null;
  return (await findUserById(db, actor.userId)) ?? null;
}

export async function updateProfile(
  db: Db,
  actor: Actor,
  patch: { name?: string | undefined; locale?: string | undefined; timeZone?: string | null | undefined },
) {
  if (!actor.userId) throw forbidden('API keys have no profile');
  await updateUser(db, actor.userId, {
    ...(patch.name !== undefined && { name: patch.name }),
    ...(patch.locale !== undefined && { locale: patch.locale }),
    ...(patch.timeZone !== undefined && { time_zone: patch.timeZone }),
    updated_at: nowIso(),
  });
}

/** Step 1 of two-factor set-up: a fresh secret, not active until a code from it is confirmed. */
export async function beginTotpSetup(db: Db, actor: Actor) {
  const user = await currentUser(db, actor);
  if (!user) throw forbidden('Only people can set up two-factor sign-in');
  const secret = newTotpSecret();
  await updateUser(db, user.id, { totp_secret: secret, totp_enabled: 0, updated_at: nowIso() });
  return { secret, otpauthUrl: otpauthUrl(secret, user.email) };
}

export async function setTotpEnabled(db: Db, actor: Actor, code: string, enabled: boolean) {
  const user = await currentUser(db, actor);
  if (!user?.totp_secret) throw invalid('code', 'start two-factor set-up first');
  if (!verifyTotp(user.totp_secret, code)) throw invalid('code', 'is wrong');
  await updateUser(db, user.id, {
    totp_enabled: enabled ? 1 : 0,
    totp_secret: enabled ? user.totp_secret : null,
    updated_at: nowIso(),
  });
}
