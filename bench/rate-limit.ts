/**
 * What the shared rate-limit store costs. A bare route behind @fastify/rate-limit, configured as
 * app.ts configures it, runs in a child process with the in-memory store and then with the
 * PostgreSQL store (`lib/rate-limit-store.ts`); autocannon loads each at 16 connections, once with
 * one credential (an integration's API key: every request updates the same row) and once with a
 * thousand. Then the store alone: increments per second from as many concurrent callers.
 *
 *   npx tsx bench/rate-limit.ts --database postgres://…/rapport_bench [--seconds 8] [--connections 16]
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { databaseRateLimitStore } from '../src/server/lib/rate-limit-store.js';
import { freePort, waitUntilReady } from './lib/setup.js';

const { values } = parseArgs({
  options: {
    database: { type: 'string' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '16' },
    serve: { type: 'string' },
    port: { type: 'string' },
  },
});
const DATABASE_URL = values.database ?? '';
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const KEYS = 1000;

/** The child: the route with the limit of app.ts (lifted, so nothing is refused) and the chosen store. */
async function serve(store: 'memory' | 'postgres', port: number) {
  const db = store === 'postgres' ? openDatabase(DATABASE_URL) : null;
  const app = Fastify();
  await app.register(fastifyRateLimit, {
    max: 100_000_000,
    timeWindow: 60_000,
    enableDraftSpec: true,
    store: db ? databaseRateLimitStore(db) : undefined,
    keyGenerator: (request) => String(request.headers['x-credential'] ?? request.ip),
  });
  app.get('/api/v1/ping', () => ({ ok: true }));
  app.get('/readyz', { config: { rateLimit: false } }, () => ({ ok: true }));
  await app.listen({ port, host: '127.0.0.1' });
}

async function load(port: number, credentials: number) {
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        path: '/api/v1/ping',
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, 'x-credential': `key-${next++ % credentials}` },
        }),
      },
    ],
  });
  return {
    perSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

async function measureServer(store: 'memory' | 'postgres') {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL(import.meta.url).pathname, '--serve', store, '--port', String(port)].concat(
      DATABASE_URL ? ['--database', DATABASE_URL] : [],
    ),
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  await waitUntilReady(child, `http://127.0.0.1:${port}/readyz`);
  try {
    await load(port, KEYS); // warm-up
    return { oneCredential: await load(port, 1), [`${KEYS}Credentials`]: await load(port, KEYS) };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

/** The store alone: `connections` callers incrementing back to back, one key or many. */
async function measureStore(credentials: number) {
  const db = openDatabase(DATABASE_URL);
  const Store = databaseRateLimitStore(db);
  const store = new Store();
  const incr = (key: string) =>
    new Promise<void>((resolve, reject) =>
      store.incr(key, (error) => (error ? reject(error) : resolve()), 60_000),
    );
  let done = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, caller) => {
      for (let i = caller; performance.now() < end; i += connections) {
        await incr(`store-${i % credentials}`);
        done++;
      }
    }),
  );
  await db.destroy();
  return Math.round(done / seconds);
}

async function main() {
  if (values.serve) return serve(values.serve as 'memory' | 'postgres', Number(values.port));
  if (!DATABASE_URL.startsWith('postgres')) throw new Error('--database postgres://… is required');
  const db = openDatabase(DATABASE_URL);
  await migrateToLatest(db);
  await db.destroy();
  const loadBefore = loadavg()[0]!.toFixed(1);
  const memory = await measureServer('memory');
  const postgres = await measureServer('postgres');
  const storeAlone = { oneKey: await measureStore(1), [`${KEYS}Keys`]: await measureStore(KEYS) };
  console.log(
    JSON.stringify(
      {
        connections,
        seconds,
        memory,
        postgres,
        storeIncrementsPerSecond: storeAlone,
        loadAverage: `${loadBefore} → ${loadavg()[0]!.toFixed(1)}`,
        machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 1024 ** 3)} GB`,
      },
      null,
      2,
    ),
  );
}

await main();
