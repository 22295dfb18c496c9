import type { DbOrTrx } from '../../db/database.js';

export async function createUserRecord(
  db: DbOrTrx,
  user: { id: string; email: string; name: string; passwordHash: string; locale: string; now: string },
) {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      locale: user.locale,
      time_zone: null,
      totp_secret: null,
      totp_enabled: 0,
      created_at: user.now,
      updated_at: user.now,
    })
    .execute();
}

export async function findUserByEmail(db: DbOrTrx, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUserById(db: DbOrTrx, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateUser(
  db: DbOrTrx,
  id: string,
  patch: Partial<{
    name: string;
    locale: string;
    time_zone: string | null;
    totp_secret: string | null;
    totp_pending_secret: string | null;
    totp_enabled: number;
    totp_last_step: number | null;
    password_hash: string;
  }> & {
    updated_at: string;
  },
) {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

/** The first workspace a user belongs to; sign-in lands there. */
export async function firstWorkspaceOf(db: DbOrTrx, userId: string) {
  return db
    .selectFrom('memberships')
    .select('workspace_id')
    .where('user_id', '=', userId)
    .where('active', '=', 1)
    .orderBy('created_at')
    .executeTakeFirst();
}

/** The workspaces a user is an active member of: where an account-wide change is audited. */
export async function activeWorkspaceIdsOf(db: DbOrTrx, userId: string) {
  const rows = await db
    .selectFrom('memberships')
    .select('workspace_id')
    .where('user_id', '=', userId)
    .where('active', '=', 1)
    .execute();
  return rows.map((row) => row.workspace_id);
}

export async function insertSession(
  db: DbOrTrx,
  session: {
    idHash: string;
    userId: string;
    workspaceId: string;
    publicId: string;
    csrfToken: string;
    expiresAt: string;
    now: string;
  },
) {
  await db
    .insertInto('sessions')
    .values({
      id: session.idHash,
      public_id: session.publicId,
      user_id: session.userId,
      workspace_id: session.workspaceId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
      created_at: session.now,
      user_agent: null,
      ip: null,
      last_seen_at: session.now,
    })
    .execute();
}

export async function findSession(db: DbOrTrx, idHash: string, now: string) {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', idHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

export async function deleteSession(db: DbOrTrx, idHash: string) {
  await db.deleteFrom('sessions').where('id', '=', idHash).execute();
}

/**
 * Records `step` as the last accepted TOTP time step unless it, or a later one, was accepted already:
 * one statement, so two requests racing with the same code cannot both pass. True when recorded.
 */
export async function claimTotpStep(db: DbOrTrx, userId: string, step: number) {
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
