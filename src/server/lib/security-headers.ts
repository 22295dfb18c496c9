import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Headers that keep the browser on our side: nothing is framed (clickjacking), scripts come only from
 * this origin, responses are not sniffed into another type, and links to other sites carry no path.
 * The web app needs inline styles (Mantine writes its theme variables in a style tag).
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
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** A `<script>` without `src`, and its text: what a hash in script-src has to cover. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * The API reference page (Scalar) starts itself with one inline script. Rather than allowing every
 * inline script ('unsafe-inline', which would also let markup injected into the rendered OpenAPI
 * descriptions run), its page allows exactly the scripts it was sent with, by SHA-256 hash.
 */
export function docsPagePolicy(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
    ([, text = '']) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`,
  );
  return APP_POLICY.replace("script-src 'self'", ["script-src 'self'", ...hashes].join(' '));
}

const pathOf = (request: FastifyRequest) => request.url.split('?')[0]!;
const isDocs = (path: string) => path === '/api/docs' || path.startsWith('/api/docs/');

export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply) {
  const path = pathOf(request);
  const policy =
    !isDocs(path) && (path.startsWith('/api/') || path.startsWith('/healthz') || path.startsWith('/readyz'))
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

// Hooks with a callback rather than async ones: they run on every request and wait for nothing.
export function registerSecurityHeaders(app: FastifyInstance) {
  app.addHook('onRequest', (request, reply, done) => {
    applySecurityHeaders(request, reply);
    done();
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    if (typeof payload === 'string' && String(reply.getHeader('content-type')).startsWith('text/html'))
      if (isDocs(pathOf(request))) void reply.header('content-security-policy', docsPagePolicy(payload));
    done(null, payload);
  });
}
