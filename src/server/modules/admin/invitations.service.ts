import type { Db } from '../../db/database.js';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.js';
import { nowIso, randomToken, sha256, uuidv7 } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { createUserRecord, findUserByEmail } from '../auth/auth.repository.js';
import { startSession } from '../auth/auth.service.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { findMembership, findRole, insertMembership } from '../workspaces/workspaces.repository.js';
import { deleteInvitation, findOpenInvitationByTokenHash, insertInvitation, listInvitations, markInvitationAccepted } from './invitations.repository.js';

const INVITATION_DAYS = 7;

/** Creates an invitation; the link (with its secret token) is returned once, to be shared by the admin. */
export async function createInvitation(db: Db, actor: Actor, input: { email: string; roleId: string }) {
  authorize(actor, 'admin', 'create');
  if (!actor.userId) throw new AppError('forbidden', 'Invitations are sent by people, not API keys');
  const role = await findRole(db, actor.workspaceId, input.roleId);
  if (!role) throw invalid('roleId', 'no such role in this workspace');
  if (role.key === 'owner' && actor.roleKey !== 'owner') throw invalid('roleId', 'only an owner can invite another owner');
  const email = input.email.trim().toLowerCase();
  const existing = await findUserByEmail(db, email);
  if (existing && (await findMembership(db, actor.workspaceId, existing.id))) {
    throw conflict('email', 'this person is already a member of the workspace');
  }
  const token = randomToken(32);
  const id = uuidv7();
  const now = nowIso();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000).toISOString();
  await insertInvitation(db, { workspaceId: actor.workspaceId, id, email, roleId: role.id, tokenHash: sha256(token), invitedBy: actor.userId, expiresAt, now });
  return { id, email, roleId: role.id, expiresAt, token, path: `/accept-invitation?token=${token}` };
}

export async function previewInvitation(db: Db, token: string) {
  const invitation = await findOpenInvitationByTokenHash(db, sha256(token), nowIso());
  if (!invitation) throw notFound('Invitation (it may have expired or been used)');
  const existingUser = await findUserByEmail(db, invitation.email);
  return { email: invitation.email, workspaceName: invitation.workspace_name, existingAccount: Boolean(existingUser) };
}

/**
 * Joins the invited workspace. A new email gets an account; an existing account must prove its password.
 * One transaction: the invitation is used exactly once.
 */
export async function acceptInvitation(db: Db, input: { token: string; name: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const invitation = await findOpenInvitationByTokenHash(trx, sha256(input.token), now);
    if (!invitation) throw invalid('token', 'the invitation has expired or was already used');
    let user = await findUserByEmail(trx, invitation.email);
    if (user) {
      if (!(await verifyPassword(user.password_hash, input.password))) throw invalid('password', 'is wrong for the existing account');
    } else {
      await createUserRecord(trx, { id: uuidv7(), email: invitation.email, name: input.name, passwordHash, locale: 'en', now });
      user = (await findUserByEmail(trx, invitation.email))!;
    }
    if (!(await findMembership(trx, invitation.workspace_id, user.id))) {
      await insertMembership(trx, invitation.workspace_id, user.id, invitation.role_id, now);
    }
    await markInvitationAccepted(trx, invitation.workspace_id, invitation.id, now);
    return startSession(trx, user.id, invitation.workspace_id);
  });
}

export async function listWorkspaceInvitations(db: Db, actor: Actor) {
  authorize(actor, 'admin', 'read');
  return listInvitations(db, actor.workspaceId);
}

export async function revokeInvitation(db: Db, actor: Actor, id: string) {
  authorize(actor, 'admin', 'delete');
  if (!(await deleteInvitation(db, actor.workspaceId, id))) throw notFound('Invitation');
}
