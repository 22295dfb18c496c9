/**
 * How long sign-in attempts and Idempotency-Keys are kept before housekeeping prunes them; sign-in
 * throttling looks back at most this long (a run of failures from one address), mostly an hour or 15
 * minutes.
 */
export const RETENTION_MS = 24 * 60 * 60_000;
