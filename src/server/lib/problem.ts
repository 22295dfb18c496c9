import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { uniqueViolationField } from '../db/database.js';
import { AppError, statusByCode, titleByCode, type FieldError } from './errors.js';
import { applySecurityHeaders } from './security-headers.js';

/** The one place where errors become RFC 9457 problem documents. */
export function sendProblem(
  reply: FastifyReply,
  status: number,
  title: string,
  detail: string,
  errors?: FieldError[],
  extensions: { retryAfter?: number } = {},
) {
  return reply
    .status(status)
    .type('application/problem+json')
    .send({
      type: 'about:blank',
      title,
      status,
      detail,
      ...(errors && errors.length ? { errors } : {}),
      ...extensions,
    });
}

function fieldPath(
  instancePath: string,
  params: Record<string, unknown>,
  context: string | undefined,
): string {
  const base = instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  const missing = typeof params.missingProperty === 'string' ? params.missingProperty : undefined;
  const path = [base, missing].filter(Boolean).join('.');
  return path || context || 'body';
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    const status = statusByCode[error.code];
    const retryAfter = error.retryAfterSeconds;
    if (retryAfter === undefined)
      return sendProblem(reply, status, titleByCode[error.code], error.message, error.fieldErrors);
    reply.header('retry-after', String(retryAfter));
    return sendProblem(reply, status, titleByCode[error.code], error.message, error.fieldErrors, {
      retryAfter,
    });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      field: fieldPath(issue.instancePath, issue.params, error.validationContext),
      message: issue.message ?? 'is invalid',
    }));
    const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    return sendProblem(reply, 400, titleByCode.validation, detail, errors);
  }
  const duplicate = uniqueViolationField(error);
  if (duplicate) {
    const message = 'is already taken (another request may have just saved it)';
    return sendProblem(reply, 409, titleByCode.conflict, `${duplicate}: ${message}`, [
      { field: duplicate, message },
    ]);
  }
  const status = error.statusCode ?? 500;
  if (status === 429) return sendProblem(reply, 429, titleByCode.too_many_requests, error.message);
  if (status >= 400 && status < 500) {
    const field = error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'content-type' : 'body';
    return sendProblem(reply, status, 'Bad request', error.message, [{ field, message: error.message }]);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, 500, 'Internal error', 'Something went wrong on our side; it has been logged.');
}

/** Errors the router meets before any route runs: a malformed %-encoding (400), an over-long id (414). */
export function frameworkErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  applySecurityHeaders(request, reply);
  const status = error.statusCode ?? 400;
  const message = status === 414 ? 'is too long' : 'is not a valid URL (check its %-encoding)';
  void sendProblem(reply, status, status === 414 ? 'URI too long' : 'Bad request', `url: ${message}`, [
    { field: 'url', message },
  ]);
}

/**
 * Errors Node's HTTP parser answers before Fastify sees a request, such as headers over the size
 * limit (431) or a malformed request line (400): problem documents too, written to the socket.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy(error);
  const [status, title, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request header fields too large', 'The request headers are larger than the server accepts']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request timeout', 'The request took too long to arrive']
        : [400, 'Bad request', 'The request is malformed'];
  const body = JSON.stringify({ type: 'about:blank', title, status, detail });
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
