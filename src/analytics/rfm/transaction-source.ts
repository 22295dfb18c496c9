import { columnIndex, InputError, parseDate, readCsv } from '../csv.js';
import { multiplyToMicros, parseExactDecimal, toMicros } from './exact-money.js';
import type { ExactDecimal, Micros } from './exact-money.js';
import type { Transaction } from './rfm-model.js';

/** Column names of a transaction file, as given on the command line. */
export interface TransactionColumns {
  readonly customer: string;
  readonly date: string;
  /** Line amount; when absent, quantity × price is the amount. */
  readonly amount?: string;
  readonly invoice?: string;
  readonly quantity?: string;
  readonly price?: string;
}

/** Why rows are left out; a row is counted once, under the first reason in this order. */
export const EXCLUSION_REASONS = [
  'missingCustomer',
  'missingInvoice',
  'nonPositiveQuantity',
  'nonPositivePrice',
  'nonPositiveAmount',
] as const;

export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];
export type ExclusionCounts = Record<ExclusionReason, number>;

export interface SourceSummary {
  /** Data rows read (the header and blank lines not counted). */
  readonly rows: number;
  readonly excluded: ExclusionCounts;
  readonly excludedRows: number;
  /** The last date in the file over all rows, excluded ones too (it sets the default as-of day). */
  readonly lastDay: number;
}

/**
 * Checks which columns the options name: a customer and a date column, and either an amount
 * column or a quantity and a price column. When all three are given, the amount is the spend and
 * quantity and price only filter rows.
 */
export function transactionColumns(
  options: Record<string, string | boolean | undefined>,
): TransactionColumns {
  const text = (name: string): string | undefined => {
    const value = options[name];
    return typeof value === 'string' ? value : undefined;
  };
  const customer = text('customer-col');
  const date = text('date-col');
  const amount = text('amount-col');
  const quantity = text('quantity-col');
  const price = text('price-col');
  if (!customer) throw new InputError('--customer-col is required');
  if (!date) throw new InputError('--date-col is required');
  if ((quantity === undefined) !== (price === undefined)) {
    throw new InputError('--quantity-col and --price-col go together');
  }
  if (amount === undefined && quantity === undefined) {
    throw new InputError('give --amount-col, or --quantity-col and --price-col');
  }
  return { customer, date, amount, invoice: text('invoice-col'), quantity, price };
}

/** A located column: its position in each record and its name for error messages. */
interface Column {
  readonly index: number;
  readonly name: string;
}

interface ColumnPositions {
  customer: Column;
  date: Column;
  amount: Column | undefined;
  invoice: Column | undefined;
  quantity: Column | undefined;
  price: Column | undefined;
}

function locate(header: string[], columns: TransactionColumns): ColumnPositions {
  const find = (name: string, option: string): Column => ({ index: columnIndex(header, name, option), name });
  const optional = (name: string | undefined, option: string): Column | undefined =>
    name === undefined ? undefined : find(name, option);
  return {
    customer: find(columns.customer, '--customer-col'),
    date: find(columns.date, '--date-col'),
    amount: optional(columns.amount, '--amount-col'),
    invoice: optional(columns.invoice, '--invoice-col'),
    quantity: optional(columns.quantity, '--quantity-col'),
    price: optional(columns.price, '--price-col'),
  };
}

/** The exact decimal in a column of a record; an InputError naming the line when it is not one. */
function decimalAt(fields: string[], column: Column, line: number): ExactDecimal {
  const value = fields[column.index] as string;
  const parsed = parseExactDecimal(value);
  if (!parsed)
    throw new InputError(`line ${line}: cannot read number "${value}" in column ${column.name}`, line);
  return parsed;
}

/**
 * Streams a transaction CSV, hands every row that passes the filters to `onTransaction`, and
 * counts the rest. Every row is validated (date and numbers) even when it is left out, so a
 * malformed file fails the same way whatever its missing customers.
 */
export async function readTransactions(
  path: string,
  columns: TransactionColumns,
  onTransaction: (transaction: Transaction) => void,
): Promise<SourceSummary> {
  const excluded = Object.fromEntries(EXCLUSION_REASONS.map((reason) => [reason, 0])) as ExclusionCounts;
  let positions: ColumnPositions | undefined;
  let width = 0;
  let rows = 0;
  let lastDay = -Infinity;
  // Lines of one invoice repeat the same timestamp; reusing the last parse skips most date work.
  let previousDateText: string | undefined;
  let previousDay = 0;
  for await (const { line, fields } of readCsv(path)) {
    if (!positions) {
      positions = locate(fields, columns);
      width = fields.length;
      continue;
    }
    if (fields.length < width) {
      throw new InputError(`line ${line}: ${fields.length} fields where the header has ${width}`, line);
    }
    rows += 1;
    const dateText = fields[positions.date.index] as string;
    if (dateText !== previousDateText) {
      previousDay = parseDate(dateText, line, positions.date.name);
      previousDateText = dateText;
    }
    const day = previousDay;
    if (day > lastDay) lastDay = day;
    const amount = rowAmount(fields, positions, line);
    const reason = exclusionReason(fields, positions, amount);
    if (reason) {
      excluded[reason] += 1;
      continue;
    }
    const customer = (fields[positions.customer.index] as string).trim();
    const invoice = positions.invoice && (fields[positions.invoice.index] as string).trim();
    onTransaction({ customer, day, amount: amount.spend, invoice });
  }
  if (!positions || rows === 0) throw new InputError(`no data rows in ${path}`);
  const excludedRows = Object.values(excluded).reduce((sum, count) => sum + count, 0);
  return { rows, excluded, excludedRows, lastDay };
}

interface RowAmount {
  spend: Micros;
  quantity: bigint | undefined;
  price: bigint | undefined;
}

function rowAmount(fields: string[], at: ColumnPositions, line: number): RowAmount {
  const quantity = at.quantity && decimalAt(fields, at.quantity, line);
  const price = at.price && decimalAt(fields, at.price, line);
  let spend: Micros;
  if (at.amount) spend = toMicros(decimalAt(fields, at.amount, line));
  else if (quantity && price) spend = multiplyToMicros(quantity, price);
  else throw new Error('transactionColumns guarantees an amount or a quantity and a price');
  return { spend, quantity: quantity?.mantissa, price: price?.mantissa };
}

function exclusionReason(
  fields: string[],
  at: ColumnPositions,
  amount: RowAmount,
): ExclusionReason | undefined {
  if ((fields[at.customer.index] as string).trim() === '') return 'missingCustomer';
  if (at.invoice && (fields[at.invoice.index] as string).trim() === '') return 'missingInvoice';
  // The sign of a decimal is the sign of its mantissa, so no conversion is needed here.
  if (amount.quantity !== undefined && amount.quantity <= 0n) return 'nonPositiveQuantity';
  if (amount.price !== undefined && amount.price <= 0n) return 'nonPositivePrice';
  // Cancellations and refunds (negative lines) and free lines would otherwise count as purchases.
  if (amount.spend <= 0n) return 'nonPositiveAmount';
  return undefined;
}
