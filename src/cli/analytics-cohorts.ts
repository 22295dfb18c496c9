import { writeCsv } from '../analytics/csv.js';
import { createCohortAccumulator, formatMonth } from '../analytics/cohorts/cohort-model.js';
import type { CohortResult } from '../analytics/cohorts/cohort-model.js';
import { formatMicros, microsToCents } from '../analytics/rfm/exact-money.js';
import { readTransactions, transactionColumns } from '../analytics/rfm/transaction-source.js';
import type { SourceSummary } from '../analytics/rfm/transaction-source.js';
import { parseCommandArgs, textOption, TRANSACTION_OPTIONS } from './analytics-rfm.js';
import { printResult } from './cli-error.js';

const COHORTS_USAGE =
  'usage: rapport analytics cohorts --input FILE --customer-col C --date-col C ' +
  '(--amount-col C | --quantity-col C --price-col C) [--out FILE.csv] [--json]';

export async function runCohorts(args: string[]): Promise<void> {
  const options = parseCommandArgs(args, TRANSACTION_OPTIONS, COHORTS_USAGE);
  if (!options) return;
  const columns = transactionColumns(options);
  const accumulator = createCohortAccumulator();
  const source = await readTransactions(options.input, columns, accumulator.add);
  const result = accumulator.finish();
  const out = textOption(options, 'out');
  if (out !== undefined) await writeCsv(out, COHORT_CSV_HEADER, cohortRows(result));
  const report = cohortReport(result, source);
  printResult(report, options.json, () => cohortSummary(report));
}

const COHORT_CSV_HEADER = [
  'cohort',
  'month_offset',
  'month',
  'cohort_customers',
  'active_customers',
  'retention',
  'revenue',
];

/** One row per (cohort, month since acquisition): the long layout that spreadsheets pivot easily. */
function* cohortRows(result: CohortResult): Generator<(string | number)[]> {
  for (const cohort of result.cohorts) {
    for (let offset = 0; offset < cohort.active.length; offset += 1) {
      yield [
        formatMonth(cohort.month),
        offset,
        formatMonth(cohort.month + offset),
        cohort.customers,
        cohort.active[offset] ?? 0,
        roundShare(cohort.retention[offset] ?? 0),
        formatMicros(cohort.revenue[offset] ?? 0n),
      ];
    }
  }
}

// Four decimals (a hundredth of a percent) is finer than any retention chart needs.
const roundShare = (share: number): number => Math.round(share * 10_000) / 10_000;

/** The `--json` document. */
export function cohortReport(result: CohortResult, source: SourceSummary) {
  return {
    customers: result.customers,
    excludedRows: source.excludedRows,
    cohortCount: result.cohorts.length,
    firstMonth: result.customers === 0 ? null : formatMonth(result.firstMonth),
    lastMonth: result.customers === 0 ? null : formatMonth(result.lastMonth),
    cohorts: result.cohorts.map((cohort) => ({
      cohort: formatMonth(cohort.month),
      customers: cohort.customers,
      active: cohort.active,
      retention: cohort.retention.map(roundShare),
      revenue: cohort.revenue.map(microsToCents),
    })),
    totals: { rows: source.rows, revenue: microsToCents(totalRevenue(result)) },
    excluded: source.excluded,
  };
}

function totalRevenue(result: CohortResult): bigint {
  let total = 0n;
  for (const cohort of result.cohorts) for (const amount of cohort.revenue) total += amount;
  return total;
}

/** A retention triangle in percent, one line per cohort. */
function cohortSummary(report: ReturnType<typeof cohortReport>): string {
  const lines = [
    `${report.customers} customers in ${report.cohortCount} monthly cohorts from ${report.totals.rows} rows ` +
      `(${report.excludedRows} left out); revenue ${report.totals.revenue.toFixed(2)}`,
    '',
    `${'cohort'.padEnd(8)}${'size'.padStart(7)}  retention by month since first purchase (%)`,
  ];
  for (const cohort of report.cohorts) {
    const shares = cohort.retention.map((share) => (share * 100).toFixed(0).padStart(4)).join('');
    lines.push(`${cohort.cohort.padEnd(8)}${String(cohort.customers).padStart(7)}  ${shares}`);
  }
  return lines.join('\n');
}
