import type { Db, DbOrTrx } from '../../db/database.js';
import { AppError, forbidden } from '../../lib/errors.js';
import { nowIso, randomToken, sha256 } from '../../lib/ids.js';
import type { Actor } from '../../lib/permissions.js';
import { findMembership, findRole, teammateIds } from '../workspaces/workspaces.repository.js';
import { findActiveApiKeyByHash, touchApiKey } from './api-keys.repository.js';
import {
  deleteSession,
  findSession,
  findUserByEmail,
  findUserById,
  firstWorkspaceOf,
  insertSession,
  updateUser,
} from './auth.repository.js';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './passwords.js';
import { acceptRecoveryCode, acceptTotpCode } from './second-factor.js';
import {
  assertAddressAllowed,
  assertAttemptAllowed,
  beginAttempt,
  recordFailedCredential,
} from './sign-in-throttle.js';

export const SESSION_DAYS = 14;

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

export interface Credentials {
  email: string;
  password: string;
  /** Needed when two-factor sign-in is on, unless a recovery code is given instead. */
  totpCode?: string | undefined;
  recoveryCode?: string | undefined;
}

/**
 * Checks an email + password (+ a TOTP or recovery code when two-factor sign-in is on), throttled, each
 * attempt recorded. Used by sign-in and by accepting an invitation with an existing account, so neither
 * path can be brute-forced or skip two-factor. An unknown email costs the same password check as a
 * known one, so neither the answer nor its timing tells whether an account exists.
 */
export async function authenticate(db: Db, input: Credentials, ip: string) {
  const email = input.email.trim().toLowerCase();
  await assertAttemptAllowed(db, email, ip);
  const attempt = await beginAttempt(db, { kind: 'sign_in', email, ip });
  const user = await findUserByEmail(db, email);
  const passwordOk = await verifyPassword(user?.password_hash ?? DUMMY_PASSWORD_HASH, input.password);
  if (!user || !passwordOk) {
    throw new AppError('unauthenticated', 'Email or password is wrong', [
      { field: 'password', message: 'Email or password is wrong' },
    ]);
  }
  if (user.totp_enabled && user.totp_secret) {
    if (!input.totpCode && !input.recoveryCode) {
      // The password was right: asking for the code is a step of signing in, not a failure.
      await attempt.undecided();
      throw new AppError('two_factor_required', 'Enter the code from your authenticator app', [
        { field: 'totpCode', message: 'required' },
      ]);
    }
    const accepted = input.recoveryCode
      ? await acceptRecoveryCode(db, user, input.recoveryCode)
      : await acceptTotpCode(db, user, input.totpCode!);
    if (!accepted) {
      const [field, detail] = input.recoveryCode
        ? ['recoveryCode', 'The recovery code is wrong or was used already']
        : ['totpCode', 'The two-factor code is wrong'];
      throw new AppError('unauthenticated', detail, [{ field, message: 'is wrong' }]);
    }
  }
  await attempt.succeeded();
  return user;
}

export async function signIn(db: Db, input: Credentials, ip: string): Promise<SessionInfo> {
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

/**
 * The actor behind a session cookie. A cookie that matches no live session counts as a failed
 * authentication of the client address, and is refused (429) once the address is over its limit. A
 * live session is never refused for its address, so people behind one shared address keep working.
 */
export async function actorFromSessionCookie(db: Db, token: string, ip: string) {
  const resolved = await actorFromSession(db, token);
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
export async function actorFromApiKey(db: Db, key: string, ip: string) {
  const keyHash = sha256(key);
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
