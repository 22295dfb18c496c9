import type { DbOrTrx } from '../../db/database.js';
import { AppError } from '../../lib/errors.js';
import { RETENTION_MS } from '../../lib/retention.js';
import {
  deleteLoginAttempt,
  failuresSince,
  insertLoginAttempt,
  markLoginAttemptSucceeded,
  recentAttemptsFrom,
  type AttemptKind,
} from './login-attempts.repository.js';

/**
 * Three limits slow password and code guessing without letting anyone lock the real person out:
 * - per email and client address, a wait that doubles with each failure in a row (after a few free
 *   ones) and ends at the next success from that address;
 * - per email across all addresses, a gentler wait, never over a minute, against guessing spread over
 *   many addresses: it slows them down but can only ever delay the real person by that minute;
 * - per client address, a hard limit on failed authentications of any kind (passwords, codes, API keys,
 *   session cookies) in a window.
 * Attempts are counted in the database, so the limits hold across app nodes.
 */
export const ADDRESS_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ADDRESS = 50;
// A run of failures from one address counts for as long as attempts are kept.
const PAIR_LOOKBACK_MS = RETENTION_MS;
const PAIR_FREE_FAILURES = 3;
const PAIR_MAX_WAIT_SECONDS = 15 * 60;
const EMAIL_WINDOW_MS = 60 * 60_000;
const EMAIL_FREE_FAILURES = 10;
const EMAIL_MAX_WAIT_SECONDS = 60;

/** Seconds to wait after `failuresInARow` failed attempts for one email from one address: 1, 2, 4… */
export function pairWaitSeconds(failuresInARow: number): number {
  if (failuresInARow < PAIR_FREE_FAILURES) return 0;
  return Math.min(PAIR_MAX_WAIT_SECONDS, 2 ** (failuresInARow - PAIR_FREE_FAILURES));
}

/** Seconds to wait after `failures` for one email from all addresses in the last hour: doubling every two. */
export function emailWaitSeconds(failures: number): number {
  if (failures < EMAIL_FREE_FAILURES) return 0;
  return Math.min(EMAIL_MAX_WAIT_SECONDS, Math.ceil(2 ** ((failures - EMAIL_FREE_FAILURES) / 2)));
}

const secondsUntil = (whenMs: number, nowMs: number) => Math.max(1, Math.ceil((whenMs - nowMs) / 1000));

function tooManyAttempts(retryAfterSeconds: number, what: string) {
  return new AppError(
    'too_many_requests',
    `Too many failed ${what}; try again in ${retryAfterSeconds} seconds`,
    [],
    retryAfterSeconds,
  );
}

/** Refuses (429) an address over its limit of failed authentications, before any credential is checked. */
export async function assertAddressAllowed(db: DbOrTrx, ip: string, nowMs = Date.now()) {
  const since = new Date(nowMs - ADDRESS_WINDOW_MS).toISOString();
  const failures = await failuresSince(db, { ip }, since);
  if (failures.count < MAX_FAILURES_PER_ADDRESS || !failures.firstAt) return;
  const freedAt = Date.parse(failures.firstAt) + ADDRESS_WINDOW_MS;
  throw tooManyAttempts(secondsUntil(freedAt, nowMs), 'authentication attempts from your address');
}

async function pairWaitUntil(db: DbOrTrx, email: string, ip: string, nowMs: number) {
  const since = new Date(nowMs - PAIR_LOOKBACK_MS).toISOString();
  // Enough rows to reach the longest wait; a success ends the run of failures.
  const limit = PAIR_FREE_FAILURES + Math.ceil(Math.log2(PAIR_MAX_WAIT_SECONDS)) + 1;
  const recent = await recentAttemptsFrom(db, email, ip, since, limit);
  const inARow = recent.findIndex((attempt) => attempt.succeeded);
  const failures = inARow === -1 ? recent.length : inARow;
  if (failures === 0) return 0;
  return Date.parse(recent[0]!.createdAt) + pairWaitSeconds(failures) * 1000;
}

async function emailWaitUntil(db: DbOrTrx, email: string, nowMs: number) {
  const since = new Date(nowMs - EMAIL_WINDOW_MS).toISOString();
  const failures = await failuresSince(db, { email }, since);
  if (!failures.lastAt) return 0;
  return Date.parse(failures.lastAt) + emailWaitSeconds(failures.count) * 1000;
}

/**
 * Refuses (429, with the seconds to wait) a password or code for `email` from `ip` while one of the
 * waits runs. Unknown emails are treated exactly like known ones.
 */
export async function assertAttemptAllowed(db: DbOrTrx, email: string, ip: string, nowMs = Date.now()) {
  await assertAddressAllowed(db, ip, nowMs);
  const [pairUntil, emailUntil] = await Promise.all([
    pairWaitUntil(db, email, ip, nowMs),
    emailWaitUntil(db, email, nowMs),
  ]);
  const until = Math.max(pairUntil, emailUntil);
  if (until > nowMs) throw tooManyAttempts(secondsUntil(until, nowMs), 'sign-in attempts');
}

/**
 * Counts an attempt as failed before its password or code is checked, so that guesses sent in
 * parallel see each other; `succeeded` or `undecided` (no code was given yet) settle it afterwards.
 */
export async function beginAttempt(db: DbOrTrx, attempt: { kind: AttemptKind; email: string; ip: string }) {
  const id = await insertLoginAttempt(db, { ...attempt, succeeded: false, now: new Date().toISOString() });
  return {
    succeeded: () => markLoginAttemptSucceeded(db, id),
    undecided: () => deleteLoginAttempt(db, id),
  };
}

/** An API key or session cookie that matched nothing: it counts against the address. */
export async function recordFailedCredential(db: DbOrTrx, kind: 'api_key' | 'session', ip: string) {
  await insertLoginAttempt(db, { kind, email: '', ip, succeeded: false, now: new Date().toISOString() });
}
