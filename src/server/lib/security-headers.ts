import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Headers that keep the browser on our side: nothing is framed (clickjacking), scripts come only from
 * this origin, responses are not sniffed into another type, and links to other sites carry no path.
 * The web app needs inline styles (Mantine writes its theme variables in a style tag); the API
 * reference page at /api/docs also runs an inline start-up script.
 */
const APP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
const DOCS_POLICY = APP_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply) {
  const path = request.url;
  const policy = path.startsWith('/api/docs')
    ? DOCS_POLICY
    : path.startsWith('/api/') || path.startsWith('/healthz') || path.startsWith('/readyz')
      ? API_POLICY
      : APP_POLICY;
  void reply.headers({
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'same-origin',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  });
  // Only over https (directly, or through a trusted proxy saying so): HSTS on plain http is ignored
  // by browsers and would only confuse a local install.
  if (request.protocol === 'https')
    void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
}

export function registerSecurityHeaders(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => applySecurityHeaders(request, reply));
}
