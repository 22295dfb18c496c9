import { Transform, type Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { invalid } from '../../lib/errors.js';
import { VCARD_COLUMNS, vCardCollector, vCardToRow } from '../people/person-vcard.js';

/**
 * Reading an import's file: what it is (CSV or vCard, its encoding, delimiter and header), and its
 * rows as a stream from any byte position, each with the byte where the next row starts. That byte
 * is what an import stores after each batch, so it resumes exactly there.
 */

export type SourceFormat = 'csv' | 'vcard';
export type SourceEncoding = 'utf-8' | 'windows-1250' | 'windows-1251';

export interface SourceInfo {
  format: SourceFormat;
  encoding: SourceEncoding;
  delimiter: string;
  headers: string[];
  /** Where the first row starts: after a byte order mark and the header. */
  dataOffset: number;
}

export interface SourceRow {
  cells: string[];
  /** The byte after the row: where the next one starts. */
  end: number;
}

/** Enough of the start of a file to judge it: its header must end within it. */
export const HEAD_BYTES = 64 * 1024;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** UTF-8 when it decodes as UTF-8 (a character cut at the end of the head aside), else a code page. */
function detectEncoding(head: Buffer): SourceEncoding {
  for (let cut = 0; cut < 4 && cut <= head.length; cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
      return 'utf-8';
    } catch {
      // A multi-byte character may be cut at the end of the head; try without its bytes.
    }
  }
  // Both code pages put letters above 0xC0. Cyrillic words are made of them; Central European
  // words are mostly ASCII letters with a few of them in between.
  let high = 0;
  let ascii = 0;
  for (const byte of head) {
    if (byte >= 0xc0) high++;
    else if ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)) ascii++;
  }
  return high > ascii ? 'windows-1251' : 'windows-1250';
}

/** The delimiter used most on the first line (outside quotes): comma, semicolon, tab or pipe. */
function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

/** Text of a cell read byte-for-character (latin1), in the file's own single-byte encoding. */
function decoderFor(encoding: SourceEncoding): (cell: string) => string {
  if (encoding === 'utf-8') return (cell) => cell;
  const decoder = new TextDecoder(encoding);
  return (cell) => (/[\x80-\xff]/.test(cell) ? decoder.decode(Buffer.from(cell, 'latin1')) : cell);
}

/** What a file is, from its first bytes; a file that is neither a CSV with a header nor vCards is a 400. */
export function detectSource(head: Buffer): SourceInfo {
  const bom = head.subarray(0, 3).equals(BOM) ? 3 : 0;
  const encoding = bom ? 'utf-8' : detectEncoding(head);
  const text = decoderFor(encoding)(head.subarray(bom).toString(encoding === 'utf-8' ? 'utf8' : 'latin1'));
  if (/^\s*BEGIN:VCARD\r?$/im.test(text.slice(0, 200)))
    return { format: 'vcard', encoding, delimiter: ',', headers: [...VCARD_COLUMNS], dataOffset: bom };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.trim() === '') throw invalid('file', 'is empty or does not start with a header row');
  const delimiter = detectDelimiter(firstLine);
  const records = parseHead(head.subarray(bom), encoding, delimiter);
  const header = records[0];
  if (!header || header.bytes === undefined)
    throw invalid('file', `has no complete header row in its first ${HEAD_BYTES / 1024} KB`);
  const decode = decoderFor(encoding);
  const headers = header.record.map((cell) => decode(cell).trim());
  headers.forEach((name, i) => {
    if (name === '') throw invalid('file', `column ${i + 1} of the header has no name`);
    if (headers.indexOf(name) !== i) throw invalid('file', `the header names "${name}" twice`);
  });
  return { format: 'csv', encoding, delimiter, headers, dataOffset: bom + header.bytes };
}

/** The complete records of the head: a malformed CSV fails here with the line at fault. */
function parseHead(head: Buffer, encoding: SourceEncoding, delimiter: string) {
  const lastNewline = head.lastIndexOf(0x0a);
  const complete = lastNewline < 0 ? head : head.subarray(0, lastNewline + 1);
  try {
    const records = parseSync(complete, {
      delimiter,
      encoding: encoding === 'utf-8' ? 'utf8' : 'latin1',
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { bytes: number } }[];
    return records.map(({ record, info }) => ({ record, bytes: info.bytes }));
  } catch (error) {
    throw malformed(error);
  }
}

export function malformed(error: unknown) {
  const csv = error as CsvError;
  const line = (csv as { lines?: number }).lines;
  return invalid('file', `is not a well-formed CSV${line ? ` at line ${line}` : ''}: ${csv.message}`);
}

/** Drops the first `bytes` of a stream. */
function skipBytes(bytes: number) {
  let left = bytes;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (left >= chunk.length) {
        left -= chunk.length;
        return done();
      }
      const rest = chunk.subarray(left);
      left = 0;
      done(null, rest);
    },
  });
}

/** The rows of a file from byte `from` on (a row's start: `dataOffset` or a stored position). */
export function readRows(content: Readable, info: SourceInfo, from: number): AsyncIterable<SourceRow> {
  const bytes = content.pipe(skipBytes(from));
  content.on('error', (error) => bytes.destroy(error));
  return info.format === 'vcard' ? vCardRows(bytes, from) : csvRows(bytes, info, from);
}

async function* csvRows(bytes: Readable, info: SourceInfo, from: number): AsyncIterable<SourceRow> {
  const decode = decoderFor(info.encoding);
  const parser = bytes.pipe(
    parse({
      delimiter: info.delimiter,
      encoding: info.encoding === 'utf-8' ? 'utf8' : 'latin1',
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }),
  );
  bytes.on('error', (error) => parser.destroy(error));
  try {
    for await (const { record, info: at } of parser as AsyncIterable<{
      record: string[];
      info: { bytes: number };
    }>)
      yield { cells: record.map(decode), end: from + at.bytes };
  } catch (error) {
    if ((error as CsvError).code?.startsWith('CSV_')) throw malformed(error);
    throw error;
  }
}

/** vCards, one row each, read line by line with the byte where each card ends. */
async function* vCardRows(bytes: Readable, from: number): AsyncIterable<SourceRow> {
  const collector = vCardCollector();
  const decoder = new TextDecoder('utf-8');
  let offset = from;
  let rest = Buffer.alloc(0);
  for await (const chunk of bytes as AsyncIterable<Buffer>) {
    let buffer = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    for (let newline = buffer.indexOf(0x0a); newline >= 0; newline = buffer.indexOf(0x0a)) {
      const line = decoder.decode(buffer.subarray(0, newline)).replace(/\r$/, '');
      offset += newline + 1;
      buffer = buffer.subarray(newline + 1);
      const card = collector.push(line);
      if (card) {
        const row = vCardToRow(card);
        yield { cells: VCARD_COLUMNS.map((column) => row[column]), end: offset };
      }
    }
    rest = Buffer.from(buffer);
  }
  if (rest.length > 0) {
    const card = collector.push(decoder.decode(rest).replace(/\r$/, ''));
    if (card) {
      const row = vCardToRow(card);
      yield { cells: VCARD_COLUMNS.map((column) => row[column]), end: offset + rest.length };
    }
  }
}
