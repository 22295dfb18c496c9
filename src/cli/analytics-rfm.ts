import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { formatDay, parseDate, writeCsv } from '../analytics/csv.js';
import { formatMicros, microsToCents } from '../analytics/rfm/exact-money.js';
import { createRfmAccumulator } from '../analytics/rfm/rfm-model.js';
import type { RfmResult, ScoredCustomer } from '../analytics/rfm/rfm-model.js';
import { SEGMENT_NAMES } from '../analytics/rfm/rfm-segments.js';
import { readTransactions, transactionColumns } from '../analytics/rfm/transaction-source.js';
import type { SourceSummary } from '../analytics/rfm/transaction-source.js';
import { CliError, printResult } from './cli-error.js';

const RFM_USAGE =
  'usage: rapport analytics rfm --input FILE --customer-col C --date-col C ' +
  '(--amount-col C | --quantity-col C --price-col C) [--invoice-col C] [--as-of YYYY-MM-DD] [--out FILE.csv] [--json]';

/** Options shared by the commands that read a transaction file. */
export const TRANSACTION_OPTIONS = {
  input: { type: 'string' },
  'customer-col': { type: 'string' },
  'date-col': { type: 'string' },
  'amount-col': { type: 'string' },
  'quantity-col': { type: 'string' },
  'price-col': { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const satisfies ParseArgsConfig['options'];

/** Parsed option values by name (strings, or booleans for flags). */
export type OptionValues = Record<string, string | boolean | undefined>;

/**
 * node:util parseArgs, with its TypeErrors turned into a one-line CliError; undefined after
 * printing the usage for `--help`.
 */
export function parseCommandArgs(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  usage: string,
): (OptionValues & { input: string; json: boolean }) | undefined {
  let values: OptionValues;
  try {
    values = parseArgs({ args, options: { ...options, help: { type: 'boolean' } }, strict: true }).values;
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    throw new CliError(`${reason} (try --help)`);
  }
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    return undefined;
  }
  const input = values.input;
  if (typeof input !== 'string') throw new CliError('--input FILE is required (try --help)');
  return { ...values, input, json: values.json === true };
}

/** A string option's value (undefined when absent). */
export const textOption = (values: OptionValues, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};

export async function runRfm(args: string[]): Promise<void> {
  const options = parseCommandArgs(
    args,
    { ...TRANSACTION_OPTIONS, 'invoice-col': { type: 'string' }, 'as-of': { type: 'string' } },
    RFM_USAGE,
  );
  if (!options) return;
  const columns = transactionColumns(options);
  const asOfText = textOption(options, 'as-of');
  const asOf = asOfText === undefined ? undefined : parseAsOf(asOfText);
  const accumulator = createRfmAccumulator({
    frequencyBasis: columns.invoice === undefined ? 'days' : 'invoices',
    ...(asOf === undefined ? {} : { asOf }),
  });
  const source = await readTransactions(options.input, columns, accumulator.add);
  // The default as-of day is the day after the file's last date, so the latest buyers have recency 1.
  const result = accumulator.finish(source.lastDay + 1);
  const out = textOption(options, 'out');
  if (out !== undefined) await writeCsv(out, RFM_CSV_HEADER, customerRows(result.customers));
  const report = rfmReport(result, source, columns.invoice === undefined ? 'days' : 'invoices');
  printResult(report, options.json, () => rfmSummary(report));
}

function parseAsOf(text: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text.trim()))
    throw new CliError(`--as-of must be YYYY-MM-DD, got "${text}"`);
  try {
    return parseDate(text, 0, '--as-of');
  } catch {
    throw new CliError(`--as-of is not a calendar date: "${text}"`);
  }
}

const RFM_CSV_HEADER = ['customer', 'recency', 'frequency', 'monetary', 'r', 'f', 'm', 'segment'];

function* customerRows(customers: readonly ScoredCustomer[]): Generator<(string | number)[]> {
  for (const c of customers) {
    yield [c.customer, c.recency, c.frequency, formatMicros(c.monetary), c.r, c.f, c.m, c.segment];
  }
}

/** The `--json` document: the contract's fields first, then the detail behind them. */
export function rfmReport(result: RfmResult, source: SourceSummary, frequencyBasis: string) {
  const excluded = { ...source.excluded, afterAsOf: result.afterAsOf };
  const bySegment = Object.fromEntries(
    SEGMENT_NAMES.map((name) => {
      const totals = result.segments[name];
      return [
        name,
        { customers: totals.customers, revenue: microsToCents(totals.revenue), purchases: totals.purchases },
      ];
    }),
  );
  return {
    customers: result.customers.length,
    excludedRows: source.excludedRows + result.afterAsOf,
    segments: Object.fromEntries(SEGMENT_NAMES.map((name) => [name, result.segments[name].customers])),
    totals: {
      rows: source.rows,
      revenue: microsToCents(result.revenue),
      purchases: result.purchases,
      bySegment,
    },
    asOf: formatDay(result.asOf),
    frequencyBasis,
    excluded,
  };
}

function rfmSummary(report: ReturnType<typeof rfmReport>): string {
  const lines = [
    `${report.customers} customers from ${report.totals.rows} rows (${report.excludedRows} left out), as of ${report.asOf}`,
    `revenue ${report.totals.revenue.toFixed(2)}, ${report.totals.purchases} purchases (${report.frequencyBasis})`,
    '',
    `${'segment'.padEnd(20)}${'customers'.padStart(10)}${'revenue'.padStart(16)}`,
  ];
  for (const [name, totals] of Object.entries(report.totals.bySegment)) {
    lines.push(
      `${name.padEnd(20)}${String(totals.customers).padStart(10)}${totals.revenue.toFixed(2).padStart(16)}`,
    );
  }
  return lines.join('\n');
}
