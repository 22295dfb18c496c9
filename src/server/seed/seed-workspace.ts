import { sql } from 'kysely';
import { isPostgres, type Db, type DbOrTrx } from '../db/database.js';
import { invalid, notFound } from '../lib/errors.js';
import { findWorkspace } from '../modules/workspaces/workspaces.repository.js';
import { insertMany } from './bulk-insert.js';
import { MAX_SEED_PEOPLE, SeedGenerator } from './seed-generator.js';
import {
  dropSecondaryIndexes,
  optimizeSearchIndex,
  recreateIndexes,
  tableIsEmpty,
  withSeedPragmas,
} from './sqlite-bulk-load.js';
import {
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
}

export interface SeedResult {
  workspaceId: string;
  people: number;
  companies: number;
  notes: number;
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
    search: searchTable(workspaceId),
  };
}

/** Writes the people a batch at a time; `inTransaction` decides whether each batch commits on its own. */
async function writePeople(
  generator: SeedGenerator,
  tables: Tables,
  request: SeedRequest,
  inTransaction: (work: (trx: DbOrTrx) => Promise<void>) => Promise<void>,
): Promise<number> {
  let notes = 0;
  while (generator.remaining > 0) {
    const batch = generator.nextPeople(request.batchSize ?? DEFAULT_BATCH);
    await inTransaction(async (trx) => {
      await insertMany(trx, tables.people, batch.people);
      await insertMany(trx, tables.search, batch.people.map(personSearchRow));
      await insertMany(trx, tables.notes, batch.notes);
    });
    notes += batch.notes.length;
    request.onProgress?.(request.people - generator.remaining, request.people);
  }
  return notes;
}

/**
 * People into an empty SQLite table go in one transaction with the secondary indexes built at the
 * end (see sqlite-bulk-load.ts); otherwise each batch commits on its own, so a running server waits
 * at most one batch for the write lock.
 */
async function loadPeople(
  db: Db,
  generator: SeedGenerator,
  tables: Tables,
  request: SeedRequest,
): Promise<number> {
  if (isPostgres(db) || !(await tableIsEmpty(db, 'people'))) {
    return writePeople(generator, tables, request, (work) => db.transaction().execute(work));
  }
  return withSeedPragmas(db, () =>
    db.transaction().execute(async (trx) => {
      const indexes = await dropSecondaryIndexes(trx, 'people');
      const notes = await writePeople(generator, tables, request, (work) => work(trx));
      await recreateIndexes(trx, indexes);
      await optimizeSearchIndex(trx);
      return notes;
    }),
  );
}

const SEEDED_TABLES = ['people', 'companies', 'notes', 'search_documents'] as const;

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
 * Fills a workspace with generated people, companies and notes, with their search documents written
 * in the same transactions, as the services would. Audit entries are left out on purpose: a million
 * "created by the seed" entries would only double the database and bury real history.
 */
export async function seedWorkspace(db: Db, request: SeedRequest): Promise<SeedResult> {
  const started = performance.now();
  if (!Number.isInteger(request.people) || request.people < 1 || request.people > MAX_SEED_PEOPLE) {
    throw invalid('people', `must be a whole number from 1 to ${MAX_SEED_PEOPLE}`);
  }
  if (!(await findWorkspace(db, request.workspaceId))) throw notFound('Workspace');
  const generator = new SeedGenerator({
    seed: request.seed,
    people: request.people,
    ownerIds: await memberIds(db, request.workspaceId),
    now: request.now ?? Date.now(),
    ...(request.idBits && { idBits: request.idBits }),
  });
  const tables = tablesFor(request.workspaceId);
  const { companies, notes: companyNotes } = generator.companies();
  await db.transaction().execute(async (trx) => {
    await insertMany(trx, tables.companies, companies);
    await insertMany(trx, tables.search, companies.map(companySearchRow));
    await insertMany(trx, tables.notes, companyNotes);
  });
  const personNotes = await loadPeople(db, generator, tables, request);
  await refreshStatistics(db);
  return {
    workspaceId: request.workspaceId,
    people: request.people,
    companies: companies.length,
    notes: companyNotes.length + personNotes,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
