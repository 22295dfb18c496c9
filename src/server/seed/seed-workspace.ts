import { sql } from 'kysely';
import { isPostgres, type Db, type DbOrTrx } from '../db/database.js';
import { invalid, notFound } from '../lib/errors.js';
import { findWorkspace } from '../modules/workspaces/workspaces.repository.js';
import { insertMany } from './bulk-insert.js';
import { cryptoBits } from './seed-ids.js';
import { MAX_SEED_PEOPLE, SeedGenerator, type SeededPerson } from './seed-generator.js';
import {
  dropSecondaryIndexes,
  optimizeSearchIndex,
  recreateIndexes,
  tableIsEmpty,
  withSeedPragmas,
} from './sqlite-bulk-load.js';
import { ActivitySeeder, timelineEventTable } from './seed-activities.js';
import { catalogueProducts, writeCatalogue } from './seed-catalogue.js';
import { SalesSeeder } from './seed-sales.js';
import { writeSalesBatch } from './seed-sales-tables.js';
import { findPrefixes } from '../modules/sales/sales.repository.js';
import type { NumberedKind } from '../sales/document-number.js';
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
  /** People and companies alone: no notes, activities, products, deals or sales documents. */
  peopleOnly?: boolean;
}

export interface SeedResult {
  workspaceId: string;
  people: number;
  companies: number;
  notes: number;
  activities: number;
  deals: number;
  products: number;
  quotes: number;
  orders: number;
  deliveries: number;
  invoices: number;
  payments: number;
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
  sales: SalesSeeder;
  prefixes: Record<NumberedKind, string>;
}

const EMPTY = {
  notes: 0,
  activities: 0,
  deals: 0,
  quotes: 0,
  orders: 0,
  deliveries: 0,
  invoices: 0,
  payments: 0,
};
type Written = typeof EMPTY;

/** A batch's people and companies by id, by the names their documents show. */
function namesOf(people: SeededPerson[]) {
  const names = new Map<string, string>();
  for (const { person, companyName } of people) {
    names.set(person.id, `${person.firstName} ${person.lastName}`);
    if (person.companyId && companyName) names.set(person.companyId, companyName);
  }
  return names;
}

/** Writes the people a batch at a time; `inTransaction` decides whether each batch commits on its own. */
async function writePeople(
  generator: SeedGenerator,
  seeders: Seeders,
  tables: Tables,
  request: SeedRequest,
  inTransaction: (work: (trx: DbOrTrx) => Promise<void>) => Promise<void>,
): Promise<Written> {
  const written = { ...EMPTY };
  while (generator.remaining > 0) {
    const batch = generator.nextPeople(request.batchSize ?? DEFAULT_BATCH);
    await inTransaction(async (trx) => {
      await insertMany(trx, tables.people, batch.people);
      await insertMany(trx, tables.search, batch.people.map(personSearchRow));
      if (request.peopleOnly) return;
      await insertMany(trx, tables.notes, batch.notes);
      written.notes += batch.notes.length;
      const planned = seeders.activities.forPeople(batch.people);
      await insertMany(trx, tables.activities, planned.activities);
      await insertMany(trx, tables.timeline, planned.events);
      written.activities += planned.activities.length;
      const sales = seeders.deals.forPeople(batch.people);
      await insertMany(trx, tables.deals, sales.deals);
      await insertMany(trx, tables.search, sales.search);
      await insertMany(trx, tables.stageChanges, sales.changes);
      written.deals += sales.deals.length;
      const documents = seeders.sales.forPeople(batch.people, sales.deals);
      await writeSalesBatch(trx, request.workspaceId, seeders.prefixes, documents, namesOf(batch.people));
      written.quotes += documents.quotes.length;
      written.orders += documents.orders.length;
      written.deliveries += documents.deliveries.length;
      written.invoices += documents.invoices.length;
      written.payments += documents.payments.length;
    });
    request.onProgress?.(request.people - generator.remaining, request.people);
  }
  return written;
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
  'products',
  'quotes',
  'orders',
  'order_deliveries',
  'order_status_changes',
  'invoices',
  'invoice_payments',
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
  const bits = request.idBits ?? cryptoBits();
  const currency = workspace.default_currency;
  let products = request.peopleOnly ? [] : await seedProducts(db, request.workspaceId);
  const catalogue = request.peopleOnly || products.length > 0 ? [] : catalogueProducts(now, currency, bits);
  await db.transaction().execute(async (trx) => {
    await insertMany(trx, tables.companies, companies);
    await insertMany(trx, tables.search, companies.map(companySearchRow));
    if (request.peopleOnly) return;
    await insertMany(trx, tables.notes, companyNotes);
    await writeCatalogue(trx, request.workspaceId, catalogue);
  });
  if (catalogue.length > 0) products = await seedProducts(db, request.workspaceId);
  const ids = request.idBits && { idBits: request.idBits };
  const seeders = {
    activities: new ActivitySeeder(request.seed, now, request.activitiesPerPerson ?? 10, request.idBits),
    deals: new DealSeeder({
      seed: request.seed,
      now,
      pipelines: request.peopleOnly ? [] : await seedPipelines(db, request.workspaceId, now, bits),
      products,
      currency,
      ...ids,
    }),
    sales: new SalesSeeder({ seed: request.seed, now, products, currency, ...ids }),
    prefixes: await findPrefixes(db, request.workspaceId),
  };
  const written = await loadPeople(db, generator, seeders, tables, request);
  await refreshStatistics(db);
  return {
    workspaceId: request.workspaceId,
    people: request.people,
    companies: companies.length,
    ...written,
    notes: request.peopleOnly ? 0 : companyNotes.length + written.notes,
    products: catalogue.length,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
