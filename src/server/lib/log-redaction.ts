import type { FastifyRequest } from 'fastify';

/** Query parameters that carry a secret: invitation and sign-up tokens, codes, keys. */
const SECRET_PARAMETER = /([?&](?:token|code|key|secret|password)=)[^&#]*/gi;

/** The URL as it may be logged: the values of secret-bearing query parameters are replaced. */
export const redactUrl = (url: string) => url.replace(SECRET_PARAMETER, '$1[redacted]');

/** The request as the server log shows it (Fastify's fields, with the URL redacted). */
export function requestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
