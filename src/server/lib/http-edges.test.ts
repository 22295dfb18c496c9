import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, trustProxyOption } from '../app.js';
import { openTestDatabase } from '../testing/test-database.js';
import type { FastifyInstance } from 'fastify';

/** One raw HTTP exchange, for what app.inject cannot send (oversize headers, broken request lines). */
function rawRequest(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the HTTP edge', () => {
  let app: FastifyInstance;
  let closeDb: () => Promise<void>;
  beforeAll(async () => {
    const { db, close } = await openTestDatabase('sqlite');
    closeDb = close;
    app = await buildApp({ db, webRoot: null, rateLimitPerMinute: 5 });
    await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.close();
    await closeDb();
  });

  it('reads TRUST_PROXY as none by default, a list of proxies, or everyone', () => {
    expect(trustProxyOption(undefined)).toBe(false);
    expect(trustProxyOption('')).toBe(false);
    expect(trustProxyOption('false')).toBe(false);
    expect(trustProxyOption('true')).toBe(true);
    expect(trustProxyOption('loopback, 10.0.0.0/8')).toEqual(['loopback', '10.0.0.0/8']);
  });

  it('does not let a client pick a fresh rate limit by rotating X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/people',
        headers: { 'x-forwarded-for': `203.0.113.${i}` },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  it('sends security headers on the API and refuses to be framed', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(String(response.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    // Plain http: no HSTS (a proxy is not trusted, so X-Forwarded-Proto changes nothing).
    const forwarded = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(forwarded.headers['strict-transport-security']).toBeUndefined();
  });

  it('answers problem+json to a malformed URL, an over-long id and oversize headers', async () => {
    const badEncoding = await app.inject({ method: 'GET', url: '/api/v1/people/%E0%A4%A' });
    expect(badEncoding.statusCode).toBe(400);
    expect(badEncoding.headers['content-type']).toContain('application/problem+json');
    expect(badEncoding.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('url');
    expect(badEncoding.headers['x-content-type-options']).toBe('nosniff');

    const longId = await app.inject({ method: 'GET', url: `/api/v1/people/${'a'.repeat(500)}` });
    expect(longId.statusCode).toBe(414);
    expect(longId.headers['content-type']).toContain('application/problem+json');

    const { port } = app.server.address() as AddressInfo;
    const huge = await rawRequest(port, '/healthz', { 'x-filler': 'x'.repeat(20_000) });
    expect(huge.status).toBe(431);
    expect(huge.type).toContain('application/problem+json');
    expect(JSON.parse(huge.body)).toMatchObject({ status: 431 });
  });
});

describe('behind a trusted proxy', () => {
  let app: FastifyInstance;
  let closeDb: () => Promise<void>;
  beforeAll(async () => {
    const { db, close } = await openTestDatabase('sqlite');
    closeDb = close;
    app = await buildApp({ db, webRoot: null, trustProxy: ['127.0.0.1'] });
  });
  afterAll(async () => {
    await app.close();
    await closeDb();
  });

  it('believes the proxy about https and then sends HSTS', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.headers['strict-transport-security']).toContain('max-age=');
  });
});
