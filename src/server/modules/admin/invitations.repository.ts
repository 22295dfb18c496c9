import type { DbOrTrx } from '../../db/database.js';

export async function insertInvitation(
  db: DbOrTrx,
  row: {
    workspaceId: string;
    id: string;
    email: string;
    roleId: string;
    tokenHash: string;
    invitedBy: string;
    expiresAt: string;
    now: string;
  },
) {
  await db
    .insertInto('invitations')
    .values({
      workspace_id: row.workspaceId,
      id: row.id,
      email: row.email,
      role_id: row.roleId,
      token_hash: row.tokenHash,
      invited_by: row.invitedBy,
      expires_at: row.expiresAt,
      accepted_at: null,
      created_at: row.now,
    })
    .execute();
}

export async function findOpenInvitationByTokenHash(db: DbOrTrx, tokenHash: string, now: string) {
  return db
    .selectFrom('invitations')
    .innerJoin('workspaces', 'workspaces.id', 'invitations.workspace_id')
    .select([
      'invitations.workspace_id',
      'invitations.id',
      'invitations.email',
      'invitations.role_id',
      'workspaces.name as workspace_name',
    ])
    .where('invitations.token_hash', '=', tokenHash)
    .where('invitations.accepted_at', 'is', null)
    .where('invitations.expires_at', '>', now)
    .executeTakeFirst();
}

export async function listInvitations(db: DbOrTrx, workspaceId: string) {
  return db
    .selectFrom('invitations')
    .select(['id', 'email', 'role_id', 'invited_by', 'expires_at', 'accepted_at', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .execute();
}

/**
 * Marks the invitation used; false when another request used it first. On PostgreSQL the losing
 * transaction waits on the row lock and then matches nothing, so an invitation is used exactly once.
 */
export async function markInvitationAccepted(db: DbOrTrx, workspaceId: string, id: string, now: string) {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function findInvitation(db: DbOrTrx, workspaceId: string, id: string) {
  return db
    .selectFrom('invitations')
    .select(['id', 'email', 'role_id', 'invited_by', 'expires_at', 'accepted_at', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function deleteInvitation(db: DbOrTrx, workspaceId: string, id: string) {
  const result = await db
    .deleteFrom('invitations')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
