/**
 * The shared input/output layer of the analytics engine: streamed line and CSV reading (plain or
 * gzip), value parsers that report the offending line, and a CSV writer. Every problem with the
 * user's file surfaces as an {@link InputError} whose message is fit to print on one line.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Readable, Writable } from 'node:stream';

/** A problem with an input file or value; the message already says "line N: …" when the line is known. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export interface CsvRecord {
  /** 1-based physical line on which the record starts. */
  line: number;
  fields: string[];
}

async function openText(path: string): Promise<Readable> {
  let isFile: boolean;
  try {
    isFile = (await stat(path)).isFile();
  } catch {
    throw new InputError(`file not found: ${path}`);
  }
  if (!isFile) throw new InputError(`not a regular file: ${path}`);
  const raw = createReadStream(path);
  if (!path.endsWith('.gz')) return raw.setEncoding('utf8');
  const gunzip = createGunzip();
  // pipe() does not forward errors: a read error must still reach the consumer of the gunzip stream.
  raw.on('error', (error) => gunzip.destroy(error));
  return raw.pipe(gunzip).setEncoding('utf8');
}

function describeReadError(path: string, error: unknown): InputError {
  const reason = error instanceof Error ? error.message : String(error);
  return new InputError(`cannot read ${path}: ${reason}`);
}

/**
 * Streams the lines of a text file (gunzipping `*.gz`), without their `\n` or `\r\n` ends.
 * A final empty line after the last newline is not reported; a UTF-8 byte-order mark is dropped.
 * Splitting chunks ourselves is several times faster than node:readline on million-line files.
 */
export async function* readLines(path: string): AsyncGenerator<{ line: number; text: string }> {
  const stream = await openText(path);
  let pending = '';
  let line = 0;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      let text = pending + chunk;
      if (line === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        yield { line: ++line, text: text.slice(start, stop) };
        start = end + 1;
      }
      pending = text.slice(start);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw describeReadError(path, error);
  } finally {
    stream.destroy();
  }
  if (pending.length > 0) {
    yield { line: ++line, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending };
  }
  if (line === 0) throw new InputError(`empty file: ${path}`);
}

/**
 * Splits one record, starting with `text`; a quoted field may run over several physical lines, in
 * which case `more` supplies the next one (or undefined at the end of the file).
 */
function parseQuotedRecord(text: string, line: number, more: () => string | undefined): string[] {
  const fields: string[] = [];
  let field = '';
  let i = 0;
  for (;;) {
    if (text.charCodeAt(i) === 34) {
      // Quoted field: "" is a literal quote; the field ends at a lone quote.
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) {
          field += text.slice(i) + '\n';
          const next = more();
          if (next === undefined) throw new InputError(`line ${line}: unterminated quoted field`, line);
          text = next;
          i = 0;
          continue;
        }
        field += text.slice(i, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          field += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      if (i < text.length && text.charCodeAt(i) !== 44) {
        throw new InputError(`line ${line}: unexpected text after a closing quote`, line);
      }
    } else {
      const comma = text.indexOf(',', i);
      field = text.slice(i, comma === -1 ? text.length : comma);
      i = comma === -1 ? text.length : comma;
    }
    fields.push(field);
    field = '';
    if (i >= text.length) return fields;
    i++; // skip the comma
    if (i === text.length) {
      fields.push('');
      return fields;
    }
  }
}

/**
 * Whether a record that starts inside (or outside) a quoted field is still inside one at the end of
 * `text`; only quotes that open a field start quoting, as in the parser.
 */
function endsInsideQuotes(text: string, inside: boolean): boolean {
  let atFieldStart = !inside;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inside) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) i++;
        else inside = false;
      }
    } else if (c === 44) {
      atFieldStart = true;
      continue;
    } else if (c === 34 && atFieldStart) {
      inside = true;
    }
    atFieldStart = false;
  }
  return inside;
}

/**
 * Streams the records of an RFC 4180 CSV file; the first record yielded is the header.
 * Blank lines are skipped (spreadsheet exports often end with some).
 */
export async function* readCsv(path: string): AsyncGenerator<CsvRecord> {
  const lines = readLines(path);
  for (let step = await lines.next(); !step.done; step = await lines.next()) {
    const { line, text } = step.value;
    if (text.length === 0) continue;
    if (!text.includes('"')) {
      yield { line, fields: text.split(',') };
      continue;
    }
    // A quoted field may contain line breaks: gather the physical lines that belong to this record.
    const continuation: string[] = [];
    let inside = endsInsideQuotes(text, false);
    while (inside) {
      const extra = await lines.next();
      if (extra.done) break;
      continuation.push(extra.value.text);
      inside = endsInsideQuotes(extra.value.text, true);
    }
    let k = 0;
    yield { line, fields: parseQuotedRecord(text, line, () => continuation[k++]) };
  }
}

/** Finds a named column in a CSV header; `option` is the command-line option that named it. */
export function columnIndex(header: string[], name: string, option: string): number {
  let index = header.indexOf(name);
  if (index === -1) {
    // Tolerate stray spaces around header cells, but only when that leaves no ambiguity.
    const trimmed = header.map((cell) => cell.trim());
    if (trimmed.filter((cell) => cell === name.trim()).length === 1) index = trimmed.indexOf(name.trim());
  }
  if (index === -1) {
    throw new InputError(`column "${name}" (${option}) not found; the header has: ${header.join(', ')}`);
  }
  return index;
}

const DAY_MS = 86_400_000;
// ISO dates with an optional time of day, or compact YYYYMMDD (as in the CDNOW files).
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Reads YYYY-MM-DD, YYYYMMDD or "YYYY-MM-DD HH:MM[:SS]" as a whole UTC day number since
 * 1970-01-01; the time of day is checked but ignored because the analytics work in days.
 */
export function parseDate(value: string, line: number, column: string): number {
  const text = value.trim();
  const match = ISO_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  const [, y, m, d, hh, mm, ss] = match ?? [];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const timeOk = hh === undefined || (Number(hh) <= 23 && Number(mm) <= 59 && Number(ss ?? 0) <= 60);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 2021-02-30 over to March; a round trip catches impossible days.
  const dayOk =
    check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  if (!match || !timeOk || !dayOk) {
    throw new InputError(`line ${line}: cannot read date "${value}" in column ${column}`, line);
  }
  return Math.round(ms / DAY_MS);
}

const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Reads a finite decimal number (optionally signed, with exponent); anything else is an InputError. */
export function parseNumber(value: string, line: number, column: string): number {
  const text = value.trim();
  const number = NUMBER_PATTERN.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(number)) {
    throw new InputError(`line ${line}: cannot read number "${value}" in column ${column}`, line);
  }
  return number;
}

/** Day number since 1970-01-01 → YYYY-MM-DD. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Quotes a CSV field only when it has to (RFC 4180), so plain values stay readable. */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes a CSV file (gzip-compressed when the name ends in .gz), creating its directory if needed. */
export async function writeCsv(
  path: string,
  header: string[],
  rows: Iterable<(string | number)[]>,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const file = createWriteStream(path);
  let out: Writable = file;
  if (path.endsWith('.gz')) {
    const gzip = createGzip();
    gzip.pipe(file);
    out = gzip;
  }
  const failure = new Promise<never>((_, reject) => {
    file.once('error', reject);
    out.once('error', reject);
  });
  failure.catch(() => undefined); // observed below through Promise.race
  const write = async (row: (string | number)[]): Promise<void> => {
    if (!out.write(`${row.map(csvField).join(',')}\n`)) await Promise.race([once(out, 'drain'), failure]);
  };
  try {
    await write(header);
    for (const row of rows) await write(row);
    out.end();
    await Promise.race([finished(file), failure]);
  } catch (error) {
    file.destroy();
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`cannot write ${path}: ${reason}`);
  }
}
