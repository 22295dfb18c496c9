import type { Db } from '../../db/database.js';
import { AppError, forbidden, invalid } from '../../lib/errors.js';
import { sha256 } from '../../lib/ids.js';
import type { Actor } from '../../lib/permissions.js';
import { forgetCachedActors } from './actors.js';
import { findUserById } from './auth.repository.js';
import { storeNewPassword } from './password-change.js';
import { isGuessablePassword, WEAK_PASSWORD_MESSAGE } from './password-policy.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { acceptEitherCode } from './second-factor.js';
import { assertAttemptAllowed, beginAttempt } from './sign-in-throttle.js';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  /** A current code from the authenticator app or a recovery code; needed when two-factor is on. */
  code?: string | undefined;
}

/**
 * Changes the signed-in person's password: the current password (and a current code when two-factor
 * sign-in is on) proves it is them, throttled like sign-in so that a stolen session cannot guess
 * either. Every other session of the account ends; the one making the change stays.
 */
export async function changePassword(
  db: Db,
  actor: Actor,
  sessionToken: string | null,
  input: PasswordChange,
  ip: string,
) {
  const user = actor.userId ? await findUserById(db, actor.userId) : undefined;
  if (!user || !sessionToken) throw forbidden('Only a signed-in person can change their password');
  const twoFactor = Boolean(user.totp_enabled) && user.totp_secret !== null;
  if (twoFactor && !input.code)
    throw new AppError('validation', 'code: is required', [{ field: 'code', message: 'is required' }]);
  // Before any code is used up, so that a refused password does not cost the person their code.
  if (await isGuessablePassword(input.newPassword, user)) throw invalid('newPassword', WEAK_PASSWORD_MESSAGE);

  await assertAttemptAllowed(db, user.email, ip);
  const attempt = await beginAttempt(db, { kind: 'confirmation', email: user.email, ip });
  if (!(await verifyPassword(user.password_hash, input.currentPassword)))
    throw invalid('currentPassword', 'is not your current password');
  if (twoFactor && !(await acceptEitherCode(db, user, input.code!))) throw invalid('code', 'is wrong');
  await attempt.succeeded();

  const passwordHash = await hashPassword(input.newPassword, user);
  await db.transaction().execute(async (trx) => {
    await storeNewPassword(trx, user, passwordHash, 'changed', sha256(sessionToken));
  });
  forgetCachedActors();
}
