import type { z } from 'zod';
import type { Db } from '../../db/database.js';
import { forbidden } from '../../lib/errors.js';
import { nowIso, sha256 } from '../../lib/ids.js';
import type { Actor } from '../../lib/permissions.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { actorFromSession, forgetCachedActors } from './actors.js';
import { deleteSession, findUserById, firstWorkspaceOf, updateUser } from './auth.repository.js';
import { localeSchema, type sessionResponse } from './auth.schemas.js';
import { authenticate, startSession, type Credentials, type SessionInfo } from './sessions.js';

export async function signIn(db: Db, input: Credentials, ip: string): Promise<SessionInfo> {
  const user = await authenticate(db, input, ip);
  const membership = await firstWorkspaceOf(db, user.id);
  if (!membership) throw forbidden('This account no longer belongs to a workspace');
  return startSession(db, user.id, membership.workspace_id);
}

export async function signOut(db: Db, token: string) {
  await deleteSession(db, sha256(token));
  forgetCachedActors();
}

/** The signed-in user, workspace and permissions behind a session token; null when it is not live. */
export async function describeSession(
  db: Db,
  token: string,
): Promise<z.infer<typeof sessionResponse> | null> {
  const resolved = await actorFromSession(db, token);
  if (!resolved?.actor.userId) return null;
  const [user, workspace] = await Promise.all([
    findUserById(db, resolved.actor.userId),
    findWorkspace(db, resolved.actor.workspaceId),
  ]);
  if (!user || !workspace) return null;
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: localeSchema.catch('en').parse(user.locale),
      timeZone: user.time_zone,
      totpEnabled: Boolean(user.totp_enabled),
    },
    workspace: {
      id: workspace.id,
      name: workspace.name,
      defaultCurrency: workspace.default_currency,
      defaultLocale: workspace.default_locale,
    },
    role: { key: resolved.actor.roleKey },
    permissions: resolved.actor.permissions,
    teamUserIds: resolved.actor.teamUserIds,
    csrfToken: resolved.csrfToken ?? '',
  };
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
