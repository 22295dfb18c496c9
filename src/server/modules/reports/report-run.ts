import type { Db } from '../../db/database.js';
import { AppError, invalid } from '../../lib/errors.js';
import { parseFilters, type FilterInput } from '../../lib/list-query.js';
import type { Actor } from '../../lib/permissions.js';
import { findDisplayNames } from '../../records/record-store.js';
import { recordTypeOf } from '../../records/registry.js';
import { sumInCurrency } from '../exchange-rates/currency-conversion.js';
import { ratesByCurrency } from '../exchange-rates/exchange-rates.repository.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { bucketExpr } from './report-buckets.js';
import { groupFilter, mergeFilters, rangeFilter, type GroupFilterSpec } from './report-filters.js';
import { dataSetKeysByValue, memberNames, runGroupedQuery, type GroupedRow } from './report-query.js';
import {
  keepTop,
  measureValue,
  numberValue,
  textValue,
  sortRows,
  type KeyValue,
  type Money,
  type ResultRow,
} from './report-rows.js';
import { dataValueExpr, reportSource, type ReportField, type ReportSource } from './report-source.js';
import { isPostgres } from '../../db/database.js';
import type {
  DateBucket,
  GroupBy,
  Measure,
  ReportContext,
  ReportDefinition,
  ReportResult,
} from './reports.schemas.js';

/** A report answers at most this many groups; more is a 400 asking for a coarser grouping or a filter. */
export const GROUP_LIMIT = 1000;

interface PlannedGroup {
  input: GroupBy;
  field: ReportField;
  bucket: DateBucket | null;
}

interface PlannedMeasure {
  input: Measure;
  field: ReportField | null;
  money: boolean;
  per: ReportField | null;
}

function planGroup(db: Db, source: ReportSource, group: GroupBy, i: number): PlannedGroup {
  const param = `definition.groupBy.${i}.field`;
  const field = source.resolve(group.field, param);
  if (field.type === 'tags' || field.type === 'multiselect')
    throw invalid(param, `cannot group by the list field "${group.field}"; filter by its values instead`);
  if (field.type === 'money') throw invalid(param, `cannot group by the amount "${group.field}"; measure it`);
  if (group.bucket && field.type !== 'date')
    throw invalid(
      `definition.groupBy.${i}.bucket`,
      `applies to date fields; "${group.field}" is ${field.type}`,
    );
  if (field.type !== 'date') return { input: group, field, bucket: null };
  const bucket = group.bucket ?? 'month';
  const key = bucketExpr(isPostgres(db), field.expr, bucket);
  return { input: group, field: { ...field, expr: key, groupExpr: key }, bucket };
}

export const MEASURABLE: Record<Measure['op'], string[] | null> = {
  count: null,
  sum: ['number', 'money'],
  avg: ['number', 'money'],
  min: ['number', 'money', 'date'],
  max: ['number', 'money', 'date'],
  distinct: ['text', 'uuid', 'number', 'money', 'date', 'boolean', 'select'],
};

function planMeasure(
  source: ReportSource,
  groups: PlannedGroup[],
  measure: Measure,
  i: number,
): PlannedMeasure {
  const param = `definition.measures.${i}.field`;
  const allowed = MEASURABLE[measure.op];
  if (allowed && !measure.field) throw invalid(param, `"${measure.op}" needs a field`);
  const field = measure.field ? source.resolve(measure.field, param) : null;
  if (field && allowed && !allowed.includes(field.type))
    throw invalid(
      param,
      `"${measure.op}" does not apply to "${field.name}", a ${field.type} field (use ${allowed.join(' or ')})`,
    );
  let per: ReportField | null = null;
  if (measure.per) {
    const perParam = `definition.measures.${i}.per`;
    per = source.resolve(measure.per, perParam);
    if (!per.joined || per.type !== 'number')
      throw invalid(perParam, 'must be a number of a data set (data.<id>.<column>)');
    if (!['count', 'sum', 'avg'].includes(measure.op))
      throw invalid(perParam, 'applies to count, sum and avg');
    if (!groups.some((g) => g.field.name === per!.joined!.through))
      throw invalid(
        perParam,
        `group the report by ${per.joined.through} to divide by a value per ${per.joined.through}`,
      );
  }
  const money = field?.type === 'money' && measure.op !== 'distinct';
  return { input: measure, field, money, per };
}

/** The report's own filter with the dashboard's range and filters, in the list grammar. */
function effectiveFilter(
  source: ReportSource,
  definition: ReportDefinition,
  context?: ReportContext,
): FilterInput {
  const dateField = definition.dateField ?? 'createdAt';
  if (definition.dateField) {
    const field = source.resolve(dateField, 'definition.dateField');
    if (field.type !== 'date') throw invalid('definition.dateField', `"${dateField}" is not a date field`);
  }
  const shared = Object.fromEntries(
    Object.entries(context?.filter ?? {}).filter(([name]) => source.hasField(name)),
  );
  const range = source.hasField(dateField)
    ? rangeFilter(source.listName(dateField), context?.from, context?.to)
    : {};
  const own = Object.fromEntries(
    Object.entries(definition.filter ?? {}).map(([name, spec]) => [source.listName(name), spec]),
  );
  return mergeFilters(own, shared, range);
}

function conditions(db: Db, source: ReportSource, filter: FilterInput) {
  try {
    return parseFilters(db, filter, source.fields, source.custom);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'validation') throw error;
    const errors = error.fieldErrors.map((e) => ({ field: `definition.${e.field}`, message: e.message }));
    throw new AppError('validation', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  }
}

async function query(
  db: Db,
  source: ReportSource,
  filter: FilterInput,
  groups: PlannedGroup[],
  measures: PlannedMeasure[],
  currency: ReportField['currencyExpr'] | null,
) {
  return runGroupedQuery(db, {
    table: source.table,
    where: [...source.where, ...conditions(db, source, filter)],
    groups: groups.map((g) => ({
      key: g.field.groupExpr,
      label: g.field.groupExpr === g.field.expr ? null : g.field.expr,
    })),
    measures: measures.map((m) => ({
      op: m.input.op,
      value: (m.input.op === 'distinct' ? m.field?.groupExpr : m.field?.expr) ?? null,
    })),
    currency: currency ?? null,
    limit: GROUP_LIMIT + 1,
  });
}

function tooMany(groups: PlannedGroup[]): AppError {
  const field = groups.length > 1 ? 'definition.groupBy' : 'definition.groupBy.0.field';
  return invalid(
    field,
    `more than ${GROUP_LIMIT.toLocaleString('en')} groups; group by a coarser field or bucket, or filter the report`,
  );
}

function keyOf(group: PlannedGroup, raw: unknown): KeyValue {
  if (raw === null || raw === undefined) return null;
  if (group.field.type === 'boolean') return raw === true || raw === 1 || raw === '1' || raw === 'true';
  if (group.field.type === 'number') return numberValue(raw);
  return textValue(raw);
}

/** Runs a report for an actor: only the records the actor may read, sensitive fields refused. */
export async function runReport(
  db: Db,
  actor: Actor,
  definition: ReportDefinition,
  context?: ReportContext,
): Promise<ReportResult> {
  const source = await reportSource(db, actor, definition.object);
  const groups = definition.groupBy.map((g, i) => planGroup(db, source, g, i));
  const measures = definition.measures.map((m, i) => planMeasure(source, groups, m, i));
  const filter = effectiveFilter(source, definition, context);
  const rows = await collectRows(db, source, filter, groups, measures);
  const labelled = await withLabels(db, actor, groups, rows);
  const kept = keepTop(
    sortRows(labelled),
    measures.map((m) => ({ op: m.input.op, money: m.money })),
    definition.top,
  );
  const divided = await dividePer(db, actor, groups, measures, kept);
  const convert = await converter(db, actor, measures);
  const specs = await drillSpecs(db, actor, groups);
  const drillable = !source.object.startsWith('dataset:');
  return {
    object: source.object,
    table: source.apiTable,
    groups: groups.map((g) => ({ field: g.input.field, type: g.field.type, bucket: g.bucket })),
    measures: measures.map((m) => ({
      op: m.input.op,
      field: m.input.field ?? null,
      per: m.input.per ?? null,
      money: m.money,
    })),
    rows: divided.map((row) => ({
      keys: row.keys.map((value, i) => ({ value, label: row.labels[i] ?? null })),
      values: row.values,
      converted: row.values.map((value, i) =>
        measures[i]!.input.op === 'sum' && Array.isArray(value) ? convert(value) : null,
      ),
      others: row.others,
      filter: drillable && !row.others ? drillFilter(filter, specs, row) : null,
    })),
  };
}

/** Rows from the database: plain measures in one query, money ones per currency in another. */
async function collectRows(
  db: Db,
  source: ReportSource,
  filter: FilterInput,
  groups: PlannedGroup[],
  measures: PlannedMeasure[],
): Promise<ResultRow[]> {
  const plain = measures.filter((m) => !m.money);
  const money = measures.filter((m) => m.money);
  const byKey = new Map<string, ResultRow>();
  const rowFor = (raw: GroupedRow) => {
    const keys = groups.map((g, i) => keyOf(g, raw.keys[i]));
    const id = JSON.stringify(keys);
    let row = byKey.get(id);
    if (!row) {
      const labels = groups.map((g, i) =>
        g.field.groupExpr !== g.field.expr && raw.labels[i] != null ? textValue(raw.labels[i]) : null,
      );
      row = {
        keys: groups.map((g, i) => (labels[i] ?? keys[i]) as KeyValue),
        compareKeys: keys,
        labels,
        values: measures.map((m) =>
          m.money ? [] : m.input.op === 'count' || m.input.op === 'distinct' ? 0 : null,
        ),
        others: false,
      };
      byKey.set(id, row);
    }
    return row;
  };
  if (plain.length > 0 || money.length === 0) {
    const found = await query(db, source, filter, groups, plain, null);
    if (found.length > GROUP_LIMIT) throw tooMany(groups);
    for (const raw of found) {
      const row = rowFor(raw);
      plain.forEach(
        (m, j) =>
          (row.values[measures.indexOf(m)] = measureValue(
            m.input.op,
            false,
            raw.values[j],
            m.field?.type === 'date',
          )),
      );
    }
  }
  for (const m of money) {
    const found = await query(db, source, filter, groups, [m], m.field!.currencyExpr ?? null);
    if (found.length > GROUP_LIMIT) throw tooMany(groups);
    for (const raw of found) {
      const amount = measureValue(m.input.op, true, raw.values[0], false);
      if (amount === null || raw.currency === null) continue;
      (rowFor(raw).values[measures.indexOf(m)] as Money[]).push({
        amount: amount as number,
        currency: raw.currency,
      });
    }
  }
  for (const row of byKey.values())
    for (const value of row.values)
      if (Array.isArray(value)) value.sort((a, b) => (a.currency < b.currency ? -1 : 1));
  return [...byKey.values()];
}

/** Names of referenced records and members beside their ids. */
async function withLabels(db: Db, actor: Actor, groups: PlannedGroup[], rows: ResultRow[]) {
  for (const [i, group] of groups.entries()) {
    const ref = group.field.ref;
    if (!ref) continue;
    const ids = [...new Set(rows.map((r) => r.keys[i]).filter((v): v is string => typeof v === 'string'))];
    const names =
      ref === 'member'
        ? await memberNames(db, actor.workspaceId, ids)
        : await findDisplayNames(db, recordTypeOf(ref), actor.workspaceId, ids);
    for (const row of rows)
      if (typeof row.keys[i] === 'string') row.labels[i] = names.get(row.keys[i]) ?? null;
  }
  return rows;
}

/** Values per unit of a data set value (revenue per capita), by the group's key. */
async function dividePer(
  db: Db,
  actor: Actor,
  groups: PlannedGroup[],
  measures: PlannedMeasure[],
  rows: ResultRow[],
) {
  for (const [i, m] of measures.entries()) {
    if (!m.per?.joined) continue;
    const { set, column, through } = m.per.joined;
    const g = groups.findIndex((group) => group.field.name === through);
    const values = await dataSetKeysByValue(
      db,
      actor.workspaceId,
      set.id,
      dataValueExpr(db, 'custom', column, 'number'),
    );
    const byKey = new Map(values.map((v) => [v.key, numberValue(v.value)]));
    const divide = (value: number) => (divisor: number | null | undefined) =>
      divisor ? Number((value / divisor).toFixed(6)) : null;
    for (const row of rows) {
      const key = row.keys[g];
      const divisor = typeof key === 'string' ? byKey.get(key.trim().toUpperCase()) : null;
      const value = row.values[i];
      if (Array.isArray(value))
        row.values[i] = value.map((mv) => ({ ...mv, amount: divide(mv.amount)(divisor) ?? 0 }));
      else row.values[i] = typeof value === 'number' ? divide(value)(divisor) : null;
    }
  }
  return rows;
}

/** Money sums in the workspace currency at its exchange rates, when there are rates. */
async function converter(db: Db, actor: Actor, measures: PlannedMeasure[]) {
  const none = () => null;
  if (!measures.some((m) => m.money && m.input.op === 'sum')) return none;
  const rates = await ratesByCurrency(db, actor.workspaceId);
  const workspace = await findWorkspace(db, actor.workspaceId);
  if (rates.size === 0 || !workspace) return none;
  return (amounts: Money[]): Money | null => {
    const total = sumInCurrency(amounts, workspace.default_currency, rates);
    return total.missingRates.length ? null : { amount: total.amount, currency: total.currency };
  };
}

async function drillSpecs(db: Db, actor: Actor, groups: PlannedGroup[]): Promise<GroupFilterSpec[]> {
  return Promise.all(
    groups.map(async (g) => {
      const spec: GroupFilterSpec = { field: g.input.field, bucket: g.bucket, type: g.field.type };
      const joined = g.field.joined;
      if (!joined) return spec;
      const column = joined.set.columns.find((c) => c.key === joined.column)!;
      const values = await dataSetKeysByValue(
        db,
        actor.workspaceId,
        joined.set.id,
        dataValueExpr(db, 'custom', column.key, column.type),
      );
      const keysOf = (value: KeyValue) =>
        values
          .filter((v) => (column.type === 'number' ? numberValue(v.value) : v.value) === value)
          .map((v) => v.key);
      return { ...spec, keysOf, through: joined.through };
    }),
  );
}

function drillFilter(base: FilterInput, specs: GroupFilterSpec[], row: ResultRow): FilterInput | null {
  const parts: FilterInput[] = [];
  for (const [i, spec] of specs.entries()) {
    const part = groupFilter(
      spec,
      row.compareKeys[i] ?? null,
      row.labels[i] ?? (typeof row.keys[i] === 'string' ? row.keys[i] : null),
    );
    if (!part) return null;
    parts.push(part);
  }
  return mergeFilters(base, ...parts);
}
