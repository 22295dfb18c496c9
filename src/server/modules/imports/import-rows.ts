import type { BatchRow, RowError } from '../../records/record-batch.js';
import { parseCell, parseMoney, type Column } from '../../records/record-text.js';
import type { RecordType } from '../../records/record-type.js';

/**
 * A file's row as the values a change request would carry, by the import's mapping: cells read by
 * their column's kind, money joined with its currency, references by id or by the referenced
 * record's name, then checked by the type's own change schema. Empty cells set nothing.
 */

export interface RowProblem {
  /** The file's column at fault, or null for the whole row. */
  column: string | null;
  message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RowReader {
  read(cells: string[], row: number): { ok: true; row: BatchRow } | { ok: false; problems: RowProblem[] };
  /** The file column a field's error belongs to (`emails.0.email` → the column mapped to emails). */
  columnOf(field: string | null): string | null;
}

export function rowReader(
  type: RecordType,
  headers: string[],
  mapping: Map<string, Column>,
  defaultCurrency: string,
): RowReader {
  const targets = [...mapping].map(([header, column]) => ({
    index: headers.indexOf(header),
    header,
    column,
  }));
  const currencyOf = new Map<string, number>();
  for (const { index, column } of targets)
    if (column.kind === 'currency') currencyOf.set(`${column.custom}:${column.field}`, index);

  const columnOf = (field: string | null): string | null => {
    if (field === null) return null;
    const parts = field.split('.');
    for (let length = parts.length; length > 0; length--) {
      const name = parts.slice(0, length).join('.');
      const found = targets.find(
        ({ column }) => column.name === name || (!column.custom && column.field === name),
      );
      if (found) return found.header;
    }
    return null;
  };

  const read: RowReader['read'] = (cells, row) => {
    const values: Record<string, unknown> = {};
    const custom: Record<string, unknown> = {};
    const refNames: Record<string, string> = {};
    const problems: RowProblem[] = [];
    const set = (column: Column, value: unknown) => {
      const into = column.custom ? custom : values;
      const previous = into[column.field];
      // Several file columns may fill one list (Email, Email 2…).
      into[column.field] =
        Array.isArray(previous) && Array.isArray(value)
          ? [...(previous as unknown[]), ...(value as unknown[])]
          : value;
    };
    for (const { index, header, column } of targets) {
      const text = (cells[index] ?? '').trim();
      if (text === '' || column.kind === 'currency') continue;
      if (column.kind === 'money') {
        const currencyIndex = currencyOf.get(`${column.custom}:${column.field}`);
        const currency =
          (currencyIndex === undefined ? '' : (cells[currencyIndex] ?? '').trim().toUpperCase()) ||
          defaultCurrency;
        const money = parseMoney(text, currency);
        if (money.ok) set(column, money.value);
        else problems.push({ column: header, message: money.message });
        continue;
      }
      if (column.ref && column.ref !== 'member' && !UUID.test(text)) {
        refNames[column.field] = text;
        continue;
      }
      const parsed = parseCell(column, text);
      if (!parsed.ok) {
        problems.push({ column: header, message: parsed.message });
        continue;
      }
      const value =
        column.kind === 'contacts'
          ? (parsed.value as string[]).map((entry) => ({ [column.entryKey!]: entry }))
          : parsed.value;
      set(column, value);
    }
    if (problems.length > 0) return { ok: false, problems };
    if (Object.keys(custom).length > 0) values.custom = custom;
    const checked = type.input.update.safeParse(values);
    if (!checked.success)
      return {
        ok: false,
        problems: checked.error.issues.map((issue) => ({
          column: columnOf(issue.path.join('.')),
          message: issue.message,
        })),
      };
    const parsed = checked.data;
    if (typeof values.id === 'string') {
      if (!UUID.test(values.id))
        return { ok: false, problems: [{ column: columnOf('id'), message: 'must be a UUID' }] };
      parsed.id = values.id;
    }
    return { ok: true, row: { row, values: parsed, refNames } };
  };

  return { read, columnOf };
}

/** A batch's row errors as problems with their file column. */
export const problemsOf = (reader: RowReader, errors: RowError[]): RowProblem[] =>
  errors.map((error) => ({
    column: reader.columnOf(error.field),
    message:
      error.field && !reader.columnOf(error.field) ? `${error.field}: ${error.message}` : error.message,
  }));
