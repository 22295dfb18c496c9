import type { Db, DbOrTrx } from '../../db/database.js';
import { invalid } from '../../lib/errors.js';
import { nowIso, randomToken, sha256, uuidv7 } from '../../lib/ids.js';
import { publicUrl } from '../../lib/public-url.js';
import { queueEmail } from '../mail/mail.outbox.js';
import { renderEmail } from '../mail/mail.templates.js';
import { createWorkspaceIn } from '../workspaces/workspaces.setup.js';
import { findUserByEmail } from './auth.repository.js';
import { hashPassword } from './passwords.js';
import { startSession, type SessionInfo } from './sessions.js';
import {
  anyUserExists,
  claimInstanceFlag,
  countSignUpRequestsSince,
  findSignUpRequestByTokenHash,
  insertSignUpRequest,
  markSignUpRequestUsed,
} from './sign-up.repository.js';

export const SIGN_UP_LINK_HOURS = 24;
/**
 * Sign-up emails one address gets per hour at most, so the form cannot be used to flood a mailbox.
 * Past it the answer stays the same and nothing is sent, whether or not the address has an account.
 */
export const MAX_SIGN_UP_EMAILS_PER_HOUR = 5;
const FIRST_SIGN_UP_FLAG = 'first_sign_up';

export interface SignUpInput {
  workspaceName: string;
  name: string;
  email: string;
  password: string;
  locale: string;
}

export type SignUpOutcome =
  | { kind: 'signed_up'; session: SessionInfo }
  | { kind: 'verification_sent'; email: string; emailQueued: boolean };

/**
 * True for the one sign-up that finds the instance without any user: it creates its workspace at
 * once, as there is no account whose existence could be given away. The flag's primary key makes
 * two simultaneous first sign-ups take turns; the second then finds the flag and verifies its email.
 */
export async function claimFirstRun(trx: DbOrTrx) {
  return !(await anyUserExists(trx)) && (await claimInstanceFlag(trx, FIRST_SIGN_UP_FLAG, nowIso()));
}

/**
 * Writes the sign-up request and queues its email. An address that has an account gets the same
 * writes and one email too, saying so and with no link that creates anything; its request row has
 * no password hash and its token is never sent, so it cannot be confirmed.
 */
async function requestVerification(trx: DbOrTrx, input: SignUpInput, email: string, passwordHash: string) {
  const now = new Date();
  const since = new Date(now.getTime() - 60 * 60_000).toISOString();
  if ((await countSignUpRequestsSince(trx, email, since)) >= MAX_SIGN_UP_EMAILS_PER_HOUR) return false;
  const account = await findUserByEmail(trx, email);
  const token = randomToken(32);
  await insertSignUpRequest(trx, {
    id: uuidv7(),
    tokenHash: sha256(token),
    email,
    name: input.name,
    workspaceName: input.workspaceName,
    passwordHash: account ? null : passwordHash,
    locale: input.locale,
    expiresAt: new Date(now.getTime() + SIGN_UP_LINK_HOURS * 3_600_000).toISOString(),
    now: now.toISOString(),
  });
  const rendered = account
    ? renderEmail('signUpExistingAccount', account.locale, { link: publicUrl('/sign-in') })
    : renderEmail('signUpVerification', input.locale, {
        link: publicUrl(`/verify-sign-up?token=${encodeURIComponent(token)}`),
      });
  await queueEmail(trx, { workspaceId: null, to: email, ...rendered });
  return true;
}

/**
 * Starts a sign-up. The answer and the work behind it are the same whether or not the address has an
 * account (the password is hashed, one request row and one email are written), so neither the
 * response nor its timing tells a stranger which addresses have accounts. Only the first sign-up of
 * an instance signs in at once.
 */
export async function signUp(db: Db, input: SignUpInput): Promise<SignUpOutcome> {
  const email = input.email.trim().toLowerCase();
  // Outside the transaction: hashing takes tens of milliseconds, and SQLite has one writer.
  const passwordHash = await hashPassword(input.password, { email, name: input.name });
  return db.transaction().execute(async (trx): Promise<SignUpOutcome> => {
    if (await claimFirstRun(trx)) {
      const owner = {
        name: input.workspaceName,
        ownerEmail: email,
        ownerName: input.name,
        locale: input.locale,
      };
      const { workspaceId, userId } = await createWorkspaceIn(trx, owner, passwordHash);
      return { kind: 'signed_up', session: await startSession(trx, userId, workspaceId) };
    }
    const emailQueued = await requestVerification(trx, input, email, passwordHash);
    return { kind: 'verification_sent', email, emailQueued };
  });
}

/**
 * Creates the workspace and its owner from a confirmed sign-up, with the password hash kept since the
 * form was sent, and signs in. A link works once and for SIGN_UP_LINK_HOURS.
 */
export async function confirmSignUp(db: Db, token: string): Promise<SessionInfo> {
  const tokenHash = sha256(token);
  return db.transaction().execute(async (trx) => {
    const request = await findSignUpRequestByTokenHash(trx, tokenHash);
    if (!request?.password_hash) throw invalid('token', 'is not a sign-up link');
    if (request.used_at) throw invalid('token', 'was already used');
    if (Date.parse(request.expires_at) <= Date.now()) throw invalid('token', 'has expired');
    const now = nowIso();
    if (!(await markSignUpRequestUsed(trx, request.id, now))) throw invalid('token', 'was already used');
    const owner = {
      name: request.workspace_name,
      ownerEmail: request.email,
      ownerName: request.name,
      locale: request.locale,
    };
    const { workspaceId, userId } = await createWorkspaceIn(trx, owner, request.password_hash);
    return startSession(trx, userId, workspaceId);
  });
}
