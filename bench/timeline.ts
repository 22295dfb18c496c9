/**
 * Record timelines at scale: one workspace with N timeline events (default ten million), most of
 * them spread over many people and one person with a long history (default 100,000 events), then
 * the first page, a deep cursor page and kind-filtered pages of that person's timeline, and first
 * pages of the others', each timed as the SQL alone and over HTTP against the real server.
 *
 *   npx tsx bench/timeline.ts [--events 10000000] [--hot 100000] [--records 100000] [--seconds 5]
 *                             [--connections 4] [--keep] [--database postgres://…]
 *
 * `--keep` reuses the database of an earlier run. `--database` runs on PostgreSQL: give it a
 * dedicated empty database. Events are written straight into the table in time order, with
 * multi-row INSERTs; on SQLite into an empty table in one transaction with the secondary indexes
 * rebuilt at the end, as the demo-data seed does.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { isPostgres, openDatabase, writeJson, type Db, type DbOrTrx } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { uuidv7 } from '../src/server/lib/ids.js';
import { encodeCursor } from '../src/server/lib/list-query.js';
import {
  listTimelineEvents,
  type StoredTimelineEvent,
  type TimelinePageQuery,
} from '../src/server/modules/timeline/timeline.repository.js';
import { createWorkspace } from '../src/server/modules/workspaces/workspaces.service.js';
import { insertMany, type BulkTable } from '../src/server/seed/bulk-insert.js';
import { Prng } from '../src/server/seed/prng.js';
import { seedWorkspace } from '../src/server/seed/seed-workspace.js';
import {
  dropSecondaryIndexes,
  recreateIndexes,
  withSeedPragmas,
} from '../src/server/seed/sqlite-bulk-load.js';
import { formatTable, loadDirect, loadHttp, type HttpScenario, type Row } from './lib/measure.js';
import { freePort, OUT, startServer, stopServer } from './lib/setup.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000000' },
    hot: { type: 'string' },
    records: { type: 'string' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '4' },
    keep: { type: 'boolean', default: false },
    database: { type: 'string' },
  },
});
const events = Number(values.events);
const hot = Number(values.hot ?? Math.min(100_000, Math.floor(events / 10)));
const records = Number(values.records ?? Math.min(100_000, Math.max(10, Math.floor(events / 100))));
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const DATABASE_URL = values.database ?? `sqlite:${OUT}timeline.db`;
const onSqlite = DATABASE_URL.startsWith('sqlite:');
const STATE_FILE = `${OUT}timeline${onSqlite ? '' : '.postgres'}.workspace.json`;

interface Prepared {
  workspaceId: string;
  apiKey: string;
  hotId: string;
  sampleIds: string[];
  load: { seconds: number; events: number } | null;
}

const BATCH = 50_000;
const YEAR_MS = 365 * 24 * 3600 * 1000;

const eventTable = (workspaceId: string): BulkTable<StoredTimelineEvent> => ({
  table: 'timeline_events',
  columns: [
    'workspace_id',
    'id',
    'record_type',
    'record_id',
    'kind',
    'occurred_at',
    'actor_type',
    'actor_id',
    'ref_type',
    'ref_id',
    'ref_owner_id',
    'data',
  ],
  values: (e) => [
    workspaceId,
    e.id,
    e.recordType,
    e.recordId,
    e.kind,
    e.occurredAt,
    e.actorType,
    e.actorId,
    e.refType,
    e.refId,
    e.refOwnerId,
    writeJson(e.data),
  ],
});

const TITLES = ['Analyst', 'Head of Sales', 'CFO', 'Buyer', 'Office manager', 'CTO'];

/** One event of a realistic mix: mostly field changes, some notes, a few trash and restore. */
function makeEvent(random: Prng, recordId: string, at: number, userId: string, noteShare: number) {
  const roll = random.next();
  const kind =
    roll < noteShare
      ? 'note'
      : roll < noteShare + 0.01
        ? 'deleted'
        : roll < noteShare + 0.02
          ? 'restored'
          : 'change';
  const note = kind === 'note';
  const before = TITLES[random.int(0, TITLES.length - 1)]!;
  const after = TITLES[random.int(0, TITLES.length - 1)]!;
  return {
    id: uuidv7(at),
    recordType: 'person',
    recordId,
    kind,
    occurredAt: new Date(at).toISOString(),
    actorType: 'user',
    actorId: userId,
    subjectType: null,
    subjectId: null,
    refType: note ? 'note' : null,
    refId: note ? uuidv7(at) : null,
    refOwnerId: note ? userId : null,
    data: note
      ? { action: 'added', excerpt: 'Called about the renewal; wants a quote for 40 seats by Friday.' }
      : kind === 'change'
        ? { changes: { jobTitle: { before, after } } }
        : {},
  } satisfies StoredTimelineEvent;
}

/** Writes the events in time order: every `step`-th is the hot person's, the rest spread. */
async function loadEvents(db: Db, prepared: Prepared, people: string[], userId: string) {
  const random = new Prng('timeline-bench');
  const table = eventTable(prepared.workspaceId);
  const start = Date.now() - 2 * YEAR_MS;
  const spacing = (2 * YEAR_MS) / events;
  const step = Math.max(1, Math.floor(events / hot));
  const write = async (trx: DbOrTrx) => {
    for (let first = 0; first < events; first += BATCH) {
      const batch: StoredTimelineEvent[] = [];
      for (let i = first; i < Math.min(events, first + BATCH); i++) {
        const isHot = i % step === 0 && i / step < hot;
        const recordId = isHot ? prepared.hotId : people[random.int(1, people.length - 1)]!;
        batch.push(makeEvent(random, recordId, Math.floor(start + i * spacing), userId, isHot ? 0.02 : 0.15));
      }
      await insertMany(trx, table, batch);
      process.stderr.write(`\rtimeline events ${Math.min(events, first + BATCH)}/${events}`);
    }
  };
  const started = performance.now();
  if (isPostgres(db)) await write(db);
  else
    await withSeedPragmas(db, () =>
      db.transaction().execute(async (trx) => {
        const indexes = await dropSecondaryIndexes(trx, 'timeline_events');
        await write(trx);
        await recreateIndexes(trx, indexes);
      }),
    );
  process.stderr.write('\n');
  await sql`analyze timeline_events`.execute(db);
  return { seconds: (performance.now() - started) / 1000, events };
}

async function prepare(db: Db): Promise<Prepared> {
  await migrateToLatest(db);
  const workspace = await createWorkspace(db, {
    name: 'Timeline bench',
    ownerEmail: 'timeline-bench@example.com',
    ownerPassword: 'bench-password-1',
    withApiKey: true,
  });
  await seedWorkspace(db, { workspaceId: workspace.workspaceId, people: records, seed: 'timeline' });
  const people = (
    await db.selectFrom('people').select('id').where('workspace_id', '=', workspace.workspaceId).execute()
  ).map((row) => row.id);
  const owner = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', workspace.workspaceId)
    .executeTakeFirstOrThrow();
  const prepared: Prepared = {
    workspaceId: workspace.workspaceId,
    apiKey: workspace.apiKey!,
    hotId: people[0]!,
    sampleIds: people.filter((_, i) => i % Math.max(1, Math.floor(people.length / 200)) === 1).slice(0, 200),
    load: null,
  };
  prepared.load = await loadEvents(db, prepared, people, owner.user_id);
  writeFileSync(STATE_FILE, JSON.stringify(prepared));
  return prepared;
}

async function open(): Promise<{ db: Db; prepared: Prepared }> {
  const file = onSqlite ? DATABASE_URL.slice('sqlite:'.length) : null;
  const reuse = values.keep && (file === null || existsSync(file)) && existsSync(STATE_FILE);
  if (!reuse && file) for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const db = openDatabase(DATABASE_URL);
  if (reuse) {
    await migrateToLatest(db);
    return { db, prepared: { ...(JSON.parse(readFileSync(STATE_FILE, 'utf8')) as Prepared), load: null } };
  }
  return { db, prepared: await prepare(db) };
}

/** The event `depth` events down the hot person's timeline, as the cursor a client would hold. */
async function deepCursor(db: Db, prepared: Prepared, depth: number) {
  const row = await db
    .selectFrom('timeline_events')
    .select(['occurred_at', 'id'])
    .where('workspace_id', '=', prepared.workspaceId)
    .where('record_type', '=', 'person')
    .where('record_id', '=', prepared.hotId)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .offset(depth)
    .limit(1)
    .executeTakeFirstOrThrow();
  return { occurredAt: row.occurred_at, id: row.id };
}

function rotate<T>(items: readonly T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length]!;
}

async function main() {
  for (const [name, value] of Object.entries({ events, hot, records, seconds, connections }))
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  if (hot > events) throw new Error('--hot cannot exceed --events');
  mkdirSync(OUT, { recursive: true });
  const { db, prepared } = await open();
  const deep = await deepCursor(db, prepared, Math.floor(hot * 0.9));
  const deepCursorText = encodeURIComponent(encodeCursor([deep.occurredAt, deep.id]));
  const base: TimelinePageQuery = {
    workspaceId: prepared.workspaceId,
    recordType: 'person',
    recordId: prepared.hotId,
    kinds: null,
    after: null,
    limit: 51,
    hiddenRefTypes: [],
    ownedRefTypes: [],
    subjectTypes: ['company', 'person', 'product'],
  };
  const hotPath = `/api/v1/people/${prepared.hotId}/timeline?limit=50`;
  const nextSample = rotate(prepared.sampleIds);
  const nextSampleSql = rotate(prepared.sampleIds);
  const scenarios: { name: string; path: () => string; query: () => TimelinePageQuery }[] = [
    { name: `first page, ${hot.toLocaleString('en')} events`, path: () => hotPath, query: () => base },
    {
      name: `cursor page ${Math.floor(hot * 0.9).toLocaleString('en')} deep`,
      path: () => `${hotPath}&cursor=${deepCursorText}`,
      query: () => ({ ...base, after: deep }),
    },
    {
      name: 'kind=note (2% of them)',
      path: () => `${hotPath}&kind=note`,
      query: () => ({ ...base, kinds: ['note'] }),
    },
    {
      name: 'kind=note,restored',
      path: () => `${hotPath}&kind=note,restored`,
      query: () => ({ ...base, kinds: ['note', 'restored'] }),
    },
    {
      name: 'kind=note, cursor deep',
      path: () => `${hotPath}&kind=note&cursor=${deepCursorText}`,
      query: () => ({ ...base, kinds: ['note'], after: deep }),
    },
    {
      name: `first page, other people (~${Math.round((events - hot) / records)} events)`,
      path: () => `/api/v1/people/${nextSample()}/timeline?limit=50`,
      query: () => ({ ...base, recordId: nextSampleSql() }),
    },
  ];

  const port = await freePort();
  const server = await startServer(port, DATABASE_URL);
  const http = [];
  try {
    for (const scenario of scenarios) {
      process.stderr.write(`HTTP: ${scenario.name}\n`);
      const load: HttpScenario = { method: 'GET', next: () => ({ path: scenario.path() }) };
      await loadHttp(`http://127.0.0.1:${port}`, prepared.apiKey, load, 1, connections);
      http.push(await loadHttp(`http://127.0.0.1:${port}`, prepared.apiKey, load, seconds, connections));
    }
  } finally {
    await stopServer(server);
  }
  const rows: Row[] = [];
  for (const [i, scenario] of scenarios.entries()) {
    process.stderr.write(`SQL: ${scenario.name}\n`);
    const direct = await loadDirect(() => listTimelineEvents(db, scenario.query()), seconds);
    rows.push({ name: scenario.name, http: http[i]!, direct });
  }
  await db.destroy();

  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  console.log(
    `\n${events.toLocaleString('en')} timeline events (${hot.toLocaleString('en')} on one person, the rest over ${records.toLocaleString('en')} people) on ${onSqlite ? 'SQLite' : 'PostgreSQL'}; ${machine}`,
  );
  if (prepared.load)
    console.log(
      `load: ${prepared.load.seconds.toFixed(1)} s for ${prepared.load.events.toLocaleString('en')} events`,
    );
  console.log(
    `HTTP: autocannon, ${connections} connections, ${seconds} s per scenario; "direct" is the SQL alone (the repository's page query), back to back\n`,
  );
  console.log(formatTable(rows));
  writeFileSync(
    `${OUT}timeline${onSqlite ? '' : '.postgres'}.results.json`,
    JSON.stringify({ events, hot, records, connections, seconds, load: prepared.load, rows }, null, 2),
  );
}

await main();
