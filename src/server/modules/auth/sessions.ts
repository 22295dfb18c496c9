import type { Db, DbOrTrx } from '../../db/database.js';
import { AppError } from '../../lib/errors.js';
import { nowIso, randomToken, sha256, uuidv7 } from '../../lib/ids.js';
import { findUserByEmail, insertSession } from './auth.repository.js';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './passwords.js';
import { acceptRecoveryCode, acceptTotpCode } from './second-factor.js';
import { assertAttemptAllowed, beginAttempt } from './sign-in-throttle.js';

/**
 * Signing a person in: the one credential check and the one way to open a session, shared by sign-in,
 * sign-up and accepting an invitation (admin module), so that no path skips throttling or two-factor.
 */

export const SESSION_DAYS = 14;

export interface SessionInfo {
  token: string;
  csrfToken: string;
  expiresAt: string;
  userId: string;
  workspaceId: string;
}

export async function startSession(db: DbOrTrx, userId: string, workspaceId: string): Promise<SessionInfo> {
  const token = randomToken(32);
  const csrfToken = randomToken(24);
  const now = nowIso();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  await insertSession(db, {
    idHash: sha256(token),
    publicId: uuidv7(),
    userId,
    workspaceId,
    csrfToken,
    expiresAt,
    now,
  });
  return { token, csrfToken, expiresAt, userId, workspaceId };
}

export interface Credentials {
  email: string;
  password: string;
  /** Needed when two-factor sign-in is on, unless a recovery code is given instead. */
  totpCode?: string | undefined;
  recoveryCode?: string | undefined;
}

/**
 * Checks an email + password (+ a TOTP or recovery code when two-factor sign-in is on), throttled, each
 * attempt recorded. Used by sign-in and by accepting an invitation with an existing account, so neither
 * path can be brute-forced or skip two-factor. An unknown email costs the same password check as a
 * known one, so neither the answer nor its timing tells whether an account exists.
 */
export async function authenticate(db: Db, input: Credentials, ip: string) {
  const email = input.email.trim().toLowerCase();
  await assertAttemptAllowed(db, email, ip);
  const attempt = await beginAttempt(db, { kind: 'sign_in', email, ip });
  const user = await findUserByEmail(db, email);
  const passwordOk = await verifyPassword(user?.password_hash ?? DUMMY_PASSWORD_HASH, input.password);
  if (!user || !passwordOk) {
    throw new AppError('unauthenticated', 'Email or password is wrong', [
      { field: 'password', message: 'Email or password is wrong' },
    ]);
  }
  if (user.totp_enabled && user.totp_secret) {
    if (!input.totpCode && !input.recoveryCode) {
      // The password was right: asking for the code is a step of signing in, not a failure.
      await attempt.undecided();
      throw new AppError('two_factor_required', 'Enter the code from your authenticator app', [
        { field: 'totpCode', message: 'required' },
      ]);
    }
    const accepted = input.recoveryCode
      ? await acceptRecoveryCode(db, user, input.recoveryCode)
      : await acceptTotpCode(db, user, input.totpCode!);
    if (!accepted) {
      const [field, detail] = input.recoveryCode
        ? ['recoveryCode', 'The recovery code is wrong or was used already']
        : ['totpCode', 'The two-factor code is wrong'];
      throw new AppError('unauthenticated', detail, [{ field, message: 'is wrong' }]);
    }
  }
  await attempt.succeeded();
  return user;
}
