import { isIsoDate, isIsoDay } from '../lib/dates.js';
import { minorUnitDigits, parseDecimalToMinor } from '../lib/money.js';
import type { CustomField } from '../modules/custom-fields/custom-fields.schemas.js';
import type { RecordType, RecordValues } from './record-type.js';

/**
 * Records as text, one cell per column, and back: what exports write and imports read. A column is a
 * field of the record type's declaration, a standard field, a reference's display name or a custom
 * field (`custom.<key>`); money takes two columns, the decimal amount and `<column>.currency`.
 * Cells are meant for people and stay unambiguous: ISO dates, a dot as the decimal separator, lists
 * separated by "; ".
 */

export type ColumnKind =
  'text' | 'number' | 'boolean' | 'date' | 'uuid' | 'money' | 'currency' | 'list' | 'contacts' | 'json';

export interface Column {
  /** As headers and mappings name it: `lastName`, `annualRevenue.currency`, `custom.vip`. */
  name: string;
  kind: ColumnKind;
  /** The record field it reads and writes (`annualRevenue` for both money columns). */
  field: string;
  custom: boolean;
  /** Set for a reference (the referenced type's entity, or `member`). */
  ref?: string;
  /** For a list of entries (emails, phones): the property holding each entry's value. */
  entryKey?: string;
  /** Shown but never written: derived list columns, reference names, timestamps, ids. */
  readOnly: boolean;
  sensitive: boolean;
}

export const LIST_SEPARATOR = '; ';

const CUSTOM_KINDS: Record<string, ColumnKind> = {
  text: 'text',
  url: 'text',
  email: 'text',
  phone: 'text',
  select: 'text',
  number: 'number',
  money: 'money',
  date: 'date',
  boolean: 'boolean',
  multiselect: 'list',
};

/** Every column a record of the type has, in the order an export writes them by default. */
export function recordColumns(type: RecordType, customFields: CustomField[]): Column[] {
  const columns: Column[] = [
    { name: 'id', kind: 'uuid', field: 'id', custom: false, readOnly: true, sensitive: false },
  ];
  const add = (name: string, kind: ColumnKind, extra: Partial<Column> = {}) =>
    columns.push({ name, kind, field: name, custom: false, readOnly: false, sensitive: false, ...extra });
  for (const [name, field] of Object.entries(type.fields)) {
    const sensitive = field.sensitive ?? false;
    if (field.readOnly && field.type === 'money') {
      add(name, 'money', { readOnly: true, sensitive });
      add(`${name}.currency`, 'currency', { field: name, readOnly: true, sensitive });
      continue;
    }
    if (field.derive || field.readOnly) {
      add(name, field.type === 'json' ? 'text' : kindOf(field.type), { readOnly: true, sensitive });
      continue;
    }
    if (field.type === 'money') {
      add(name, 'money', { sensitive });
      add(`${name}.currency`, 'currency', { field: name, sensitive });
    } else if (field.type === 'json')
      add(name, field.entryKey ? 'contacts' : 'json', { sensitive, entryKey: field.entryKey });
    else add(name, kindOf(field.type), { sensitive, ...(field.ref && { ref: field.ref }) });
    if (field.refName) add(field.refName, 'text', { readOnly: true, sensitive });
  }
  add('ownerId', 'uuid', { ref: 'member' });
  add('tags', 'list');
  for (const custom of customFields) {
    const kind = CUSTOM_KINDS[custom.type] ?? 'text';
    const name = `custom.${custom.key}`;
    add(name, kind, { field: custom.key, custom: true });
    if (kind === 'money') add(`${name}.currency`, 'currency', { field: custom.key, custom: true });
  }
  add('createdAt', 'date', { readOnly: true });
  add('updatedAt', 'date', { readOnly: true });
  return columns;
}

function kindOf(type: string): ColumnKind {
  if (type === 'number' || type === 'boolean' || type === 'date' || type === 'uuid' || type === 'money')
    return type;
  if (type === 'tags' || type === 'multiselect') return 'list';
  return 'text';
}

/** The value a column reads from a record as the API shows it (derived columns computed). */
export function columnValue(type: RecordType, column: Column, record: RecordValues): unknown {
  if (column.custom) return (record.custom as Record<string, unknown> | undefined)?.[column.field];
  const derive = type.fields[column.field]?.derive;
  return derive ? derive(record) : record[column.field];
}

/** One cell of an export. */
export function formatCell(column: Column, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (column.kind) {
    case 'money': {
      const money = value as { amount: number; currency: string };
      return formatMinor(money.amount, minorUnitDigits(money.currency));
    }
    case 'currency':
      return (value as { currency: string }).currency;
    case 'list':
      return (value as string[]).join(LIST_SEPARATOR);
    case 'contacts':
      // Emails and phones: each entry's own value, in their order.
      return (value as Record<string, unknown>[])
        .map((entry) => entry[column.entryKey!] as string)
        .join(LIST_SEPARATOR);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'json':
      return JSON.stringify(value);
    default:
      // Text, numbers, ids and timestamps: what is left after the cases above.
      return typeof value === 'number' ? String(value) : (value as string);
  }
}

/** An integer of minor units as a decimal, without going through a float: 123456, 2 → "1234.56". */
function formatMinor(amount: number, digits: number): string {
  const sign = amount < 0 ? '-' : '';
  const text = String(Math.abs(amount)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'ano', 'áno', 'да', 'sim', 'tak', 'x']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'nie', 'не', 'нет', 'não', 'nao', '']);

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * A cell read for a column, as the value an API request would carry (money without its currency,
 * which `parseMoney` joins). Empty cells are `null`: "no value".
 */
export function parseCell(column: Column, text: string): Parsed {
  const cell = text.trim();
  if (cell === '')
    return { ok: true, value: column.kind === 'list' || column.kind === 'contacts' ? [] : null };
  switch (column.kind) {
    case 'number': {
      const number = Number(cell.replace(/\s/g, '').replace(',', '.'));
      return Number.isFinite(number)
        ? { ok: true, value: number }
        : { ok: false, message: 'must be a number' };
    }
    case 'boolean': {
      const word = cell.toLowerCase();
      if (TRUE_WORDS.has(word)) return { ok: true, value: true };
      if (FALSE_WORDS.has(word)) return { ok: true, value: false };
      return { ok: false, message: 'must be true or false' };
    }
    case 'date':
      return isIsoDay(cell) || isIsoDate(cell)
        ? { ok: true, value: cell }
        : { ok: false, message: 'must be a date (YYYY-MM-DD)' };
    case 'currency':
      return { ok: true, value: cell.toUpperCase() };
    case 'list':
      return { ok: true, value: splitList(cell) };
    case 'contacts':
      return { ok: true, value: splitList(cell) };
    case 'json':
      try {
        return { ok: true, value: JSON.parse(cell) as unknown };
      } catch {
        return { ok: false, message: 'must be JSON, as an export writes it' };
      }
    default:
      return { ok: true, value: cell };
  }
}

/** "a; b, c" → ["a", "b", "c"]: lists are separated by semicolons, or commas when there are none. */
export function splitList(cell: string): string[] {
  const separator = cell.includes(';') ? ';' : ',';
  return cell
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A decimal amount and a currency code as money in minor units. */
export function parseMoney(amount: string, currency: string): Parsed {
  if (!/^[A-Z]{3}$/.test(currency))
    return { ok: false, message: 'needs a currency: map a column to its currency, such as EUR' };
  const normalized = amount.replace(/\s/g, '').replace(',', '.');
  const minor = parseDecimalToMinor(normalized, currency);
  return minor === null
    ? { ok: false, message: `must be an amount with at most ${minorUnitDigits(currency)} decimals` }
    : { ok: true, value: { amount: minor, currency } };
}
