import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { defineJob, enqueue } from '../../jobs/jobs.js';
import { AppError, invalid } from '../../lib/errors.js';
import { nowIso, randomToken, sha256, uuidv7 } from '../../lib/ids.js';
import { publicUrl } from '../../lib/public-url.js';
import { queueEmail } from '../mail/mail.outbox.js';
import { renderEmail } from '../mail/mail.templates.js';
import { forgetCachedActors } from './actors.js';
import { findUserByEmail, findUserById } from './auth.repository.js';
import { storeNewPassword } from './password-change.js';
import {
  countPasswordResetsSince,
  findPasswordReset,
  findPasswordResetByTokenHash,
  insertPasswordReset,
  issuePasswordResetToken,
  markPasswordResetUsed,
} from './password-resets.repository.js';
import { hashPassword } from './passwords.js';
import { acceptEitherCode } from './second-factor.js';
import { assertAttemptAllowed, beginAttempt } from './sign-in-throttle.js';

/**
 * Password reset by email. The request answers the same whatever the address: it records the request
 * and enqueues a job, and only the job looks the address up and, for an account, emails a link. So
 * neither the answer nor its timing tells a stranger which addresses have accounts.
 */

export const RESET_LINK_MS = 60 * 60_000;
/** Reset emails one address gets per hour at most; past it nothing more is sent and the answer stays the same. */
export const MAX_RESET_EMAILS_PER_HOUR = 3;
/** Reset requests one client address may make per window; past it the answer is 429. */
export const MAX_RESET_REQUESTS_PER_ADDRESS = 10;
export const RESET_ADDRESS_WINDOW_MS = 15 * 60_000;

/** Looks the address up and, when it has an account, gives the request its token and emails the link. */
export const sendPasswordResetJob = defineJob({
  type: 'auth.password-reset',
  payload: z.object({ resetId: z.uuid() }),
  maxAttempts: 3,
  run: async ({ resetId }, { db }) => {
    await db.transaction().execute(async (trx) => {
      const reset = await findPasswordReset(trx, resetId);
      if (!reset || reset.token_hash) return;
      const user = await findUserByEmail(trx, reset.email);
      if (!user) return;
      const token = randomToken(32);
      const issued = await issuePasswordResetToken(trx, {
        id: reset.id,
        userId: user.id,
        tokenHash: sha256(token),
        now: nowIso(),
      });
      if (!issued) return;
      const link = publicUrl(`/reset-password?token=${encodeURIComponent(token)}`);
      await queueEmail(trx, {
        workspaceId: null,
        to: user.email,
        ...renderEmail('passwordReset', user.locale, { link }),
      });
    });
  },
});

export async function requestPasswordReset(db: Db, emailTyped: string, ip: string) {
  const email = emailTyped.trim().toLowerCase();
  const now = Date.now();
  await db.transaction().execute(async (trx) => {
    const since = new Date(now - RESET_ADDRESS_WINDOW_MS).toISOString();
    const fromAddress = await countPasswordResetsSince(trx, { ip }, since);
    if (fromAddress.count >= MAX_RESET_REQUESTS_PER_ADDRESS && fromAddress.firstAt) {
      const retryAfter = Math.max(
        1,
        Math.ceil((Date.parse(fromAddress.firstAt) + RESET_ADDRESS_WINDOW_MS - now) / 1000),
      );
      throw new AppError(
        'too_many_requests',
        `Too many password reset requests from your address; try again in ${retryAfter} seconds`,
        [],
        retryAfter,
      );
    }
    const hourAgo = new Date(now - 60 * 60_000).toISOString();
    const forEmail = await countPasswordResetsSince(trx, { email }, hourAgo);
    const id = uuidv7();
    const created = new Date(now);
    await insertPasswordReset(trx, {
      id,
      email,
      ip,
      expiresAt: new Date(now + RESET_LINK_MS).toISOString(),
      now: created.toISOString(),
    });
    if (forEmail.count < MAX_RESET_EMAILS_PER_HOUR) await enqueue(trx, sendPasswordResetJob, { resetId: id });
  });
}

export interface PasswordResetConfirmation {
  token: string;
  password: string;
  /** A current code from the authenticator app or a recovery code; needed when two-factor is on. */
  code?: string | undefined;
}

async function liveReset(db: Db, token: string) {
  const reset = await findPasswordResetByTokenHash(db, sha256(token));
  const user = reset?.user_id ? await findUserById(db, reset.user_id) : undefined;
  if (!reset || !user) throw invalid('token', 'is not a password reset link');
  if (reset.used_at) throw invalid('token', 'was already used, or a newer link replaced it');
  if (Date.parse(reset.expires_at) <= Date.now()) throw invalid('token', 'has expired');
  return { reset, user };
}

/**
 * Sets a new password from an emailed link, which works once: with two-factor sign-in on, a current
 * code or a recovery code is needed too (throttled like sign-in). Every session of the account ends.
 */
export async function confirmPasswordReset(db: Db, input: PasswordResetConfirmation, ip: string) {
  const { reset, user } = await liveReset(db, input.token);
  // The policy is checked first, so that a refused password does not use up the person's code.
  const passwordHash = await hashPassword(input.password, user);
  if (user.totp_enabled && user.totp_secret) {
    if (!input.code)
      throw new AppError('two_factor_required', 'Enter the code from your authenticator app', [
        { field: 'code', message: 'is required' },
      ]);
    await assertAttemptAllowed(db, user.email, ip);
    const attempt = await beginAttempt(db, { kind: 'confirmation', email: user.email, ip });
    if (!(await acceptEitherCode(db, user, input.code))) throw invalid('code', 'is wrong');
    await attempt.succeeded();
  }
  await db.transaction().execute(async (trx) => {
    if (!(await markPasswordResetUsed(trx, reset.id, nowIso())))
      throw invalid('token', 'was already used, or a newer link replaced it');
    await storeNewPassword(trx, user, passwordHash, 'reset', null);
  });
  forgetCachedActors();
}

/** Whether a link still works and whether it will ask for a two-factor code; nothing else about the account. */
export async function describePasswordReset(db: Db, token: string) {
  const { user } = await liveReset(db, token);
  return { twoFactorRequired: Boolean(user.totp_enabled) && user.totp_secret !== null };
}
