import type { Db } from '../../db/database.js';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.js';
import { nowIso, randomToken, sha256, uuidv7 } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { insertAuditEntry } from '../audit/audit.repository.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { createUserRecord, findUserByEmail } from '../auth/auth.repository.js';
import { hashPassword } from '../auth/passwords.js';
import { authenticate, startSession } from '../auth/sessions.js';
import { findMembership, findRole, insertMembership } from '../workspaces/workspaces.repository.js';
import {
  deleteInvitation,
  findInvitation,
  findOpenInvitationByTokenHash,
  insertInvitation,
  listInvitations,
  markInvitationAccepted,
} from './invitations.repository.js';
import { ensure, mayGrantRole } from './grant.policy.js';
import type { Invitation } from './invitations.schemas.js';

const INVITATION_DAYS = 7;
const ENTITY = 'invitation';

/**
 * Creates an invitation with a role within the inviter's own rights; the link (with its secret token)
 * is returned once, to be shared by the admin.
 */
export async function createInvitation(db: Db, actor: Actor, input: { email: string; roleId: string }) {
  authorize(actor, 'admin', 'create');
  if (!actor.userId) throw new AppError('forbidden', 'Invitations are sent by people, not API keys');
  const role = await findRole(db, actor.workspaceId, input.roleId);
  if (!role) throw invalid('roleId', 'no such role in this workspace');
  ensure(mayGrantRole(actor, role));
  const email = input.email.trim().toLowerCase();
  const existing = await findUserByEmail(db, email);
  if (existing && (await findMembership(db, actor.workspaceId, existing.id))) {
    throw conflict('email', 'this person is already a member of the workspace');
  }
  const token = randomToken(32);
  const id = uuidv7();
  const now = nowIso();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000).toISOString();
  const invitedBy = actor.userId;
  await db.transaction().execute(async (trx) => {
    await insertInvitation(trx, {
      workspaceId: actor.workspaceId,
      id,
      email,
      roleId: role.id,
      tokenHash: sha256(token),
      invitedBy,
      expiresAt,
      now,
    });
    await recordAudit(
      trx,
      actor,
      ENTITY,
      id,
      'create',
      diffRecords(null, { email, roleId: role.id, expiresAt }),
    );
  });
  return {
    id,
    email,
    roleId: role.id,
    expiresAt,
    token,
    path: `/accept-invitation?token=${encodeURIComponent(token)}`,
  };
}

export async function previewInvitation(db: Db, token: string) {
  const invitation = await findOpenInvitationByTokenHash(db, sha256(token), nowIso());
  if (!invitation) throw notFound('Invitation (it may have expired or been used)');
  // Whether the invited address has an account is not said: the page is open to anyone with the link.
  return { email: invitation.email, workspaceName: invitation.workspace_name };
}

const usedOrExpired = () => invalid('token', 'the invitation has expired or was already used');

/**
 * Joins the invited workspace. A new email gets an account; an existing account must sign in as it
 * would anywhere else (throttled, with its two-factor code), so an invitation link cannot be used to
 * guess a password. One transaction: the invitation is used exactly once.
 */
export async function acceptInvitation(
  db: Db,
  input: {
    token: string;
    name: string;
    password: string;
    totpCode?: string | undefined;
    recoveryCode?: string | undefined;
  },
  ip = 'unknown',
) {
  const tokenHash = sha256(input.token);
  const open = await findOpenInvitationByTokenHash(db, tokenHash, nowIso());
  if (!open) throw usedOrExpired();
  const existing = await findUserByEmail(db, open.email);
  if (existing) {
    const { totpCode, recoveryCode } = input;
    await authenticate(db, { email: open.email, password: input.password, totpCode, recoveryCode }, ip);
  }
  const passwordHash = existing
    ? null
    : await hashPassword(input.password, { email: open.email, name: input.name });
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const invitation = await findOpenInvitationByTokenHash(trx, tokenHash, now);
    if (!invitation || !(await markInvitationAccepted(trx, invitation.workspace_id, invitation.id, now)))
      throw usedOrExpired();
    let userId = existing?.id;
    if (!userId) {
      userId = uuidv7();
      await createUserRecord(trx, {
        id: userId,
        email: invitation.email,
        name: input.name,
        passwordHash: passwordHash!,
        locale: 'en',
        now,
      });
    }
    if (!(await findMembership(trx, invitation.workspace_id, userId))) {
      await insertMembership(trx, invitation.workspace_id, userId, invitation.role_id, now);
      // The person joining is the author of their own membership entry.
      await insertAuditEntry(trx, {
        workspaceId: invitation.workspace_id,
        id: uuidv7(),
        entityType: 'member',
        entityId: userId,
        action: 'create',
        actorType: 'user',
        actorId: userId,
        changes: diffRecords(null, { email: invitation.email, roleId: invitation.role_id, active: true }),
        createdAt: now,
      });
    }
    return startSession(trx, userId, invitation.workspace_id);
  });
}

function toInvitation(row: Awaited<ReturnType<typeof listInvitations>>[number]): Invitation {
  return {
    id: row.id,
    email: row.email,
    roleId: row.role_id,
    invitedBy: row.invited_by,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    createdAt: row.created_at,
  };
}

export async function listWorkspaceInvitations(db: Db, actor: Actor) {
  authorize(actor, 'admin', 'read');
  return (await listInvitations(db, actor.workspaceId)).map(toInvitation);
}

/** Withdraws an invitation that has not been accepted yet. */
export async function revokeInvitation(db: Db, actor: Actor, id: string) {
  authorize(actor, 'admin', 'delete');
  const before = await findInvitation(db, actor.workspaceId, id);
  if (!before || before.accepted_at) throw notFound('Invitation');
  await db.transaction().execute(async (trx) => {
    if (!(await deleteInvitation(trx, actor.workspaceId, id))) throw notFound('Invitation');
    await recordAudit(trx, actor, ENTITY, id, 'delete', diffRecords(toInvitation(before), null));
  });
}
