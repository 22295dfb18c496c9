/**
 * `rapport analytics basket`: association rules from a transaction file. This file owns the
 * command line and the file reading; the analysis itself is pure (src/analytics/basket/).
 */
import { parseArgs } from 'node:util';
import { columnIndex, InputError, readCsv, readLines } from '../analytics/csv.js';
import {
  analyzeBaskets,
  UnknownItemError,
  type BasketAnalysis,
  type BasketQuery,
} from '../analytics/basket/basket-analysis.js';
import { reportJson, reportTable } from '../analytics/basket/basket-report.js';
import { MiningLimitError } from '../analytics/basket/fp-growth.js';
import { BasketEncoder, PairEncoder, type TransactionDb } from '../analytics/basket/transactions.js';
import { CliError } from './cli-error.js';

const USAGE = `usage: rapport analytics basket --input FILE [--format basket|long]
    [--transaction-col C --item-col C] --min-support S --min-confidence C
    [--min-length N] [--max-length N] [--top N] [--json]
    [--include ITEM]… [--exclude ITEM]… [--antecedent ITEM]… [--consequent ITEM]…
    [--recommend "ITEM,ITEM,…"]
  --format basket   one transaction per line, items separated by commas, no header (default)
  --format long     CSV with a header, one row per (transaction, item); needs --transaction-col, --item-col
  --min-support     fraction of transactions in (0, 1]; frequent = count ≥ ceil(N × S)
  --min-confidence  in [0, 1]
  --min-length      fewest items in a rule, both sides counted (default 2)
  --max-length      most items in an itemset or rule (default: no limit)
  --top             list only the first N rules (and recommendations); counts cover all
  --include/--exclude ITEM        keep rules that mention / do not mention the item (repeatable)
  --antecedent/--consequent ITEM  keep rules with the item on the left / right (repeatable)
  --recommend "A,B"  rank items to suggest for a basket holding A and B`;

const OPTIONS = {
  input: { type: 'string' },
  format: { type: 'string' },
  'transaction-col': { type: 'string' },
  'item-col': { type: 'string' },
  'min-support': { type: 'string' },
  'min-confidence': { type: 'string' },
  'min-length': { type: 'string' },
  'max-length': { type: 'string' },
  top: { type: 'string' },
  json: { type: 'boolean' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  antecedent: { type: 'string', multiple: true },
  consequent: { type: 'string', multiple: true },
  recommend: { type: 'string' },
  help: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>['values'];

interface BasketCommand {
  input: string;
  format: 'basket' | 'long';
  transactionCol?: string;
  itemCol?: string;
  query: BasketQuery;
  top: number;
  json: boolean;
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function decimalOption(values: Values, name: 'min-support' | 'min-confidence'): number {
  const text = values[name];
  if (text === undefined) throw new CliError(`--${name} is required (try --help)`);
  const value = DECIMAL.test(text.trim()) ? Number(text) : Number.NaN;
  if (name === 'min-support' && !(value > 0 && value <= 1)) {
    throw new CliError(`--min-support must be a number in (0, 1], got "${text}"`);
  }
  if (name === 'min-confidence' && !(value >= 0 && value <= 1)) {
    throw new CliError(`--min-confidence must be a number in [0, 1], got "${text}"`);
  }
  return value;
}

function countOption(
  values: Values,
  name: 'min-length' | 'max-length' | 'top',
  min: number,
): number | undefined {
  const text = values[name];
  if (text === undefined) return undefined;
  const value = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(Number.isSafeInteger(value) && value >= min)) {
    throw new CliError(`--${name} must be a whole number ≥ ${min}, got "${text}"`);
  }
  return value;
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

function commandFrom(values: Values): BasketCommand {
  if (values.input === undefined) throw new CliError('--input FILE is required (try --help)');
  const format = values.format ?? 'basket';
  if (format !== 'basket' && format !== 'long') {
    throw new CliError(`--format must be "basket" or "long", got "${format}"`);
  }
  const transactionCol = values['transaction-col'];
  const itemCol = values['item-col'];
  if (format === 'long' && (transactionCol === undefined || itemCol === undefined)) {
    throw new CliError('--format long needs --transaction-col and --item-col');
  }
  if (format === 'basket' && (transactionCol !== undefined || itemCol !== undefined)) {
    throw new CliError('--transaction-col and --item-col apply only with --format long');
  }
  const minLength = countOption(values, 'min-length', 1) ?? 2;
  const maxLength = countOption(values, 'max-length', 1) ?? Infinity;
  if (maxLength < minLength) {
    throw new CliError(`--max-length (${maxLength}) is below --min-length (${minLength})`);
  }
  const query: BasketQuery = {
    minSupport: decimalOption(values, 'min-support'),
    minConfidence: decimalOption(values, 'min-confidence'),
    minLength,
    maxLength,
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    antecedent: values.antecedent ?? [],
    consequent: values.consequent ?? [],
  };
  if (values.recommend !== undefined)
    query.recommendFor = values.recommend.split(',').filter((l) => l !== '');
  const top = countOption(values, 'top', 0) ?? Infinity;
  return { input: values.input, format, transactionCol, itemCol, query, top, json: values.json === true };
}

/** Basket format: every physical line is one transaction, labels taken verbatim. */
async function readBasketFile(path: string): Promise<TransactionDb> {
  const encoder = new BasketEncoder();
  for await (const { text } of readLines(path)) encoder.add(text.split(','));
  return encoder.finish();
}

/** Long format: one (transaction, item) row per record; rows lacking either value are skipped. */
async function readLongFile(
  path: string,
  transactionCol: string,
  itemCol: string,
): Promise<{ db: TransactionDb; skippedRows: number }> {
  const encoder = new PairEncoder();
  let columns: [number, number] | undefined;
  let skippedRows = 0;
  for await (const { line, fields } of readCsv(path)) {
    if (!columns) {
      columns = [
        columnIndex(fields, transactionCol, '--transaction-col'),
        columnIndex(fields, itemCol, '--item-col'),
      ];
      continue;
    }
    const transaction = fields[columns[0]];
    const item = fields[columns[1]];
    if (transaction === undefined || item === undefined) {
      const needed = Math.max(...columns) + 1;
      throw new InputError(`line ${line}: expected at least ${needed} fields, found ${fields.length}`, line);
    }
    if (transaction === '' || item === '') skippedRows++;
    else encoder.add(transaction, item);
  }
  return { db: encoder.finish(), skippedRows };
}

const OPTION_OF_FIELD: Partial<Record<keyof BasketQuery, string>> = {
  include: '--include',
  exclude: '--exclude',
  antecedent: '--antecedent',
  consequent: '--consequent',
  recommendFor: '--recommend',
};

function analyze(db: TransactionDb, query: BasketQuery): BasketAnalysis {
  try {
    return analyzeBaskets(db, query);
  } catch (error) {
    if (error instanceof UnknownItemError) {
      throw new CliError(
        `${error.message} (${OPTION_OF_FIELD[error.field]}); item labels must match exactly`,
      );
    }
    if (error instanceof MiningLimitError) {
      throw new CliError(`${error.message}: raise --min-support or --min-confidence, or set --max-length`);
    }
    throw error;
  }
}

/**
 * Writes to stdout, waiting when its buffer is full; stops quietly once the reader has gone away
 * (e.g. `| head`), which is not an error of this command.
 */
function stdoutWriter(): (text: string) => Promise<void> {
  let closed = false;
  process.stdout.once('error', () => (closed = true));
  return async (text) => {
    if (closed || process.stdout.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        process.stdout.off('drain', done).off('error', done);
        resolve();
      };
      process.stdout.on('drain', done).on('error', done);
    });
  };
}

export async function runBasket(args: string[]): Promise<void> {
  const values = readValues(args);
  const write = stdoutWriter();
  if (values.help === true) {
    await write(`${USAGE}\n`);
    return;
  }
  const command = commandFrom(values);
  let db: TransactionDb;
  let skippedRows: number | undefined;
  if (command.format === 'long') {
    const long = await readLongFile(command.input, command.transactionCol!, command.itemCol!);
    db = long.db;
    skippedRows = long.skippedRows;
  } else {
    db = await readBasketFile(command.input);
  }
  const analysis = analyze(db, command.query);
  const report = { top: command.top, skippedRows, recommend: command.query.recommendFor !== undefined };
  if (command.json) {
    for (const chunk of reportJson(analysis, report)) await write(chunk);
  } else {
    await write(`${reportTable(analysis, report)}\n`);
  }
}
