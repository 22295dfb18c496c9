import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

/**
 * Optimistic concurrency: every record carries a version that each change raises. GET answers it as
 * a strong `ETag` ("3"); a PATCH or DELETE with `If-Match: "3"` is refused with 412 when the record
 * has moved on, so two people editing at once never overwrite each other silently.
 */
export const etagOf = (version: number) => `"${version}"`;

/** Sends the record's version as its ETag; returns the record, for use as a handler's answer. */
export function withVersionHeader<Row extends { version: number }>(reply: FastifyReply, record: Row): Row {
  void reply.header('etag', etagOf(record.version));
  return record;
}

/** The version `If-Match` asks for: undefined when absent or `*` (any version will do). */
export function requestedVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*"(\d{1,15})"\s*$/.exec(header);
  if (!match)
    throw new AppError('validation', 'If-Match must be an ETag from this API, such as "3"', [
      { field: 'If-Match', message: 'must be an ETag such as "3"' },
    ]);
  return Number(match[1]);
}

export function checkVersion(current: number, requested: number | undefined) {
  if (requested === undefined || requested === current) return;
  throw new AppError(
    'precondition_failed',
    `The record was changed by someone else (it is now at version ${current}, you had ${requested}); load it again and reapply your change`,
    [{ field: 'If-Match', message: 'is not the current version' }],
  );
}
