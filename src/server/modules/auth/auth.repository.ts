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
    totp_enabled: number;
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

export async function insertSession(
  db: DbOrTrx,
  session: {
    idHash: string;
    userId: string;
    workspaceId: string;
    csrfToken: string;
    expiresAt: string;
    now: string;
  },
) {
  await db
    .insertInto('sessions')
    .values({
      id: session.idHash,
      user_id: session.userId,
      workspace_id: session.workspaceId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
      created_at: session.now,
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

export async function recordLoginAttempt(
  db: DbOrTrx,
  email: string,
  ip: string,
  succeeded: boolean,
  now: string,
) {
  await db
    .insertInto('login_attempts')
    .values({ email, ip, succeeded: succeeded ? 1 : 0, created_at: now })
    .execute();
}

/** Failed sign-ins for this email, and from this address, since `since`. */
export async function countFailedLogins(db: DbOrTrx, email: string, ip: string, since: string) {
  const [byEmail, byIp] = await Promise.all(
    (['email', 'ip'] as const).map((column) =>
      db
        .selectFrom('login_attempts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(column, '=', column === 'email' ? email : ip)
        .where('succeeded', '=', 0)
        .where('created_at', '>', since)
        .executeTakeFirstOrThrow(),
    ),
  );
  return { byEmail: Number(byEmail!.n), byIp: Number(byIp!.n) };
}
