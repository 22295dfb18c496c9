import type { Db } from '../../db/database.js';
import { AppError, forbidden, invalid } from '../../lib/errors.js';
import { nowIso } from '../../lib/ids.js';
import type { Actor } from '../../lib/permissions.js';
import { matchTotpStep, newTotpSecret, otpauthUrl } from '../../lib/totp.js';
import { updateUser } from './auth.repository.js';
import { currentUser } from './auth.service.js';
import { verifyPassword } from './passwords.js';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.js';
import { countUnusedRecoveryCodes, replaceRecoveryCodes } from './recovery-codes.repository.js';
import { acceptEitherCode } from './second-factor.js';
import { assertAttemptAllowed, beginAttempt } from './sign-in-throttle.js';

/**
 * Two-factor sign-in from the profile. While it is on, nothing about it changes without a current
 * code: re-enrolling and turning it off also need the password, renewing recovery codes needs a code.
 * A new secret waits as pending until a code from it is confirmed, so the active one is never replaced
 * by a secret nobody has proved to hold.
 */

type User = NonNullable<Awaited<ReturnType<typeof currentUser>>>;

async function signedInUser(db: Db, actor: Actor): Promise<User> {
  const user = await currentUser(db, actor);
  if (!user) throw forbidden('Only people can use two-factor sign-in');
  return user;
}

const isOn = (user: User) => Boolean(user.totp_enabled) && user.totp_secret !== null;

const required = (fields: string[]) =>
  new AppError(
    'validation',
    fields.map((field) => `${field}: is required`).join('; '),
    fields.map((field) => ({ field, message: 'is required' })),
  );

interface Proof {
  password?: string | undefined;
  code?: string | undefined;
}

/**
 * Checks what the person typed to prove it is them (a current code, and the password when asked for),
 * throttled like sign-in per email and address, so that a stolen session cannot guess either.
 */
async function confirmIdentity(db: Db, user: User, proof: Proof, withPassword: boolean, ip: string) {
  const missing = [...(withPassword && !proof.password ? ['password'] : []), ...(proof.code ? [] : ['code'])];
  if (missing.length) throw required(missing);
  await assertAttemptAllowed(db, user.email, ip);
  const attempt = await beginAttempt(db, { kind: 'confirmation', email: user.email, ip });
  if (withPassword && !(await verifyPassword(user.password_hash, proof.password!)))
    throw invalid('password', 'is not your current password');
  if (!(await acceptEitherCode(db, user, proof.code!))) throw invalid('code', 'is wrong');
  await attempt.succeeded();
}

export async function twoFactorStatus(db: Db, actor: Actor) {
  const user = await signedInUser(db, actor);
  return {
    enabled: isOn(user),
    recoveryCodesLeft: isOn(user) ? await countUnusedRecoveryCodes(db, user.id) : 0,
  };
}

/**
 * Step 1 of set-up: a fresh secret, kept pending. While two-factor sign-in is on, this is re-enrolling
 * and needs the password and a current code (from the app or a recovery code).
 */
export async function beginTotpSetup(db: Db, actor: Actor, proof: Proof, ip: string) {
  const user = await signedInUser(db, actor);
  if (isOn(user)) await confirmIdentity(db, user, proof, true, ip);
  const secret = newTotpSecret();
  await updateUser(db, user.id, { totp_pending_secret: secret, updated_at: nowIso() });
  return { secret, otpauthUrl: otpauthUrl(secret, user.email) };
}

/**
 * Step 2: a code from the pending secret makes it the active one, and new recovery codes replace any
 * old ones. The codes are returned once; only their hashes are kept.
 */
export async function enableTotp(db: Db, actor: Actor, code: string) {
  const user = await signedInUser(db, actor);
  if (!user.totp_pending_secret) throw invalid('code', 'start two-factor set-up first');
  const step = matchTotpStep(user.totp_pending_secret, code);
  if (step === null) throw invalid('code', 'is wrong');
  const recoveryCodes = newRecoveryCodes();
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    await updateUser(trx, user.id, {
      totp_secret: user.totp_pending_secret,
      totp_pending_secret: null,
      totp_enabled: 1,
      // The code that confirmed the secret cannot then be used to sign in.
      totp_last_step: step,
      updated_at: now,
    });
    await replaceRecoveryCodes(trx, user.id, recoveryCodes.map(hashRecoveryCode), now);
  });
  return { recoveryCodes };
}

/** Turning two-factor sign-in off needs the password and a current code; the recovery codes go too. */
export async function disableTotp(
  db: Db,
  actor: Actor,
  proof: { password: string; code: string },
  ip: string,
) {
  const user = await signedInUser(db, actor);
  if (!isOn(user)) throw invalid('code', 'two-factor sign-in is off');
  await confirmIdentity(db, user, proof, true, ip);
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    await updateUser(trx, user.id, {
      totp_secret: null,
      totp_pending_secret: null,
      totp_enabled: 0,
      totp_last_step: null,
      updated_at: now,
    });
    await replaceRecoveryCodes(trx, user.id, [], now);
  });
}

/** New recovery codes for a current code; the old ones stop working. */
export async function regenerateRecoveryCodes(db: Db, actor: Actor, code: string, ip: string) {
  const user = await signedInUser(db, actor);
  if (!isOn(user)) throw invalid('code', 'two-factor sign-in is off');
  await confirmIdentity(db, user, { code }, false, ip);
  const recoveryCodes = newRecoveryCodes();
  await replaceRecoveryCodes(db, user.id, recoveryCodes.map(hashRecoveryCode), nowIso());
  return { recoveryCodes };
}
