import { parse } from 'csv-parse/sync';
import { invalid } from '../../lib/errors.js';
import { normalizeKey } from './data-set-keys.js';
import type { DataSetValues } from './data-sets.repository.js';
import type { DataSetMapping } from './data-sets.schemas.js';

/**
 * A data set's CSV read with its mapping: the key column normalised, value columns typed. The whole
 * file is checked before anything is written; errors name the line and column. No I/O.
 */
export const MAX_DATA_SET_ROWS = 100_000;

const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

export function readDataSetCsv(text: string, mapping: DataSetMapping) {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    });
  } catch (error) {
    throw invalid('csv', `is not a CSV file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [header, ...lines] = records;
  if (!header) throw invalid('csv', 'is empty');
  if (lines.length > MAX_DATA_SET_ROWS) throw invalid('csv', `has more than ${MAX_DATA_SET_ROWS} rows`);
  const keyIndex = header.indexOf(mapping.keyColumn);
  if (keyIndex < 0) throw invalid('keyColumn', `no column "${mapping.keyColumn}" in the file`);
  const indexes = mapping.columns.map((column, i) => {
    const index = header.indexOf(column.header);
    if (index < 0) throw invalid(`columns.${i}.header`, `no column "${column.header}" in the file`);
    return index;
  });
  const seen = new Set<string>();
  return lines.map((cells, n) => {
    const line = n + 2;
    const key = normalizeKey(mapping.keyKind, cells[keyIndex] ?? '');
    if (!key) throw invalid('csv', `line ${line}: the key is empty`);
    if (mapping.keyKind === 'country' && !/^[A-Z]{2}$/.test(key))
      throw invalid('csv', `line ${line}: "${key}" is not a two-letter country code (ISO 3166-1)`);
    if (seen.has(key)) throw invalid('csv', `line ${line}: the key "${key}" appears twice`);
    seen.add(key);
    const values: DataSetValues = {};
    mapping.columns.forEach((column, i) => {
      const raw = (cells[indexes[i]!] ?? '').trim();
      if (raw === '') values[column.key] = null;
      else if (column.type === 'text') values[column.key] = raw;
      else if (NUMBER.test(raw)) values[column.key] = Number(raw);
      else throw invalid('csv', `line ${line}, column "${column.header}": "${raw}" is not a number`);
    });
    return { key, values };
  });
}
