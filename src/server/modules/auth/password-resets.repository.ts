import type { DbOrTrx } from '../../db/database.js';

export async function insertPasswordReset(
  db: DbOrTrx,
  row: { id: string; email: string; ip: string; expiresAt: string; now: string },
) {
  await db
    .insertInto('password_resets')
    .values({
      id: row.id,
      email: row.email,
      ip: row.ip,
      user_id: null,
      token_hash: null,
      expires_at: row.expiresAt,
      used_at: null,
      created_at: row.now,
    })
    .execute();
}

export async function countPasswordResetsSince(
  db: DbOrTrx,
  where: { email: string } | { ip: string },
  since: string,
) {
  const row = await db
    .selectFrom('password_resets')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min<string>('created_at').as('first_at')])
    .$if('email' in where, (q) => q.where('email', '=', (where as { email: string }).email))
    .$if('ip' in where, (q) => q.where('ip', '=', (where as { ip: string }).ip))
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), firstAt: row.first_at };
}

export async function findPasswordReset(db: DbOrTrx, id: string) {
  return db.selectFrom('password_resets').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPasswordResetByTokenHash(db: DbOrTrx, tokenHash: string) {
  return db.selectFrom('password_resets').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/**
 * Gives a request its account and token, once: false when a run of the job did it already. Earlier
 * links of the account stop working, so only the newest one does.
 */
export async function issuePasswordResetToken(
  db: DbOrTrx,
  reset: { id: string; userId: string; tokenHash: string; now: string },
) {
  const result = await db
    .updateTable('password_resets')
    .set({ user_id: reset.userId, token_hash: reset.tokenHash })
    .where('id', '=', reset.id)
    .where('token_hash', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await db
    .updateTable('password_resets')
    .set({ used_at: reset.now })
    .where('user_id', '=', reset.userId)
    .where('id', '!=', reset.id)
    .where('used_at', 'is', null)
    .execute();
  return true;
}

/** Marks the link used; false when another request used it first (the row lock makes them take turns). */
export async function markPasswordResetUsed(db: DbOrTrx, id: string, now: string) {
  const result = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteExpiredPasswordResets(db: DbOrTrx, before: string) {
  const result = await db.deleteFrom('password_resets').where('expires_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
