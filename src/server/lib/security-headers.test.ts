import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openTestDatabase } from '../testing/test-database.js';
import { docsPagePolicy } from './security-headers.js';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

describe('docsPagePolicy', () => {
  it('allows exactly the inline scripts of the page, by hash, and no script loaded by src', () => {
    const html = [
      '<script src="js/scalar.js"></script>',
      '<script type="text/javascript">\n  start()\n</script>',
      '<SCRIPT>other()</SCRIPT>',
    ].join('\n');
    const scripts = directive(docsPagePolicy(html), 'script-src');
    expect(scripts).toBe(`script-src 'self' ${sha256('\n  start()\n')} ${sha256('other()')}`);
  });

  it('is the app policy when the page has no inline script', () => {
    expect(directive(docsPagePolicy('<p>no scripts</p>'), 'script-src')).toBe("script-src 'self'");
  });
});

describe('Content-Security-Policy by kind of response', () => {
  let app: FastifyInstance;
  let closeDb: () => Promise<void>;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'rapport-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>');
    const { db, close } = await openTestDatabase('sqlite');
    closeDb = close;
    app = await buildApp({ db, webRoot });
  });
  afterAll(async () => {
    await app.close();
    await closeDb();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const policyOf = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    return { response, policy: String(response.headers['content-security-policy']) };
  };

  it('runs no inline script in the web app and lets nobody frame it', async () => {
    const { response, policy } = await policyOf('/people');
    expect(response.headers['content-type']).toContain('text/html');
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  it("allows the API reference's start-up script by its hash, never any inline script", async () => {
    const { response, policy } = await policyOf('/api/docs/');
    const inline = [...response.body.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)];
    expect(inline).toHaveLength(1);
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' ${sha256(inline[0]![1]!)}`);
    expect(policy).not.toContain('unsafe-eval');
    expect(directive(policy, 'font-src')).toBe("font-src 'self' data:");
    // Fonts and Scalar's services stay off: the reference needs nothing from another site.
    expect(response.body).toContain('"withDefaultFonts": false');
    expect(response.body).toContain('"telemetry": false');
  });

  it("serves the reference's script under the app policy and the API under default-src 'none'", async () => {
    const script = await policyOf('/api/docs/js/scalar.js');
    expect(script.response.statusCode).toBe(200);
    expect(directive(script.policy, 'script-src')).toBe("script-src 'self'");
    for (const url of ['/api/openapi.json', '/api/v1/people', '/api/docsx', '/healthz?probe=1'])
      expect((await policyOf(url)).policy).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
