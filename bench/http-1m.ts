/**
 * HTTP benchmark at scale: a fresh SQLite database under bench/.out/, one workspace seeded with N
 * people (default a million), the real server in a child process on loopback, autocannon against it,
 * then the same work through the service layer in this process as the ceiling.
 *
 *   npx tsx bench/http-1m.ts [--people 1000000] [--seconds 10] [--connections 4] [--keep]
 *                            [--database postgres://…]
 *
 * `--keep` reuses the database when it already holds the seeded workspace (for iterating on queries
 * without re-seeding). `--database` runs on PostgreSQL instead: give it an empty database, which is
 * seeded on the first run and reused with `--keep`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase, type Db } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { actorFromApiKey } from '../src/server/modules/auth/actors.js';
import { createWorkspace } from '../src/server/modules/workspaces/workspaces.service.js';
import { seedWorkspace } from '../src/server/seed/seed-workspace.js';
import { formatTable, loadDirect, loadHttp, type Row } from './lib/measure.js';
import { sampleRecords, scenarios } from './lib/scenarios.js';

const OUT = new URL('./.out/', import.meta.url).pathname;
const DB_FILE = `${OUT}http-1m.db`;
const ROOT = new URL('../', import.meta.url).pathname;

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '4' },
    keep: { type: 'boolean', default: false },
    database: { type: 'string' },
  },
});
const DATABASE_URL = values.database ?? `sqlite:${DB_FILE}`;
const onSqlite = DATABASE_URL.startsWith('sqlite:');
const STATE_FILE = `${OUT}http-1m${onSqlite ? '' : '.postgres'}.workspace.json`;
const people = Number(values.people);
const seconds = Number(values.seconds);
const connections = Number(values.connections);

interface Prepared {
  workspaceId: string;
  apiKey: string;
  seed: { seconds: number; cpuSeconds: number; companies: number; notes: number } | null;
}

/** A fresh database with one seeded workspace, or the kept one from an earlier run. */
async function prepare(db: Db): Promise<Prepared> {
  await migrateToLatest(db);
  const workspace = await createWorkspace(db, {
    name: 'Bench',
    ownerEmail: 'bench@example.com',
    ownerPassword: 'bench-password-1',
    withApiKey: true,
  });
  const cpu = process.cpuUsage();
  const result = await seedWorkspace(db, {
    workspaceId: workspace.workspaceId,
    people,
    seed: 'bench',
    onProgress: (done, total) => process.stderr.write(`\rseeding ${done}/${total}`),
  });
  const used = process.cpuUsage(cpu);
  process.stderr.write('\n');
  const prepared = {
    workspaceId: workspace.workspaceId,
    apiKey: workspace.apiKey!,
    seed: {
      seconds: result.seconds,
      cpuSeconds: (used.user + used.system) / 1e6,
      companies: result.companies,
      notes: result.notes,
    },
  };
  writeFileSync(STATE_FILE, JSON.stringify(prepared));
  return prepared;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The real `rapport start`, so the figures include everything a deployment runs. */
async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [`${ROOT}bin/rapport.mjs`, 'start', '--port', String(port), '--host', '127.0.0.1'],
    {
      env: {
        ...process.env,
        DATABASE_URL,
        RATE_LIMIT_PER_MINUTE: '100000000',
        LOG_LEVEL: 'warn',
      },
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  for (let attempt = 0; attempt < 300; attempt++) {
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('the server did not become ready in 30 s');
}

async function main() {
  if (!Number.isInteger(people) || people < 1) throw new Error('--people must be a positive whole number');
  mkdirSync(OUT, { recursive: true });
  const reuse = values.keep && (!onSqlite || existsSync(DB_FILE)) && existsSync(STATE_FILE);
  if (!reuse && onSqlite)
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${DB_FILE}${suffix}`, { force: true });
  const db = openDatabase(DATABASE_URL);
  const prepared: Prepared = reuse
    ? { ...(JSON.parse(readFileSync(STATE_FILE, 'utf8')) as Prepared), seed: null }
    : await prepare(db);
  const sample = await sampleRecords(db, prepared.workspaceId, 2000);
  const actor = (await actorFromApiKey(db, prepared.apiKey, '127.0.0.1'))!.actor;
  const list = scenarios(db, actor, sample);

  const port = await freePort();
  const server = await startServer(port);
  const http = [];
  try {
    for (const scenario of list) {
      process.stderr.write(`HTTP: ${scenario.name}\n`);
      await loadHttp(`http://127.0.0.1:${port}`, prepared.apiKey, scenario.http, 2, connections); // warm-up
      http.push(
        await loadHttp(`http://127.0.0.1:${port}`, prepared.apiKey, scenario.http, seconds, connections),
      );
    }
  } finally {
    server.kill('SIGTERM');
  }
  const rows: Row[] = [];
  for (const [i, scenario] of list.entries()) {
    process.stderr.write(`direct: ${scenario.name}\n`);
    rows.push({
      name: scenario.name,
      http: http[i]!,
      direct: await loadDirect(scenario.direct, Math.min(seconds, 5)),
    });
  }
  await db.destroy();
  report(prepared, rows);
}

function report(prepared: Prepared, rows: Row[]) {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const database = onSqlite ? 'SQLite' : 'PostgreSQL';
  console.log(`\n${people.toLocaleString('en')} people in one workspace on ${database}; ${machine}`);
  if (prepared.seed) {
    const { seconds: wall, cpuSeconds, companies, notes } = prepared.seed;
    console.log(
      `seed: ${wall.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU (${companies} companies, ${notes} notes)`,
    );
  }
  console.log(
    `HTTP: autocannon, ${connections} connections, ${seconds} s per scenario; direct: service calls back to back\n`,
  );
  console.log(formatTable(rows));
  writeFileSync(
    `${OUT}http-1m${onSqlite ? '' : '.postgres'}.results.json`,
    JSON.stringify({ people, connections, seconds, seed: prepared.seed, rows }, null, 2),
  );
}

await main();
