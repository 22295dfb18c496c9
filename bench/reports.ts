/**
 * Reports at scale: a workspace with `--activities` activities spread over two years, four types and
 * twenty owners (written straight into the table, batch by batch, as the seed does), then
 *  - one grouped report: activities by month and type (count, distinct people), and
 *  - a dashboard of eight widgets: every widget query a dashboard page asks for, one after another,
 * run in-process through the report engine (SQL as the API runs it, without HTTP), as the owner.
 * Prints the median and slowest of `--runs` runs of each.
 *
 *   npx tsx bench/reports.ts [--activities 1000000] [--runs 5] [--keep] [--database postgres://…]
 */
import { rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase, type Db } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { builtInPermissions } from '../src/server/lib/permissions.js';
import { runReport } from '../src/server/modules/reports/report-run.js';
import type { ReportDefinition } from '../src/server/modules/reports/reports.schemas.js';
import { createWorkspace } from '../src/server/modules/workspaces/workspaces.service.js';
import { Prng } from '../src/server/seed/prng.js';
import { cryptoBits, uuidv7At } from '../src/server/seed/seed-ids.js';
import { OUT } from './lib/setup.js';

const { values } = parseArgs({
  options: {
    activities: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
    database: { type: 'string' },
  },
});
const total = Number(values.activities);
const DATABASE_URL = values.database ?? `sqlite:${OUT}reports.db`;

async function seed(db: Db) {
  const { workspaceId, userId } = await createWorkspace(db, {
    name: 'Reports bench',
    ownerEmail: `bench-${Date.now()}@example.com`,
    ownerPassword: 'bench password 123',
    ownerName: 'Bench Owner',
    locale: 'en',
  });
  const random = new Prng('reports');
  const bits = cryptoBits();
  const owners = Array.from({ length: 20 }, (_, i) => (i === 0 ? userId : uuidv7At(Date.now(), bits)));
  const people = Array.from({ length: 5000 }, () => uuidv7At(Date.now(), bits));
  const start = Date.now() - 730 * 86_400_000;
  for (let done = 0; done < total; done += 5000) {
    const rows = Array.from({ length: Math.min(5000, total - done) }, () => {
      const created = start + random.int(0, 729) * 86_400_000 + random.int(0, 86_399) * 1000;
      const at = new Date(created).toISOString();
      return {
        workspace_id: workspaceId,
        id: uuidv7At(created, bits),
        type: random.pick(['call', 'meeting', 'email', 'task']),
        subject: 'Follow-up',
        person_id: random.pick(people),
        owner_id: random.pick(owners),
        attendees: '[]',
        tags: '[]',
        custom: '{}',
        created_at: at,
        updated_at: at,
        completed_at: random.int(0, 3) === 0 ? null : at,
      };
    });
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 500)
        await trx
          .insertInto('activities')
          .values(rows.slice(i, i + 500))
          .execute();
    });
  }
  await sql`analyze`.execute(db);
  return { workspaceId, userId };
}

const byMonthAndType: ReportDefinition = {
  object: 'activity',
  groupBy: [{ field: 'createdAt', bucket: 'month' }, { field: 'type' }],
  measures: [{ op: 'count' }, { op: 'distinct', field: 'personId' }],
};
const dashboard: ReportDefinition[] = [
  { object: 'activity', groupBy: [], measures: [{ op: 'count' }] },
  byMonthAndType,
  { object: 'activity', groupBy: [{ field: 'type' }], measures: [{ op: 'count' }] },
  { object: 'activity', groupBy: [{ field: 'ownerId' }], measures: [{ op: 'count' }], top: 10 },
  { object: 'activity', groupBy: [{ field: 'createdAt', bucket: 'week' }], measures: [{ op: 'count' }] },
  { object: 'activity', groupBy: [{ field: 'completedAt', bucket: 'quarter' }], measures: [{ op: 'count' }] },
  {
    object: 'activity',
    groupBy: [{ field: 'createdAt', bucket: 'year' }, { field: 'ownerId' }],
    measures: [{ op: 'count' }],
  },
  {
    object: 'activity',
    filter: { type: 'call' },
    groupBy: [{ field: 'createdAt', bucket: 'day' }],
    measures: [{ op: 'count' }],
  },
];

async function timed(runs: number, work: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const begin = performance.now();
    await work();
    times.push(performance.now() - begin);
  }
  times.sort((a, b) => a - b);
  return { medianMs: Math.round(times[Math.floor(runs / 2)]!), slowestMs: Math.round(times[runs - 1]!) };
}

async function main() {
  if (!values.keep && DATABASE_URL.startsWith('sqlite:')) rmSync(DATABASE_URL.slice(7), { force: true });
  const db = openDatabase(DATABASE_URL);
  await migrateToLatest(db);
  const seedStart = performance.now();
  const { workspaceId, userId } = await seed(db);
  const seedSeconds = Math.round((performance.now() - seedStart) / 1000);
  const actor = {
    workspaceId,
    userId,
    apiKeyId: null,
    roleId: 'owner',
    roleKey: 'owner',
    permissions: builtInPermissions.owner,
    teamUserIds: [userId],
  };
  const runs = Number(values.runs);
  const grouped = await timed(runs, () => runReport(db, actor, byMonthAndType));
  const eight = await timed(runs, async () => {
    for (const definition of dashboard) await runReport(db, actor, definition);
  });
  console.log(
    JSON.stringify(
      {
        database: DATABASE_URL.split(':')[0],
        activities: total,
        seedSeconds,
        groupedReport: grouped,
        dashboardOf8: eight,
        machine: {
          cpus: cpus().length,
          memoryGb: Math.round(totalmem() / 2 ** 30),
          load: loadavg().map((l) => l.toFixed(1)),
        },
      },
      null,
      2,
    ),
  );
  await db.destroy();
}

await main();
