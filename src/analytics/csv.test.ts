import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  InputError,
  columnIndex,
  csvField,
  formatDay,
  parseDate,
  parseNumber,
  readCsv,
  readLines,
  writeCsv,
} from './csv.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapport-csv-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

async function errorOf(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readLines', () => {
  it('splits LF and CRLF lines, keeps trailing spaces and numbers lines from 1', async () => {
    const path = await file('mixed.txt', 'a,b \r\nc\n\nd');
    expect(await collect(readLines(path))).toEqual([
      { line: 1, text: 'a,b ' },
      { line: 2, text: 'c' },
      { line: 3, text: '' },
      { line: 4, text: 'd' },
    ]);
  });

  it('gunzips .gz files transparently and drops a byte-order mark', async () => {
    const path = await file('data.csv.gz', gzipSync('\uFEFFx,y\r\n1,2\n'));
    expect(await collect(readLines(path))).toEqual([
      { line: 1, text: 'x,y' },
      { line: 2, text: '1,2' },
    ]);
  });

  it('reports a missing file, an empty file and a corrupt gzip file', async () => {
    expect((await errorOf(collect(readLines(join(dir, 'nope.csv'))))).message).toMatch(/^file not found: /);
    expect(await errorOf(collect(readLines(await file('empty.csv', ''))))).toBeInstanceOf(InputError);
    expect((await errorOf(collect(readLines(await file('empty.csv', ''))))).message).toMatch(/^empty file/);
    const bad = await file('bad.csv.gz', 'not gzip at all');
    expect((await errorOf(collect(readLines(bad)))).message).toMatch(/^cannot read .*bad\.csv\.gz/);
  });

  it('handles lines split across stream chunks', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `row ${i},${'x'.repeat(i % 97)}`);
    const path = await file('big.txt.gz', gzipSync(lines.join('\r\n')));
    const read = await collect(readLines(path));
    expect(read.map((l) => l.text)).toEqual(lines);
    expect(read.at(-1)?.line).toBe(20_000);
  });
});

describe('readCsv', () => {
  it('reads quoted commas, doubled quotes, empty fields and multi-line quoted fields', async () => {
    const path = await file(
      'quoted.csv',
      'id,name,note\r\n1,"Smith, Jane","said ""hi"""\r\n2,,\r\n\r\n3,"two\nlines",x\n4,a"b,c\n',
    );
    expect(await collect(readCsv(path))).toEqual([
      { line: 1, fields: ['id', 'name', 'note'] },
      { line: 2, fields: ['1', 'Smith, Jane', 'said "hi"'] },
      { line: 3, fields: ['2', '', ''] },
      { line: 5, fields: ['3', 'two\nlines', 'x'] },
      { line: 7, fields: ['4', 'a"b', 'c'] },
    ]);
  });

  it('rejects an unterminated quote and text after a closing quote, naming the line', async () => {
    const open = await file('open.csv', 'a,b\n1,"never closed\n2,3\n');
    expect((await errorOf(collect(readCsv(open)))).message).toBe('line 2: unterminated quoted field');
    const after = await file('after.csv', 'a,b\n1,2\n"x"y,3\n');
    const error = await errorOf(collect(readCsv(after)));
    expect(error.message).toBe('line 3: unexpected text after a closing quote');
    expect(error.line).toBe(3);
  });

  it('round-trips arbitrary fields through writeCsv', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', 'é', '1') });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 8 }),
        async (rows) => {
          const path = join(dir, 'roundtrip.csv');
          await writeCsv(path, ['h1', 'h2'], rows);
          const read = await collect(readCsv(path));
          expect(read.map((r) => r.fields)).toEqual([['h1', 'h2'], ...rows]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('writes gzip when the output name ends in .gz', async () => {
    const path = join(dir, 'sub', 'out.csv.gz');
    await writeCsv(path, ['a', 'b'], [[1, 2.5]]);
    expect((await readFile(path))[0]).toBe(0x1f);
    expect((await collect(readCsv(path))).map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2.5'],
    ]);
  });
});

describe('columnIndex', () => {
  it('finds a column, tolerating surrounding spaces, and names the option when missing', () => {
    expect(columnIndex(['a', 'b'], 'b', '--item-col')).toBe(1);
    expect(columnIndex(['a', ' b '], 'b', '--item-col')).toBe(1);
    expect(() => columnIndex(['a', 'b'], 'c', '--item-col')).toThrow(
      'column "c" (--item-col) not found; the header has: a, b',
    );
  });
});

describe('parseDate / formatDay', () => {
  it('reads the three accepted forms as the same day number', () => {
    expect(parseDate('1970-01-01', 1, 'd')).toBe(0);
    expect(parseDate('1997-01-01', 1, 'd')).toBe(9862);
    expect(parseDate('19970101', 1, 'd')).toBe(9862);
    expect(parseDate('1997-01-01 23:59', 1, 'd')).toBe(9862);
    expect(parseDate('1997-01-01 23:59:59', 1, 'd')).toBe(9862);
    expect(parseDate('2000-02-29', 1, 'd')).toBe(11016);
  });

  it.each([
    '',
    '1997-1-1',
    '1997-02-30',
    '1900-02-29',
    '1997/01/01',
    '1997-0101',
    '97-01-01',
    '1997-01-01 24:00',
  ])('rejects %j with the line and column', (value) => {
    expect(() => parseDate(value, 12, 'date')).toThrow(`line 12: cannot read date "${value}" in column date`);
  });

  it('formatDay inverts parseDate', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 60_000 }), (day) => {
        expect(parseDate(formatDay(day), 1, 'd')).toBe(day);
      }),
    );
  });
});

describe('parseNumber', () => {
  it('reads finite decimals', () => {
    expect(parseNumber('11.77', 1, 'a')).toBe(11.77);
    expect(parseNumber(' -3 ', 1, 'a')).toBe(-3);
    expect(parseNumber('.5', 1, 'a')).toBe(0.5);
    expect(parseNumber('1e3', 1, 'a')).toBe(1000);
    expect(parseNumber('17850.0', 1, 'a')).toBe(17850);
  });

  it.each(['', 'abc', '1,5', 'NaN', 'Infinity', '1e999', '0x10', '1.2.3'])('rejects %j', (value) => {
    expect(() => parseNumber(value, 7, 'amount')).toThrow(
      `line 7: cannot read number "${value}" in column amount`,
    );
  });
});

describe('csvField', () => {
  it('quotes only when needed', () => {
    expect(csvField('plain text ')).toBe('plain text ');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField(1.5)).toBe('1.5');
  });
});
