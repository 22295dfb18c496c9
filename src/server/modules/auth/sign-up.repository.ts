import type { DbOrTrx } from '../../db/database.js';

export async function insertSignUpRequest(
  db: DbOrTrx,
  row: {
    id: string;
    tokenHash: string;
    email: string;
    name: string;
    workspaceName: string;
    passwordHash: string | null;
    locale: string;
    expiresAt: string;
    now: string;
  },
) {
  await db
    .insertInto('sign_up_requests')
    .values({
      id: row.id,
      token_hash: row.tokenHash,
      email: row.email,
      name: row.name,
      workspace_name: row.workspaceName,
      password_hash: row.passwordHash,
      locale: row.locale,
      expires_at: row.expiresAt,
      used_at: null,
      created_at: row.now,
    })
    .execute();
}

export async function findSignUpRequestByTokenHash(db: DbOrTrx, tokenHash: string) {
  return db.selectFrom('sign_up_requests').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/**
 * Marks the request used; false when another request used it first. On PostgreSQL the losing
 * transaction waits on the row lock and then matches nothing, so a link creates one workspace.
 */
export async function markSignUpRequestUsed(db: DbOrTrx, id: string, now: string) {
  const result = await db
    .updateTable('sign_up_requests')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function countSignUpRequestsSince(db: DbOrTrx, email: string, since: string) {
  const row = await db
    .selectFrom('sign_up_requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('email', '=', email)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteExpiredSignUpRequests(db: DbOrTrx, now: string) {
  const result = await db.deleteFrom('sign_up_requests').where('expires_at', '<', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function anyUserExists(db: DbOrTrx) {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Records a one-time event of the instance; true for the one transaction that records it. A second
 * transaction inserting the same name waits for the first to end and then inserts nothing (or, if
 * the first rolled back, records it itself), on PostgreSQL as on SQLite.
 */
export async function claimInstanceFlag(db: DbOrTrx, name: string, now: string) {
  const result = await db
    .insertInto('instance_flags')
    .values({ name, created_at: now })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
