/**
 * What the server costs around the database, measured side by side in one run: the real server (a
 * child process running `rapport start`, rate limit lifted) against a bare Fastify server that
 * serves the very same JSON bodies on the same routes (fetched once from the real server), both
 * loaded by autocannon; then the SQL each request ran, replayed on its own, as the other ceiling.
 *
 *   npx tsx bench/http-overhead.ts [--people 100000] [--seconds 8] [--connections 16,4] [--keep]
 *                                  [--database postgres://…] [--only id,people] [--profile]
 *
 * `--keep` reuses the seeded database of an earlier run. `--database` runs on PostgreSQL: give it a
 * dedicated empty database (`createdb -h 127.0.0.1 -U postgres bench_http`), seeded on the first run.
 * `--profile` runs the real server under `node --cpu-prof` and prints where its CPU time went.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { formatSummary, summarizeProfile } from './lib/cpu-profile.js';
import { loadDirect, loadHttp, type Figures } from './lib/measure.js';
import { captureRequestQueries, replay } from './lib/query-capture.js';
import { sampleRecords } from './lib/scenarios.js';
import { freePort, OUT, openSeeded, ROOT, startServer, stopServer, waitUntilReady } from './lib/setup.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '16,4' },
    keep: { type: 'boolean', default: false },
    database: { type: 'string' },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});
const DATABASE_URL = values.database ?? `sqlite:${OUT}http-overhead.db`;
const onSqlite = DATABASE_URL.startsWith('sqlite:');
const NAME = `http-overhead${onSqlite ? '' : '.postgres'}`;
const people = Number(values.people);
const seconds = Number(values.seconds);
const connectionCounts = values.connections.split(',').map(Number);
const PROFILES = `${OUT}profiles/`;

interface Scenario {
  key: string;
  name: string;
  /** The route as Fastify declares it, for the bare server. */
  route: string;
  /** The URLs requested in turn. */
  paths: string[];
}

function scenarioList(sample: Awaited<ReturnType<typeof sampleRecords>>): Scenario[] {
  const people = '/api/v1/people';
  const list: Scenario[] = [
    {
      key: 'id',
      name: 'GET person by id',
      route: `${people}/:id`,
      paths: sample.ids.slice(0, 200).map((id) => `${people}/${id}`),
    },
    { key: 'people', name: 'GET /people?limit=50', route: people, paths: [`${people}?limit=50`] },
    {
      key: 'companies',
      name: 'GET /companies?limit=50',
      route: '/api/v1/companies',
      paths: ['/api/v1/companies?limit=50'],
    },
    {
      key: 'filter',
      name: 'people filter[country]=PL',
      route: people,
      paths: [`${people}?limit=50&filter[country]=PL`],
    },
    {
      key: 'sort',
      name: 'people sort=firstName',
      route: people,
      paths: [`${people}?limit=50&sort=firstName`],
    },
    {
      key: 'search',
      name: 'search q=<name prefix>',
      route: '/api/v1/search',
      paths: sample.prefixes.slice(0, 100).map((prefix) => `/api/v1/search?q=${encodeURIComponent(prefix)}`),
    },
  ];
  const only = values.only?.split(',');
  return only ? list.filter((scenario) => only.includes(scenario.key)) : list;
}

function rotate(paths: string[]) {
  let i = 0;
  return () => ({ path: paths[i++ % paths.length]! });
}

/** Every URL's body as the real server answers it (each must be a 200). */
async function fetchBodies(baseUrl: string, apiKey: string, scenarios: Scenario[]) {
  const bodies: Record<string, string> = {};
  for (const path of scenarios.flatMap((scenario) => scenario.paths)) {
    const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${apiKey}` } });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    bodies[path] = await response.text();
  }
  return bodies;
}

async function startBare(bodies: Record<string, string>, scenarios: Scenario[], port: number) {
  const file = `${OUT}${NAME}.bodies.json`;
  writeFileSync(file, JSON.stringify({ routes: [...new Set(scenarios.map((s) => s.route))], bodies }));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', `${ROOT}bench/lib/bare-server.ts`, file, String(port)],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  await waitUntilReady(child, `http://127.0.0.1:${port}/readyz`);
  // The bare server must answer byte for byte what the real one did, or the comparison means nothing.
  for (const path of scenarios.map((scenario) => scenario.paths[0]!)) {
    const text = await (await fetch(`http://127.0.0.1:${port}${path}`)).text();
    if (text !== bodies[path]) throw new Error(`the bare server's body for ${path} differs`);
  }
  return child;
}

interface HttpRow {
  scenario: string;
  connections: number;
  real: Figures;
  bare: Figures;
}

interface SqlRow {
  scenario: string;
  queries: number;
  sql: Figures;
}

async function loadBoth(real: string, bare: string, apiKey: string, scenarios: Scenario[]) {
  const rows: HttpRow[] = [];
  for (const connections of connectionCounts) {
    for (const scenario of scenarios) {
      process.stderr.write(`HTTP ×${connections}: ${scenario.name}\n`);
      const http = { method: 'GET' as const, next: rotate(scenario.paths) };
      await loadHttp(real, apiKey, http, 2, connections); // warm-up
      const realFigures = await loadHttp(real, apiKey, http, seconds, connections);
      await loadHttp(bare, apiKey, http, 1, connections);
      const bareFigures = await loadHttp(bare, apiKey, http, seconds, connections);
      rows.push({ scenario: scenario.name, connections, real: realFigures, bare: bareFigures });
    }
  }
  return rows;
}

async function measureSql(db: Parameters<typeof replay>[0], apiKey: string, scenarios: Scenario[]) {
  const rows: SqlRow[] = [];
  for (const scenario of scenarios) {
    process.stderr.write(`SQL: ${scenario.name}\n`);
    const captured = [
      ...(await captureRequestQueries(DATABASE_URL, apiKey, scenario.paths.slice(0, 50))).values(),
    ];
    let i = 0;
    const sql = await loadDirect(() => replay(db, captured[i++ % captured.length]!), Math.min(seconds, 3));
    const queries = captured.reduce((sum, list) => sum + list.length, 0) / captured.length;
    rows.push({ scenario: scenario.name, queries, sql });
  }
  return rows;
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const count = (value: number) => Math.round(value).toLocaleString('en');

function formatHttp(rows: HttpRow[]): string {
  const lines = [
    '| scenario | conns | real req/s | bare req/s | real/bare | real p50 ms | real p99 ms | bare p50 ms | bare p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { scenario, connections, real, bare } of rows) {
    const ratio = (real.perSecond / bare.perSecond).toFixed(2);
    const cells = [scenario, connections, count(real.perSecond), count(bare.perSecond), `${ratio}×`];
    cells.push(ms(real.p50), ms(real.p99), ms(bare.p50), ms(bare.p99), real.errors + bare.errors);
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function formatSql(rows: SqlRow[]): string {
  const lines = [
    '| scenario | queries per request | SQL p50 ms | SQL p99 ms | requests/s (SQL only, one at a time) |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const { scenario, queries, sql } of rows)
    lines.push(
      `| ${scenario} | ${queries.toFixed(1)} | ${ms(sql.p50)} | ${ms(sql.p99)} | ${count(sql.perSecond)} |`,
    );
  return lines.join('\n');
}

/** The main thread's profile (`CPU.<date>.<time>.<pid>.0.<n>`; tsx's loader thread writes its own). */
function newestProfile(): string | null {
  const files = readdirSync(PROFILES)
    .filter((name) => /\.0\.\d+\.cpuprofile$/.test(name))
    .sort();
  return files.length ? `${PROFILES}${files[files.length - 1]}` : null;
}

async function main() {
  if (!Number.isInteger(people) || people < 1) throw new Error('--people must be a positive whole number');
  mkdirSync(PROFILES, { recursive: true });
  const { db, prepared } = await openSeeded({
    url: DATABASE_URL,
    people,
    keep: values.keep,
    stateFile: `${OUT}${NAME}.workspace.json`,
  });
  const scenarios = scenarioList(await sampleRecords(db, prepared.workspaceId, 2000));

  const [realPort, barePort] = [await freePort(), await freePort()];
  const nodeArgs = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${PROFILES}`] : [];
  const server = await startServer(realPort, DATABASE_URL, nodeArgs);
  const real = `http://127.0.0.1:${realPort}`;
  let http: HttpRow[];
  try {
    const bodies = await fetchBodies(real, prepared.apiKey, scenarios);
    const bare = await startBare(bodies, scenarios, barePort);
    try {
      http = await loadBoth(real, `http://127.0.0.1:${barePort}`, prepared.apiKey, scenarios);
    } finally {
      await stopServer(bare);
    }
  } finally {
    await stopServer(server);
  }
  const sql = await measureSql(db, prepared.apiKey, scenarios);
  await db.destroy();

  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  console.log(
    `\n${people.toLocaleString('en')} people on ${onSqlite ? 'SQLite' : 'PostgreSQL'}; ${machine}; ` +
      `${seconds} s per load${prepared.seed ? `; seeded in ${prepared.seed.seconds.toFixed(0)} s` : ''}\n`,
  );
  console.log(formatHttp(http));
  console.log(`\n${formatSql(sql)}`);
  writeFileSync(`${OUT}${NAME}.results.json`, JSON.stringify({ people, seconds, http, sql }, null, 2));
  const profile = values.profile ? newestProfile() : null;
  if (profile)
    console.log(`\nCPU profile of the real server: ${profile}\n${formatSummary(summarizeProfile(profile))}`);
}

await main();
