/**
 * Activities at scale: a workspace seeded by `rapport seed`'s generator (about ten activities per
 * person, each with its events on the person's and the company's timelines), plus a busy rep with
 * 5,000 open tasks. Then, over HTTP against the real server at 16 connections: the first page of a
 * person's timeline (all kinds, and calls only) for people picked at random, and the busy rep's
 * "My day".
 *
 *   npx tsx bench/activities.ts [--people 1000000] [--open-tasks 5000] [--seconds 10]
 *                               [--connections 16] [--keep] [--database postgres://…]
 *
 * `--people 1000000` makes about ten million activities. `--keep` reuses the database of an earlier
 * run. `--database` runs on PostgreSQL: give it a dedicated empty database.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { openDatabase, type Db } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import type { Activity } from '../src/server/modules/activities/activities.record.js';
import { createWorkspace } from '../src/server/modules/workspaces/workspaces.service.js';
import { insertMany } from '../src/server/seed/bulk-insert.js';
import { Prng } from '../src/server/seed/prng.js';
import { cryptoBits, uuidv7At } from '../src/server/seed/seed-ids.js';
import { activityTable } from '../src/server/seed/seed-tables.js';
import { seedWorkspace } from '../src/server/seed/seed-workspace.js';
import type { Figures } from './lib/measure.js';
import { freePort, OUT, startServer, stopServer } from './lib/setup.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000000' },
    'open-tasks': { type: 'string', default: '5000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    keep: { type: 'boolean', default: false },
    database: { type: 'string' },
  },
});
const people = Number(values.people);
const openTasks = Number(values['open-tasks']);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const DATABASE_URL = values.database ?? `sqlite:${OUT}activities.db`;
const onSqlite = DATABASE_URL.startsWith('sqlite:');
const STATE_FILE = `${OUT}activities${onSqlite ? '' : '.postgres'}.workspace.json`;
const PASSWORD = 'bench password 123';

interface Prepared {
  workspaceId: string;
  email: string;
  activities: number;
  seedSeconds: number;
  personIds: string[];
}

/** The busy rep's open tasks, due from a month ago to a month ahead, on the seeded people. */
function openTasksOf(ownerId: string, personIds: string[], count: number): Activity[] {
  const random = new Prng('busy-rep');
  const bits = cryptoBits();
  const now = Date.now();
  return Array.from({ length: count }, () => {
    const due = now + random.int(-30, 30) * 86_400_000 + random.int(0, 86_399) * 1000;
    const created = Math.min(now, due) - 86_400_000;
    const at = new Date(created).toISOString();
    return {
      id: uuidv7At(created, bits),
      type: 'task',
      subject: 'Follow up on the offer',
      body: null,
      dueAt: new Date(due).toISOString(),
      endAt: null,
      completedAt: null,
      personId: random.pick(personIds),
      companyId: null,
      dealId: null,
      recordType: null,
      recordId: null,
      priority: random.pick(['low', 'normal', 'high']),
      direction: null,
      durationMinutes: null,
      outcome: null,
      location: null,
      attendees: [],
      recurrence: null,
      remindAt: null,
      remindedAt: null,
      ownerId,
      tags: [],
      custom: {},
      version: 1,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    } satisfies Activity;
  });
}

async function prepare(db: Db): Promise<Prepared> {
  await migrateToLatest(db);
  const email = `rep.${Date.now()}@bench.example`;
  const { workspaceId, userId } = await createWorkspace(db, {
    name: 'Activities bench',
    ownerEmail: email,
    ownerPassword: PASSWORD,
    ownerName: 'Busy Rep',
    locale: 'en',
  });
  const started = performance.now();
  const seeded = await seedWorkspace(db, {
    workspaceId,
    people,
    seed: 'bench-activities',
    onProgress: (done, total) => process.stdout.write(`\r  seeded ${done} of ${total} people`),
  });
  process.stdout.write('\n');
  const sample = await db
    .selectFrom('people')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .orderBy(sql`random()`)
    .limit(1000)
    .execute();
  const personIds = sample.map((p) => p.id);
  await db
    .transaction()
    .execute((trx) => insertMany(trx, activityTable(workspaceId), openTasksOf(userId, personIds, openTasks)));
  return {
    workspaceId,
    email,
    activities: seeded.activities + openTasks,
    seedSeconds: Math.round((performance.now() - started) / 1000),
    personIds,
  };
}

async function load(url: string, cookie: string, next: () => string): Promise<Figures> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { cookie },
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: next() }) }],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    perSecond: result.requests.average,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`sign-in answered ${response.status}`);
  return cookie;
}

mkdirSync(OUT, { recursive: true });
if (!values.keep && onSqlite) rmSync(DATABASE_URL.slice('sqlite:'.length), { force: true });
const db = openDatabase(DATABASE_URL);
const prepared: Prepared =
  values.keep && existsSync(STATE_FILE)
    ? (JSON.parse(readFileSync(STATE_FILE, 'utf8')) as Prepared)
    : await prepare(db);
writeFileSync(STATE_FILE, JSON.stringify(prepared));
const [{ n: totalActivities }] = (await sql<{ n: number }>`select count(*) as n from activities`.execute(db))
  .rows as [{ n: number }];
const [{ n: totalEvents }] = (await sql<{ n: number }>`select count(*) as n from timeline_events`.execute(db))
  .rows as [{ n: number }];
await db.destroy();

const port = await freePort();
const server = await startServer(port, DATABASE_URL);
const url = `http://127.0.0.1:${port}`;
try {
  const cookie = await signIn(url, prepared.email);
  let i = 0;
  const person = () => prepared.personIds[i++ % prepared.personIds.length]!;
  const rows: string[] = ['| request | p50 ms | p99 ms | req/s | errors |', '|---|---:|---:|---:|---:|'];
  const scenarios: [string, () => string][] = [
    ["a person's timeline, first page", () => `/api/v1/people/${person()}/timeline?limit=25`],
    ["a person's timeline, calls only", () => `/api/v1/people/${person()}/timeline?limit=25&kind=call`],
    [`My day, ${openTasks} open tasks`, () => '/api/v1/my-day?timeZone=Europe/Sofia'],
  ];
  for (const [name, next] of scenarios) {
    await load(url, cookie, next); // warm-up
    const figures = await load(url, cookie, next);
    rows.push(
      `| ${name} | ${figures.p50.toFixed(1)} | ${figures.p99.toFixed(1)} | ${figures.perSecond.toFixed(0)} | ${figures.errors} |`,
    );
  }
  console.log(
    `\nActivities at ${people.toLocaleString('en')} people: ${Number(totalActivities).toLocaleString('en')} activities, ` +
      `${Number(totalEvents).toLocaleString('en')} timeline events (seeded in ${prepared.seedSeconds} s), ` +
      `${onSqlite ? 'SQLite' : 'PostgreSQL'}, ${connections} connections, ${seconds} s each; ` +
      `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, load ${loadavg()[0]!.toFixed(2)}\n`,
  );
  console.log(rows.join('\n'));
} finally {
  await stopServer(server);
}
