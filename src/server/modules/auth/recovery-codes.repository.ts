import type { DbOrTrx } from '../../db/database.js';

/** Replaces a person's recovery codes with new ones (given as hashes); the old ones stop working. */
export async function replaceRecoveryCodes(db: DbOrTrx, userId: string, codeHashes: string[], now: string) {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (codeHashes.length === 0) return;
  await db
    .insertInto('recovery_codes')
    .values(
      codeHashes.map((codeHash) => ({
        user_id: userId,
        code_hash: codeHash,
        used_at: null,
        created_at: now,
      })),
    )
    .execute();
}

/**
 * Marks an unused code as used, in one statement so that two sign-ins racing with the same code
 * cannot both succeed. True when the code was there and unused.
 */
export async function useRecoveryCode(db: DbOrTrx, userId: string, codeHash: string, now: string) {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countUnusedRecoveryCodes(db: DbOrTrx, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
