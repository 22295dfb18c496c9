/**
 * The deal board at scale: a workspace seeded by `rapport seed` (people, companies, deals in
 * proportion), then `--open` more open deals in its first pipeline from the seed's deal generator,
 * spread over the stages and owners. Over HTTP against the real server at 16 connections: the board
 * (every column's first page and the per-stage totals) and a column's next page; beside each, the
 * same request's SQL replayed alone (the database's share). `--plans` prints each query's plan.
 *
 *   npx tsx bench/deals-board.ts [--open 100000] [--people 20000] [--seconds 10]
 *                                [--connections 16] [--keep] [--plans] [--database postgres://…]
 *
 * `--keep` reuses the database of an earlier run. `--database` runs on PostgreSQL: give it a
 * dedicated empty database.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { sql, type CompiledQuery } from 'kysely';
import { isPostgres, type Db } from '../src/server/db/database.js';
import { insertMany } from '../src/server/seed/bulk-insert.js';
import { DealSeeder, dealTable, seedPipelines, stageChangeTable } from '../src/server/seed/seed-deals.js';
import { cryptoBits } from '../src/server/seed/seed-ids.js';
import { searchTable } from '../src/server/seed/seed-tables.js';
import { formatTable, loadDirect, loadHttp, type Row } from './lib/measure.js';
import { captureRequestQueries, replay } from './lib/query-capture.js';
import { freePort, openSeeded, OUT, startServer, stopServer } from './lib/setup.js';

const { values } = parseArgs({
  options: {
    open: { type: 'string', default: '100000' },
    people: { type: 'string', default: '20000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    keep: { type: 'boolean', default: false },
    plans: { type: 'boolean', default: false },
    database: { type: 'string' },
  },
});
const openDeals = Number(values.open);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const DATABASE_URL = values.database ?? `sqlite:${OUT}deals-board.db`;
const onSqlite = DATABASE_URL.startsWith('sqlite:');
const BATCH = 20_000;

/** Adds `count` open deals to the workspace's first pipeline, over its people, a batch at a time. */
async function addOpenDeals(db: Db, workspaceId: string, count: number) {
  const now = Date.now();
  const bits = cryptoBits();
  const [pipeline] = await seedPipelines(db, workspaceId, now, bits);
  const { currency } = await db
    .selectFrom('workspaces')
    .select('default_currency as currency')
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const people = await db
    .selectFrom('people')
    .select(['id', 'company_id', 'owner_id', 'created_at', 'last_name'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const parties = people.map((p) => ({
    person: {
      id: p.id,
      companyId: p.company_id,
      ownerId: p.owner_id,
      createdAt: p.created_at,
      lastName: p.last_name,
    },
    companyName: null,
  }));
  const seeder = new DealSeeder({
    seed: 'bench-board',
    now,
    pipelines: [pipeline!],
    products: [],
    currency,
    idBits: bits,
    perPerson: BATCH / parties.length,
    openOnly: true,
  });
  for (let written = 0, i = 0; written < count; i++) {
    const { deals, search, changes } = seeder.forPeople(parties);
    const batch = deals.slice(0, count - written);
    const ids = new Set(batch.map((d) => d.id));
    await db.transaction().execute(async (trx) => {
      await insertMany(trx, dealTable(workspaceId), batch);
      await insertMany(
        trx,
        searchTable(workspaceId),
        search.filter((s) => ids.has(s.entityId)),
      );
      await insertMany(
        trx,
        stageChangeTable(workspaceId),
        changes.filter((c) => ids.has(c.dealId)),
      );
    });
    written += batch.length;
    process.stderr.write(`\radded ${written}/${count} open deals`);
  }
  process.stderr.write('\n');
  await sql`analyze`.execute(db);
}

async function firstPipeline(db: Db, workspaceId: string) {
  const row = await db
    .selectFrom('pipelines')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function printPlans(db: Db, name: string, queries: CompiledQuery[]) {
  console.log(`\n### ${name}: ${queries.length} queries`);
  for (const query of queries) {
    const explain = isPostgres(db) ? 'explain ' : 'explain query plan ';
    const plan = await db.executeQuery(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a plan's rows differ per dialect
      { ...query, sql: explain + query.sql } as CompiledQuery<any>,
    );
    console.log(`\n${query.sql}\n${plan.rows.map((r) => JSON.stringify(r)).join('\n')}`);
  }
}

const { db, prepared } = await openSeeded({
  url: DATABASE_URL,
  people: Number(values.people),
  keep: values.keep,
  stateFile: `${OUT}deals-board${onSqlite ? '' : '.postgres'}.workspace.json`,
});
const { workspaceId, apiKey } = prepared;
if (prepared.seed) await addOpenDeals(db, workspaceId, openDeals);
const pipelineId = await firstPipeline(db, workspaceId);
const counts = await db
  .selectFrom('deals')
  .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
  .where('workspace_id', '=', workspaceId)
  .where('pipeline_id', '=', pipelineId)
  .groupBy('status')
  .execute();

const board = `/api/v1/deals/board?pipelineId=${pipelineId}`;
const port = await freePort();
const server = await startServer(port, DATABASE_URL);
const url = `http://127.0.0.1:${port}`;
try {
  const first = (await (
    await fetch(`${url}${board}`, { headers: { authorization: `Bearer ${apiKey}` } })
  ).json()) as {
    stages: { stageId: string; count: number; nextCursor: string | null }[];
  };
  const busiest = first.stages.reduce((a, b) => (b.count > a.count ? b : a));
  const nextPage =
    `/api/v1/deals?filter[pipelineId]=${pipelineId}&filter[stageId]=${busiest.stageId}` +
    `&filter[status]=open&sort=stageEnteredAt&cursor=${encodeURIComponent(busiest.nextCursor ?? '')}`;
  const scenarios: [string, string][] = [
    [`the board, ${first.stages.length} columns' first pages and totals`, board],
    [`a column's next page (${busiest.count.toLocaleString('en')} deals in it)`, nextPage],
  ];
  const captured = await captureRequestQueries(
    DATABASE_URL,
    apiKey,
    scenarios.map(([, path]) => path),
  );
  const rows: Row[] = [];
  for (const [name, path] of scenarios) {
    const queries = captured.get(path)!;
    if (values.plans) await printPlans(db, name, queries);
    const scenario = { method: 'GET' as const, next: () => ({ path }) };
    await loadHttp(url, apiKey, scenario, 2, connections); // warm-up
    const http = await loadHttp(url, apiKey, scenario, seconds, connections);
    const direct = await loadDirect(() => replay(db, queries), seconds);
    rows.push({ name: `${name} (${queries.length} queries)`, http, direct });
  }
  const status = Object.fromEntries(counts.map((c) => [c.status, Number(c.n)]));
  console.log(
    `\nDeal board: ${(status.open ?? 0).toLocaleString('en')} open deals in the pipeline ` +
      `(${((status.won ?? 0) + (status.lost ?? 0)).toLocaleString('en')} closed), ` +
      `${onSqlite ? 'SQLite' : 'PostgreSQL'}, ${connections} connections, ${seconds} s each; ` +
      `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, load ${loadavg()[0]!.toFixed(2)}\n`,
  );
  console.log(formatTable(rows));
} finally {
  await stopServer(server);
  await db.destroy();
}
