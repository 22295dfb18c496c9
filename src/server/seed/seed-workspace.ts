import { sql } from 'kysely';
import { isPostgres, type Db, type DbOrTrx } from '../db/database.js';
import { invalid, notFound } from '../lib/errors.js';
import { findWorkspace } from '../modules/workspaces/workspaces.repository.js';
import { insertMany } from './bulk-insert.js';
import { cryptoBits } from './seed-ids.js';
import { MAX_SEED_PEOPLE, SeedGenerator } from './seed-generator.js';
import {
  dropSecondaryIndexes,
  optimizeSearchIndex,
  recreateIndexes,
  tableIsEmpty,
  withSeedPragmas,
} from './sqlite-bulk-load.js';
import { ActivitySeeder, timelineEventTable } from './seed-activities.js';
import { DealSeeder, dealTable, seedPipelines, seedProducts, stageChangeTable } from './seed-deals.js';
import {
  activityTable,
  companySearchRow,
  companyTable,
  noteTable,
  personSearchRow,
  personTable,
  searchTable,
} from './seed-tables.js';

export interface SeedRequest {
  workspaceId: string;
  people: number;
  seed: string;
  /** Generation time; dates lie in the three years before it. Defaults to now. */
  now?: number;
  /** People per transaction. */
  batchSize?: number;
  idBits?: () => number;
  onProgress?: (written: number, total: number) => void;
  /** Activities per person on average (calls, emails, meetings, tasks); 10 unless given. */
  activitiesPerPerson?: number;
}

export interface SeedResult {
  workspaceId: string;
  people: number;
  companies: number;
  notes: number;
  activities: number;
  deals: number;
  seconds: number;
}

/**
 * Big enough that per-transaction costs vanish, small enough that a concurrent writer (the running
 * server) waits at most a second or two, and that an interrupted seed keeps what it finished.
 */
const DEFAULT_BATCH = 50_000;

/** Active members, in a stable order so the same seed hands out the same owners. */
async function memberIds(db: Db, workspaceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('active', '=', 1)
    .orderBy('created_at')
    .orderBy('user_id')
    .execute();
  return rows.map((row) => row.user_id);
}

type Tables = ReturnType<typeof tablesFor>;

function tablesFor(workspaceId: string) {
  return {
    companies: companyTable(workspaceId),
    people: personTable(workspaceId),
    notes: noteTable(workspaceId),
    activities: activityTable(workspaceId),
    deals: dealTable(workspaceId),
    stageChanges: stageChangeTable(workspaceId),
    timeline: timelineEventTable(workspaceId),
    search: searchTable(workspaceId),
  };
}

interface Seeders {
  activities: ActivitySeeder;
  deals: DealSeeder;
}

/** Writes the people a batch at a time; `inTransaction` decides whether each batch commits on its own. */
async function writePeople(
  generator: SeedGenerator,
  seeders: Seeders,
  tables: Tables,
  request: SeedRequest,
  inTransaction: (work: (trx: DbOrTrx) => Promise<void>) => Promise<void>,
): Promise<Written> {
  let notes = 0;
  let activities = 0;
  let deals = 0;
  while (generator.remaining > 0) {
    const batch = generator.nextPeople(request.batchSize ?? DEFAULT_BATCH);
    await inTransaction(async (trx) => {
      await insertMany(trx, tables.people, batch.people);
      await insertMany(trx, tables.search, batch.people.map(personSearchRow));
      await insertMany(trx, tables.notes, batch.notes);
      const planned = seeders.activities.forPeople(batch.people);
      await insertMany(trx, tables.activities, planned.activities);
      await insertMany(trx, tables.timeline, planned.events);
      activities += planned.activities.length;
      const sales = seeders.deals.forPeople(batch.people);
      await insertMany(trx, tables.deals, sales.deals);
      await insertMany(trx, tables.search, sales.search);
      await insertMany(trx, tables.stageChanges, sales.changes);
      deals += sales.deals.length;
    });
    notes += batch.notes.length;
    request.onProgress?.(request.people - generator.remaining, request.people);
  }
  return { notes, activities, deals };
}

interface Written {
  notes: number;
  activities: number;
  deals: number;
}

/**
 * People into an empty SQLite table go in one transaction with the secondary indexes built at the
 * end (see sqlite-bulk-load.ts); otherwise each batch commits on its own, so a running server waits
 * at most one batch for the write lock.
 */
async function loadPeople(
  db: Db,
  generator: SeedGenerator,
  seeders: Seeders,
  tables: Tables,
  request: SeedRequest,
): Promise<Written> {
  if (isPostgres(db) || !(await tableIsEmpty(db, 'people'))) {
    return writePeople(generator, seeders, tables, request, (work) => db.transaction().execute(work));
  }
  return withSeedPragmas(db, () =>
    db.transaction().execute(async (trx) => {
      const indexes = await dropSecondaryIndexes(trx, 'people');
      const written = await writePeople(generator, seeders, tables, request, (work) => work(trx));
      await recreateIndexes(trx, indexes);
      await optimizeSearchIndex(trx);
      return written;
    }),
  );
}

const SEEDED_TABLES = [
  'people',
  'companies',
  'activities',
  'timeline_events',
  'search_documents',
  'deals',
  'deal_stage_changes',
] as const;

/**
 * Fresh planner statistics for the tables the seed filled. Without them SQLite guesses that
 * `workspace_id = ?` picks a handful of rows and, at a million people, chose a covering scan of a
 * whole workspace's companies over 50 primary-key lookups to name the companies on a page (10 ms
 * instead of 0.1). A sampled ANALYZE (analysis_limit) takes under a second at that size.
 */
async function refreshStatistics(db: Db): Promise<void> {
  if (isPostgres(db)) {
    await sql.raw(`analyze ${SEEDED_TABLES.join(', ')}`).execute(db);
    return;
  }
  await sql`pragma analysis_limit = 1000`.execute(db);
  for (const table of SEEDED_TABLES) await sql`analyze ${sql.table(table)}`.execute(db);
  await sql`pragma analysis_limit = 0`.execute(db);
}

/**
 * Fills a workspace with generated people, companies, notes, activities (with their timeline
 * events) and deals (in the workspace's pipelines, the seed's own when it has none, with their stage
 * history), the people, companies and deals with their search documents written
 * in the same transactions, as the services would. Audit entries are left out on purpose: a million
 * "created by the seed" entries would only double the database and bury real history.
 */
export async function seedWorkspace(db: Db, request: SeedRequest): Promise<SeedResult> {
  const started = performance.now();
  if (!Number.isInteger(request.people) || request.people < 1 || request.people > MAX_SEED_PEOPLE) {
    throw invalid('people', `must be a whole number from 1 to ${MAX_SEED_PEOPLE}`);
  }
  const workspace = await findWorkspace(db, request.workspaceId);
  if (!workspace) throw notFound('Workspace');
  const now = request.now ?? Date.now();
  const generator = new SeedGenerator({
    seed: request.seed,
    people: request.people,
    ownerIds: await memberIds(db, request.workspaceId),
    now,
    ...(request.idBits && { idBits: request.idBits }),
  });
  const tables = tablesFor(request.workspaceId);
  const { companies, notes: companyNotes } = generator.companies();
  await db.transaction().execute(async (trx) => {
    await insertMany(trx, tables.companies, companies);
    await insertMany(trx, tables.search, companies.map(companySearchRow));
    await insertMany(trx, tables.notes, companyNotes);
  });
  const seeders = {
    activities: new ActivitySeeder(request.seed, now, request.activitiesPerPerson ?? 10, request.idBits),
    deals: new DealSeeder({
      seed: request.seed,
      now,
      pipelines: await seedPipelines(db, request.workspaceId, now, request.idBits ?? cryptoBits()),
      products: await seedProducts(db, request.workspaceId),
      currency: workspace.default_currency,
      ...(request.idBits && { idBits: request.idBits }),
    }),
  };
  const written = await loadPeople(db, generator, seeders, tables, request);
  await refreshStatistics(db);
  return {
    workspaceId: request.workspaceId,
    people: request.people,
    companies: companies.length,
    notes: companyNotes.length + written.notes,
    activities: written.activities,
    deals: written.deals,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
