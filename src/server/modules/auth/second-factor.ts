import type { DbOrTrx } from '../../db/database.js';
import { nowIso } from '../../lib/ids.js';
import { matchTotpStep } from '../../lib/totp.js';
import { claimTotpStep } from './auth.repository.js';
import { hashRecoveryCode, RECOVERY_CODE_PATTERN } from './recovery-codes.js';
import { useRecoveryCode } from './recovery-codes.repository.js';

interface TwoFactorUser {
  id: string;
  totp_secret: string | null;
}

/** A code from the authenticator app, accepted once: a code of a time step already used is refused. */
export async function acceptTotpCode(db: DbOrTrx, user: TwoFactorUser, code: string): Promise<boolean> {
  if (!user.totp_secret) return false;
  const step = matchTotpStep(user.totp_secret, code);
  return step !== null && (await claimTotpStep(db, user.id, step));
}

/** An unused recovery code, which is used up by being accepted. */
export async function acceptRecoveryCode(db: DbOrTrx, user: TwoFactorUser, code: string): Promise<boolean> {
  if (!RECOVERY_CODE_PATTERN.test(code)) return false;
  return useRecoveryCode(db, user.id, hashRecoveryCode(code), nowIso());
}

/** Either kind of code, told apart by its shape: six digits come from the app. */
export const acceptEitherCode = (db: DbOrTrx, user: TwoFactorUser, code: string) =>
  /^\d{6}$/.test(code.trim()) ? acceptTotpCode(db, user, code.trim()) : acceptRecoveryCode(db, user, code);
