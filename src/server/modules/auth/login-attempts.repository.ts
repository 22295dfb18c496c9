import type { DbOrTrx } from '../../db/database.js';

/**
 * `sign_in` and `confirmation` (a password or code given while signed in) name an email; failed API
 * keys and session cookies name none and count against the client address only.
 */
export type AttemptKind = 'sign_in' | 'confirmation' | 'api_key' | 'session';

export async function insertLoginAttempt(
  db: DbOrTrx,
  attempt: { kind: AttemptKind; email: string; ip: string; succeeded: boolean; now: string },
): Promise<number> {
  const row = await db
    .insertInto('login_attempts')
    .values({
      kind: attempt.kind,
      email: attempt.email,
      ip: attempt.ip,
      succeeded: attempt.succeeded ? 1 : 0,
      created_at: attempt.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function markLoginAttemptSucceeded(db: DbOrTrx, id: number) {
  await db.updateTable('login_attempts').set({ succeeded: 1 }).where('id', '=', id).execute();
}

export async function deleteLoginAttempt(db: DbOrTrx, id: number) {
  await db.deleteFrom('login_attempts').where('id', '=', id).execute();
}

/** The newest attempts naming `email` from `ip` since `since`, newest first. */
export async function recentAttemptsFrom(
  db: DbOrTrx,
  email: string,
  ip: string,
  since: string,
  limit: number,
) {
  const rows = await db
    .selectFrom('login_attempts')
    .select(['succeeded', 'created_at'])
    .where('email', '=', email)
    .where('ip', '=', ip)
    .where('created_at', '>', since)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ succeeded: Boolean(row.succeeded), createdAt: row.created_at }));
}

/** Failed attempts since `since` naming `email` (from any address) or coming from `ip`. */
export async function failuresSince(db: DbOrTrx, by: { email: string } | { ip: string }, since: string) {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.min('created_at').as('first_at'),
      eb.fn.max('created_at').as('last_at'),
    ])
    .$call((query) => ('email' in by ? query.where('email', '=', by.email) : query.where('ip', '=', by.ip)))
    .where('succeeded', '=', 0)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), firstAt: row.first_at, lastAt: row.last_at };
}
