import type { MeasureOp } from './reports.schemas.js';

/**
 * Rows of a report as the API gives them, from what the database returned: values in one shape on
 * both databases, money per currency, groups in a stable order, and the top N with the rest summed.
 * No I/O.
 */
export type Money = { amount: number; currency: string };
export type KeyValue = string | number | boolean | null;
export type MeasureValue = number | string | Money[] | null;

export interface ResultRow {
  keys: KeyValue[];
  /** What groups compare by (a keyed field's sort key); the same as `keys` otherwise. */
  compareKeys: KeyValue[];
  labels: (string | null)[];
  values: MeasureValue[];
  others: boolean;
}

export interface MeasureShape {
  op: MeasureOp;
  money: boolean;
}

/** A database value as text: dates and keys arrive as strings, numbers as numbers. */
export function textValue(value: unknown): string {
  return typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : JSON.stringify(value);
}

/** A value from either database as a number (PostgreSQL sends numerics and bigints as text). */
export function numberValue(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** A measure's value: averages to six decimals (money to whole minor units), so both databases agree. */
export function measureValue(
  op: MeasureOp,
  money: boolean,
  raw: unknown,
  isDate: boolean,
): number | string | null {
  if (raw === null || raw === undefined) return op === 'count' || op === 'distinct' ? 0 : null;
  if (isDate && (op === 'min' || op === 'max')) return textValue(raw);
  const n = numberValue(raw);
  if (n === null) return null;
  if (op === 'avg') return money ? Math.round(Number(n.toFixed(6))) : Number(n.toFixed(6));
  return n;
}

function compareKey(a: KeyValue, b: KeyValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a ? 1 : -1;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Groups in ascending order of their keys, empty values first (dates chronological). */
export function sortRows(rows: ResultRow[]): ResultRow[] {
  return [...rows].sort((r, s) => {
    for (let i = 0; i < r.compareKeys.length; i++) {
      const order = compareKey(r.compareKeys[i]!, s.compareKeys[i]!);
      if (order !== 0) return order;
    }
    return 0;
  });
}

/** A measure's size for ranking: money adds its currencies' amounts (an order, not a total). */
function size(value: MeasureValue): number {
  if (Array.isArray(value)) return value.reduce((total, m) => total + m.amount, 0);
  return typeof value === 'number' ? value : -Infinity;
}

function combine(op: MeasureOp, values: MeasureValue[]): MeasureValue {
  if (op === 'avg' || op === 'distinct') return null;
  if (values.some(Array.isArray)) {
    const byCurrency = new Map<string, number[]>();
    for (const list of values)
      for (const m of (list as Money[] | null) ?? [])
        byCurrency.set(m.currency, [...(byCurrency.get(m.currency) ?? []), m.amount]);
    return [...byCurrency].map(([currency, amounts]) => ({ currency, amount: fold(op, amounts) }));
  }
  const present = values.filter((v): v is number | string => v !== null);
  if (present.length === 0) return op === 'count' ? 0 : null;
  if (present.every((v) => typeof v === 'number')) return fold(op, present);
  const texts = present.map(String).sort();
  return op === 'min' ? texts[0]! : op === 'max' ? texts[texts.length - 1]! : null;
}

function fold(op: MeasureOp, values: number[]): number {
  if (op === 'min') return Math.min(...values);
  if (op === 'max') return Math.max(...values);
  return values.reduce((total, v) => total + v, 0);
}

/**
 * The `top` groups by the first measure, largest first, and one `others` row for the rest: counts
 * and sums add up, min and max carry over, averages and distinct counts cannot be put together
 * from groups and are null there.
 */
export function keepTop(rows: ResultRow[], measures: MeasureShape[], top: number | undefined): ResultRow[] {
  if (top === undefined || rows.length <= top) return rows;
  const ranked = [...rows].sort((r, s) => size(s.values[0] ?? null) - size(r.values[0] ?? null));
  const kept = ranked.slice(0, top);
  const rest = ranked.slice(top);
  const others: ResultRow = {
    keys: rows[0]!.keys.map(() => null),
    compareKeys: rows[0]!.keys.map(() => null),
    labels: rows[0]!.keys.map(() => null),
    values: measures.map((m, i) =>
      combine(
        m.op,
        rest.map((row) => row.values[i] ?? null),
      ),
    ),
    others: true,
  };
  return [...kept, others];
}
