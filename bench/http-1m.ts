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
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { actorFromApiKey } from '../src/server/modules/auth/actors.js';
import { formatTable, loadDirect, loadHttp, type Row } from './lib/measure.js';
import { sampleRecords, scenarios } from './lib/scenarios.js';
import { freePort, OUT, openSeeded, startServer, stopServer, type Prepared } from './lib/setup.js';

const DB_FILE = `${OUT}http-1m.db`;

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

async function main() {
  if (!Number.isInteger(people) || people < 1) throw new Error('--people must be a positive whole number');
  mkdirSync(OUT, { recursive: true });
  const { db, prepared } = await openSeeded({
    url: DATABASE_URL,
    people,
    keep: values.keep,
    stateFile: STATE_FILE,
  });
  const sample = await sampleRecords(db, prepared.workspaceId, 2000);
  const actor = (await actorFromApiKey(db, prepared.apiKey, '127.0.0.1'))!.actor;
  const list = scenarios(db, actor, sample);

  const port = await freePort();
  const server = await startServer(port, DATABASE_URL);
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
    await stopServer(server);
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
