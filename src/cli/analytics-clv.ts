/**
 * `rapport analytics clv`: BTYD models (BG/NBD or Pareto/NBD with Gamma-Gamma spend) from a
 * transaction file. This file owns the command line and the file reading; the analysis is pure
 * (src/analytics/clv/). Methods and formulas: docs/analytics-clv.md.
 */
import { parseArgs } from 'node:util';
import {
  columnIndex,
  formatDay,
  InputError,
  parseDate,
  parseNumber,
  readCsv,
  writeCsv,
} from '../analytics/csv.js';
import type { BtydModelName } from '../analytics/clv/btyd-model.js';
import { analyzeClv, ClvDataError } from '../analytics/clv/clv-analysis.js';
import type { ClvResult, CustomerScore } from '../analytics/clv/clv-analysis.js';
import { PurchaseLog } from '../analytics/clv/summary.js';
import type { Period } from '../analytics/clv/summary.js';
import { CliError, printResult } from './cli-error.js';

const USAGE = `usage: rapport analytics clv --input FILE --customer-col C --date-col C
    (--amount-col C | --quantity-col C --price-col C) --calibration-end YYYY-MM-DD
    [--holdout-end YYYY-MM-DD] [--period day|week] [--model bgnbd|pareto-nbd] [--horizon N]
    [--discount-rate R] [--out FILE.csv] [--json]
  --calibration-end  last day of the calibration period (inclusive)
  --holdout-end      last day of the holdout period (default: the last date in the file)
  --period           time unit of recency, T and --horizon: day (default) or week
  --model            bgnbd (default) or pareto-nbd; the spend model is always Gamma-Gamma
  --horizon          periods ahead for expected purchases and CLV (default: 365 days or 52 weeks)
  --discount-rate    annual discount rate for CLV, applied monthly (default 0.1)
  --quantity-col, --price-col  amount = quantity × price; rows with quantity or price ≤ 0 are left out
  rows with an empty customer or a negative amount are left out`;

const OPTIONS = {
  input: { type: 'string' },
  'customer-col': { type: 'string' },
  'date-col': { type: 'string' },
  'amount-col': { type: 'string' },
  'quantity-col': { type: 'string' },
  'price-col': { type: 'string' },
  'calibration-end': { type: 'string' },
  'holdout-end': { type: 'string' },
  period: { type: 'string' },
  model: { type: 'string' },
  horizon: { type: 'string' },
  'discount-rate': { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>['values'];

interface Columns {
  readonly customer: string;
  readonly date: string;
  readonly amount?: string;
  readonly quantity?: string;
  readonly price?: string;
}

interface ClvCommand {
  readonly input: string;
  readonly columns: Columns;
  readonly calibrationEnd: number;
  readonly holdoutEnd?: number;
  readonly period: Period;
  readonly model: BtydModelName;
  readonly horizon: number;
  readonly discountRate: number;
  readonly out?: string;
  readonly json: boolean;
}

function readValues(args: string[]): Values {
  try {
    return parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    // parseArgs explains itself over several lines; the first one names the problem.
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new CliError(`${reason.replace(/\.$/, '')} (try --help)`);
  }
}

function required(values: Values, name: 'input' | 'customer-col' | 'date-col' | 'calibration-end'): string {
  const value = values[name];
  if (value === undefined || value.trim() === '') throw new CliError(`--${name} is required (try --help)`);
  return value;
}

function dayOption(text: string, name: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text.trim()))
    throw new CliError(`--${name} must be a date YYYY-MM-DD, got "${text}"`);
  try {
    return parseDate(text, 0, `--${name}`);
  } catch {
    throw new CliError(`--${name} is not a calendar date: "${text}"`);
  }
}

const DECIMAL = /^[+]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function numberOption(
  text: string | undefined,
  name: string,
  fallback: number,
  test: (x: number) => boolean,
  rule: string,
): number {
  if (text === undefined) return fallback;
  const value = DECIMAL.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value) || !test(value)) throw new CliError(`--${name} must be ${rule}, got "${text}"`);
  return value;
}

function choice<T extends string>(text: string | undefined, name: string, allowed: readonly T[]): T {
  const value = text ?? allowed[0]!;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError(`--${name} must be ${allowed.map((a) => `"${a}"`).join(' or ')}, got "${value}"`);
  }
  return value as T;
}

function columnsFrom(values: Values): Columns {
  const customer = required(values, 'customer-col');
  const date = required(values, 'date-col');
  const amount = values['amount-col'];
  const quantity = values['quantity-col'];
  const price = values['price-col'];
  if ((quantity === undefined) !== (price === undefined)) {
    throw new CliError('--quantity-col and --price-col go together');
  }
  if (amount === undefined && quantity === undefined) {
    throw new CliError('give --amount-col, or --quantity-col and --price-col (try --help)');
  }
  return { customer, date, amount, quantity, price };
}

function commandFrom(values: Values): ClvCommand {
  const input = required(values, 'input');
  const columns = columnsFrom(values);
  const calibrationEnd = dayOption(required(values, 'calibration-end'), 'calibration-end');
  const holdoutText = values['holdout-end'];
  const holdoutEnd = holdoutText === undefined ? undefined : dayOption(holdoutText, 'holdout-end');
  if (holdoutEnd !== undefined && holdoutEnd < calibrationEnd) {
    throw new CliError(`--holdout-end (${holdoutText}) is before --calibration-end`);
  }
  const period = choice(values.period, 'period', ['day', 'week'] as const);
  const model = choice(values.model, 'model', ['bgnbd', 'pareto-nbd'] as const);
  const oneYear = period === 'week' ? 52 : 365;
  const horizon = numberOption(
    values.horizon,
    'horizon',
    oneYear,
    (x) => x > 0,
    'a positive number of periods',
  );
  const discountRate = numberOption(
    values['discount-rate'],
    'discount-rate',
    0.1,
    (x) => x >= 0,
    'a rate ≥ 0 (0.1 = 10 % a year)',
  );
  return {
    input,
    columns,
    calibrationEnd,
    holdoutEnd,
    period,
    model,
    horizon,
    discountRate,
    out: values.out,
    json: values.json === true,
  };
}

interface FileFacts {
  readonly rows: number;
  readonly excludedRows: number;
  readonly lastDay: number;
}

/**
 * Streams the file into a PurchaseLog. Every row is validated (date and numbers) even when it is
 * left out, so a malformed file fails the same way whatever its filters.
 */
async function readPurchases(path: string, columns: Columns, log: PurchaseLog): Promise<FileFacts> {
  let at: { customer: number; date: number; amount?: number; quantity?: number; price?: number } | undefined;
  let width = 0;
  let rows = 0;
  let excludedRows = 0;
  let lastDay = Number.NEGATIVE_INFINITY;
  // Lines of one invoice repeat the same timestamp; reusing the last parse skips most date work.
  let previousDateText: string | undefined;
  let previousDay = 0;
  for await (const { line, fields } of readCsv(path)) {
    if (at === undefined) {
      const optional = (name: string | undefined, option: string): number | undefined =>
        name === undefined ? undefined : columnIndex(fields, name, option);
      at = {
        customer: columnIndex(fields, columns.customer, '--customer-col'),
        date: columnIndex(fields, columns.date, '--date-col'),
        amount: optional(columns.amount, '--amount-col'),
        quantity: optional(columns.quantity, '--quantity-col'),
        price: optional(columns.price, '--price-col'),
      };
      width = fields.length;
      continue;
    }
    if (fields.length < width) {
      throw new InputError(`line ${line}: ${fields.length} fields where the header has ${width}`, line);
    }
    rows++;
    const dateText = fields[at.date]!;
    if (dateText !== previousDateText) {
      previousDay = parseDate(dateText, line, columns.date);
      previousDateText = dateText;
    }
    const quantity =
      at.quantity === undefined ? 1 : parseNumber(fields[at.quantity]!, line, columns.quantity!);
    const price = at.price === undefined ? 1 : parseNumber(fields[at.price]!, line, columns.price!);
    const amount =
      at.amount === undefined ? quantity * price : parseNumber(fields[at.amount]!, line, columns.amount!);
    const customer = fields[at.customer]!.trim();
    // Returns and cancellations are not purchases; free lines (amount 0) are, as in the CDNOW data.
    if (customer === '' || quantity <= 0 || price <= 0 || amount < 0) {
      excludedRows++;
      continue;
    }
    if (previousDay > lastDay) lastDay = previousDay;
    log.add(customer, previousDay, amount);
  }
  if (at === undefined || rows === 0) throw new InputError(`no data rows in ${path}`);
  return { rows, excludedRows, lastDay };
}

const CSV_HEADER = [
  'customer',
  'frequency',
  'recency',
  'T',
  'expected_purchases',
  'p_alive',
  'churn_probability',
  'expected_spend',
  'clv',
];

/** Six decimals are plenty for periods, probabilities and money, and keep the file readable. */
const round = (x: number): number | string => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : '');

function* scoreRows(scores: readonly CustomerScore[]): Generator<(string | number)[]> {
  for (const s of scores) {
    yield [
      s.customer,
      s.frequency,
      round(s.recency),
      round(s.age),
      round(s.expectedPurchases),
      round(s.probabilityAlive),
      round(1 - s.probabilityAlive),
      round(s.expectedSpend),
      round(s.clv),
    ];
  }
}

/**
 * When the data show (almost) no customer leaving, the dropout parameters run off along a ridge on
 * which only their ratio matters: predictions stay sound but a, b (or s, beta) mean little.
 */
function negligibleDropout(result: ClvResult, period: Period): string | undefined {
  const params = result.model.params;
  if (result.model.name === 'bgnbd') {
    const meanDropout = params.a! / (params.a! + params.b!);
    if (meanDropout >= 1e-4) return undefined;
    return `almost no dropout in the data (mean dropout probability a/(a+b) = ${meanDropout.toPrecision(2)}): a and b are not identified separately, only their ratio`;
  }
  const longestAge = result.scores.reduce((longest, score) => Math.max(longest, score.age), 0);
  const deathsPerCustomer = (params.s! / params.beta!) * longestAge;
  if (deathsPerCustomer >= 1e-3) return undefined;
  return `almost no dropout in the data (mean dropout rate s/beta = ${(params.s! / params.beta!).toPrecision(2)} per ${period}): s and beta are not identified separately, only their ratio`;
}

/** Fits that did not converge, and spend estimates that cannot exist, are said out loud. */
function warnings(result: ClvResult, period: Period): string[] {
  const list: string[] = [];
  const fits = [
    [result.model.name, result.model],
    ['gamma-gamma', result.spend],
  ] as const;
  for (const [label, fit] of fits) {
    if (fit.converged) continue;
    const edge = fit.atLimit.length > 0 ? ` (${fit.atLimit.join(', ')} at the edge of the search range)` : '';
    list.push(
      `the ${label} fit did not converge${edge}: the likelihood is flat or keeps rising towards a limit, so treat its parameters with caution`,
    );
  }
  const dropout = negligibleDropout(result, period);
  if (dropout !== undefined) list.push(dropout);
  if (!(result.spend.params.q > 1)) {
    list.push(
      'gamma-gamma q ≤ 1: the fitted spend has no finite mean, so customers without repeat purchases get no expected spend or CLV',
    );
  }
  return list;
}

function report(result: ClvResult, command: ClvCommand, facts: FileFacts, holdoutEnd: number) {
  const total = (pick: (s: CustomerScore) => number): number =>
    result.scores.reduce((sum, s) => sum + pick(s), 0);
  return {
    customers: result.customers,
    repeatTransactions: result.repeatTransactions,
    model: result.model,
    spend: result.spend,
    holdout: { end: formatDay(holdoutEnd), ...result.holdout },
    period: command.period,
    calibrationEnd: formatDay(command.calibrationEnd),
    horizon: command.horizon,
    discountRate: command.discountRate,
    totals: { expectedPurchases: total((s) => s.expectedPurchases), clv: total((s) => s.clv) },
    inputRows: facts.rows,
    excludedRows: facts.excludedRows,
    warnings: warnings(result, command.period),
  };
}

function summary(r: ReturnType<typeof report>): string {
  const params = (p: Readonly<Record<string, number>>): string =>
    Object.entries(p)
      .map(([k, v]) => `${k}=${v.toPrecision(4)}`)
      .join(' ');
  return [
    `${r.customers} customers, ${r.repeatTransactions} repeat purchases to ${r.calibrationEnd} (${r.excludedRows} of ${r.inputRows} rows left out)`,
    `${r.model.name}: ${params(r.model.params)}  log-likelihood ${r.model.logLikelihood.toFixed(2)}`,
    `gamma-gamma: ${params({ ...r.spend.params })}  log-likelihood ${r.spend.logLikelihood.toFixed(2)} (${r.spend.customers} repeat buyers)`,
    `holdout to ${r.holdout.end}: actual ${r.holdout.actual}, predicted ${r.holdout.predicted.toFixed(1)}`,
    `next ${r.horizon} ${r.period}s: ${r.totals.expectedPurchases.toFixed(1)} purchases, CLV ${r.totals.clv.toFixed(2)} at ${r.discountRate} a year`,
    ...r.warnings.map((warning) => `warning: ${warning}`),
  ].join('\n');
}

export async function runClv(args: string[]): Promise<void> {
  const values = readValues(args);
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const command = commandFrom(values);
  const log = new PurchaseLog();
  const facts = await readPurchases(command.input, command.columns, log);
  // Without --holdout-end everything after the calibration period is holdout.
  const holdoutEnd = command.holdoutEnd ?? Math.max(command.calibrationEnd, facts.lastDay);
  const calibration = log.summarize({
    calibrationEnd: command.calibrationEnd,
    holdoutEnd,
    period: command.period,
  });
  let result: ClvResult;
  try {
    result = analyzeClv(calibration, {
      model: command.model,
      horizon: command.horizon,
      annualDiscountRate: command.discountRate,
    });
  } catch (error) {
    if (error instanceof ClvDataError)
      throw new CliError(`${error.message} (--calibration-end ${formatDay(command.calibrationEnd)})`);
    throw error;
  }
  if (command.out !== undefined) await writeCsv(command.out, CSV_HEADER, scoreRows(result.scores));
  const output = report(result, command, facts, holdoutEnd);
  printResult(output, command.json, () => summary(output));
}
