import { sql, type QueryResult, type RawBuilder } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import { isPostgres, readJson, writeJson } from '../../db/database.js';
import { convertMinor } from '../exchange-rates/currency-conversion.js';
import type { CustomerValues, PurchaseDay } from './customer-value.analysis.js';
import type { AnalysisName } from './customer-value.schemas.js';

/**
 * All SQL of customer value: the workspace's orders read per customer and day inside the database
 * (GROUP BY on both dialects), a batch of customers at a time; the values written on people and
 * companies; the runs and schedules.
 */

export type CustomerLevel = 'company' | 'person';
export const LEVEL_TABLES = { company: 'companies', person: 'people' } as const;
const LEVEL_COLUMNS = { company: 'company_id', person: 'person_id' } as const;

/** Customers whose purchase days one query reads. */
const CUSTOMER_BATCH = 2_000;
const MS_PER_DAY = 86_400_000;

export interface PurchaseSource {
  readonly currency: string;
  readonly rates: ReadonlyMap<string, string>;
  /** Orders in currencies without a rate, left out; filled while reading. */
  readonly missingRates: Set<string>;
}

interface GroupRow {
  customer: string;
  day: string;
  currency: string;
  amount: string | number;
}

const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY;

/**
 * The purchase days of one customer level (orders not cancelled nor in the trash, with a company or a
 * person): one total per customer and day in minor units of the workspace currency, customers in id
 * order. Only one batch of customers' groups is in memory at a time.
 */
export async function* purchaseDays(
  db: DbOrTrx,
  workspaceId: string,
  level: CustomerLevel,
  source: PurchaseSource,
): AsyncGenerator<PurchaseDay> {
  const column = sql.ref(LEVEL_COLUMNS[level]);
  const live = sql`workspace_id = ${workspaceId} and deleted_at is null and status <> 'cancelled' and ${column} is not null`;
  let after: string | null = null;
  for (;;) {
    const from: RawBuilder<unknown> = after === null ? sql`` : sql` and ${column} > ${after}`;
    const batch: QueryResult<{ customer: string }> = await sql<{
      customer: string;
    }>`select ${column} as customer from orders where ${live}${from}
      group by ${column} order by ${column} limit ${CUSTOMER_BATCH}`.execute(db);
    const last: string | undefined = batch.rows.at(-1)?.customer;
    if (last === undefined) return;
    const groups = await sql<GroupRow>`select ${column} as customer, issue_date as day, currency,
        sum(gross_minor) as amount from orders where ${live}${from} and ${column} <= ${last}
      group by ${column}, issue_date, currency order by ${column}, issue_date, currency`.execute(db);
    yield* foldDays(groups.rows, source);
    after = String(last);
  }
}

/** Groups of one customer and day in several currencies become one purchase day. */
function* foldDays(rows: GroupRow[], source: PurchaseSource): Generator<PurchaseDay> {
  let pending: { customer: string; day: string; amountMinor: number } | null = null;
  for (const row of rows) {
    const customer = String(row.customer);
    const amount = convertMinor(
      Number(row.amount),
      row.currency,
      source.currency,
      source.rates.get(row.currency) ?? '',
    );
    if (amount === null) {
      source.missingRates.add(row.currency);
      continue;
    }
    if (pending && pending.customer === customer && pending.day === row.day) {
      pending.amountMinor += amount;
      continue;
    }
    if (pending)
      yield { customer: pending.customer, day: dayNumber(pending.day), amountMinor: pending.amountMinor };
    pending = { customer, day: row.day, amountMinor: amount };
  }
  if (pending)
    yield { customer: pending.customer, day: dayNumber(pending.day), amountMinor: pending.amountMinor };
}

/** Records written per statement. */
const WRITE_BATCH = 500;

const VALUE_COLUMNS = {
  rfmSegment: ['rfm_segment', 'text'],
  rfmScore: ['rfm_score', 'text'],
  expectedPurchases: ['expected_purchases', 'double precision'],
  probabilityAlive: ['probability_alive', 'double precision'],
  churnRisk: ['churn_risk', 'text'],
  lifetimeValue: ['lifetime_value', 'bigint'],
} as const;
export type ValueField = keyof typeof VALUE_COLUMNS;

/**
 * Writes an analysis's values on the customers' records, a statement per batch, without a new version,
 * audit entry or event: they are figures computed from orders, not a change anyone made. `currency` is
 * set beside a lifetime value. Calls `progress` with the share written.
 */
export async function writeCustomerValues(
  db: DbOrTrx,
  workspaceId: string,
  level: CustomerLevel,
  fields: readonly ValueField[],
  values: readonly CustomerValues[],
  stamp: { at: string; currency: string },
  progress: (share: number) => Promise<void>,
) {
  const pg = isPostgres(db);
  const table = sql.table(LEVEL_TABLES[level]);
  const cast = (value: unknown, type: string) =>
    pg ? sql`cast(${value} as ${sql.raw(type)})` : sql`${value}`;
  const names = fields.map((field) => VALUE_COLUMNS[field][0]);
  const sets = names.map((name) => sql`${sql.ref(name)} = v.${sql.ref(name)}`);
  if (fields.includes('lifetimeValue')) sets.push(sql`value_currency = ${stamp.currency}`);
  sets.push(sql`value_updated_at = ${stamp.at}`);
  for (let start = 0; start < values.length; start += WRITE_BATCH) {
    const rows = values
      .slice(start, start + WRITE_BATCH)
      .map(
        (value) =>
          sql`(${sql.join([
            cast(value.id, 'uuid'),
            ...fields.map((field) => cast(value[field] ?? null, VALUE_COLUMNS[field][1])),
          ])})`,
      );
    await sql`with v(id, ${sql.join(names.map((name) => sql.ref(name)))}) as (values ${sql.join(rows)})
      update ${table} set ${sql.join(sets)} from v
      where ${table}.workspace_id = ${workspaceId} and ${table}.id = v.id`.execute(db);
    await progress(Math.min(1, (start + WRITE_BATCH) / values.length));
  }
}

/** Clears the fields on records the run did not reach (no purchases left): written before `at`. */
export async function clearStaleValues(
  db: DbOrTrx,
  workspaceId: string,
  level: CustomerLevel,
  fields: readonly ValueField[],
  at: string,
) {
  const table = sql.table(LEVEL_TABLES[level]);
  const names = fields.map((field) => VALUE_COLUMNS[field][0]);
  const clear = names.map((name) => sql`${sql.ref(name)} = null`);
  const anySet = sql.join(
    names.map((name) => sql`${sql.ref(name)} is not null`),
    sql` or `,
  );
  await sql`update ${table} set ${sql.join(clear)} where workspace_id = ${workspaceId}
    and (${anySet}) and (value_updated_at is null or value_updated_at < ${at})`.execute(db);
}

export interface AnalysisRun {
  id: string;
  analysis: AnalysisName;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  params: Record<string, unknown>;
  result: Record<string, unknown> | null;
  error: string | null;
  requestedBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

type RunRow = {
  id: string;
  analysis: string;
  status: string;
  progress: number;
  params: unknown;
  result: unknown;
  error: string | null;
  requested_by: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
};

const toRun = (row: RunRow): AnalysisRun => ({
  id: row.id,
  analysis: row.analysis as AnalysisName,
  status: row.status as AnalysisRun['status'],
  progress: Number(row.progress),
  params: readJson(row.params, {}),
  result: readJson<Record<string, unknown> | null>(row.result, null),
  error: row.error,
  requestedBy: row.requested_by,
  createdAt: row.created_at,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
});

export async function insertRun(db: DbOrTrx, workspaceId: string, run: AnalysisRun) {
  await db
    .insertInto('customer_analysis_runs')
    .values({
      workspace_id: workspaceId,
      id: run.id,
      analysis: run.analysis,
      status: run.status,
      progress: run.progress,
      params: writeJson(run.params),
      result: null,
      error: null,
      requested_by: run.requestedBy,
      created_at: run.createdAt,
      started_at: null,
      finished_at: null,
    })
    .execute();
}

export async function updateRun(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  patch: Partial<Pick<AnalysisRun, 'status' | 'progress' | 'result' | 'error' | 'startedAt' | 'finishedAt'>>,
) {
  await db
    .updateTable('customer_analysis_runs')
    .set({
      ...(patch.status !== undefined && { status: patch.status }),
      ...(patch.progress !== undefined && { progress: patch.progress }),
      ...(patch.result !== undefined && { result: writeJson(patch.result) }),
      ...(patch.error !== undefined && { error: patch.error }),
      ...(patch.startedAt !== undefined && { started_at: patch.startedAt }),
      ...(patch.finishedAt !== undefined && { finished_at: patch.finishedAt }),
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function findRun(db: DbOrTrx, workspaceId: string, id: string) {
  const row = await db
    .selectFrom('customer_analysis_runs')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toRun(row) : undefined;
}

/** The latest runs of an analysis, newest first (ids are UUIDv7, so by id). */
export async function listRuns(db: DbOrTrx, workspaceId: string, analysis: string, limit: number) {
  const rows = await db
    .selectFrom('customer_analysis_runs')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('analysis', '=', analysis)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRun);
}

export interface AnalysisSchedule {
  analysis: AnalysisName;
  every: 'day' | 'week' | 'month';
  params: Record<string, unknown>;
  nextRunAt: string;
}

export async function listSchedules(db: DbOrTrx, workspaceId: string): Promise<AnalysisSchedule[]> {
  const rows = await db
    .selectFrom('customer_analysis_schedules')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('analysis')
    .execute();
  return rows.map((row) => ({
    analysis: row.analysis as AnalysisName,
    every: row.every as AnalysisSchedule['every'],
    params: readJson(row.params, {}),
    nextRunAt: row.next_run_at,
  }));
}

export async function saveSchedule(
  db: DbOrTrx,
  workspaceId: string,
  schedule: AnalysisSchedule,
  now: string,
) {
  await db
    .deleteFrom('customer_analysis_schedules')
    .where('workspace_id', '=', workspaceId)
    .where('analysis', '=', schedule.analysis)
    .execute();
  await db
    .insertInto('customer_analysis_schedules')
    .values({
      workspace_id: workspaceId,
      analysis: schedule.analysis,
      every: schedule.every,
      params: writeJson(schedule.params),
      next_run_at: schedule.nextRunAt,
      updated_at: now,
    })
    .execute();
}

export async function deleteSchedule(db: DbOrTrx, workspaceId: string, analysis: string) {
  const result = await db
    .deleteFrom('customer_analysis_schedules')
    .where('workspace_id', '=', workspaceId)
    .where('analysis', '=', analysis)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Schedules due at `now`, across workspaces, oldest first. */
export async function listDueSchedules(db: DbOrTrx, now: string, limit: number) {
  return db
    .selectFrom('customer_analysis_schedules')
    .select(['workspace_id', 'analysis', 'every', 'params', 'next_run_at'])
    .where('next_run_at', '<=', now)
    .orderBy('next_run_at')
    .limit(limit)
    .execute();
}

/** Moves a schedule on, only if it is still at `from` (another node may have taken this period). */
export async function advanceSchedule(
  db: DbOrTrx,
  workspaceId: string,
  analysis: string,
  from: string,
  to: string,
) {
  const result = await db
    .updateTable('customer_analysis_schedules')
    .set({ next_run_at: to })
    .where('workspace_id', '=', workspaceId)
    .where('analysis', '=', analysis)
    .where('next_run_at', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
