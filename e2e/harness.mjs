/* global fetch, setTimeout, document, window, location */
// Shared by the journey and the screenshot tour: a real server on a free port with a fresh SQLite
// file, and Debian's Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not answer ${url}/healthz within ${timeoutMs} ms`);
}

/**
 * Starts `rapport start` on a free port. Without SMTP settings, emails go to the development outbox
 * and their links to the log at info level: `logLevel: 'info'` and `outboxLinks` read them.
 */
export async function startServer({ logLevel = 'warn' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logs = [];
  const child = spawn(
    process.execPath,
    ['bin/rapport.mjs', 'start', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: `sqlite:${join(dir, 'e2e.db')}`,
        LOG_LEVEL: logLevel,
        PUBLIC_URL: url,
        SMTP_URL: '',
        RATE_LIMIT_PER_MINUTE: '100000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout.on('data', (chunk) => logs.push(String(chunk)));
  child.stderr.on('data', (chunk) => logs.push(String(chunk)));
  try {
    await waitForHealth(url, child, 30_000);
  } catch (error) {
    child.kill();
    process.stderr.write(logs.join(''));
    throw error;
  }
  return {
    url,
    logs,
    /** The links of the emails to `to` kept in the development outbox so far. */
    outboxLinks(to) {
      return logs
        .join('')
        .split('\n')
        .filter((line) => line.includes('"links"') && line.endsWith('}'))
        .map((line) => JSON.parse(line))
        .filter((entry) => entry.to === to)
        .flatMap((entry) => entry.links);
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Collects what the Content-Security-Policy blocks on every page of `context` (the directive, the
 * blocked URL or 'inline'/'eval', and the script that tried), so that a run can fail on it.
 */
export async function collectCspViolations(context) {
  const violations = [];
  await context.exposeBinding('reportCspViolation', (_source, violation) => violations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      window.reportCspViolation({
        page: location.pathname,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
      }),
    );
  });
  return violations;
}

/**
 * Picks a language in the user menu (its button named `menuName` in the language shown) and waits
 * until the profile has saved it, so that a page loaded next opens in that language.
 */
export async function chooseLanguage(page, language, menuName = 'Open user menu') {
  const saved = page.waitForResponse(
    (response) => response.url().endsWith('/auth/profile') && response.request().method() === 'PATCH',
  );
  await page.getByRole('button', { name: menuName }).click();
  await page.getByRole('menuitem', { name: language }).click();
  const response = await saved;
  if (!response.ok()) throw new Error(`saving the language answered ${response.status()}`);
}
