import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/rapport.mjs', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function rapport(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, 'analytics', 'basket', ...args], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let dir: string;
let basketFile: string;
let longFile: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapport-basket-'));
  basketFile = join(dir, 'shop.csv');
  await writeFile(
    basketFile,
    'bread,milk\nbread,diapers,beer,eggs\nmilk,diapers,beer,cola\nbread,milk,diapers,beer\nbread,milk,diapers,cola\n',
  );
  longFile = join(dir, 'shop-long.csv.gz');
  const rows = [
    'order,product,qty',
    '1,bread,1',
    '1,milk,2',
    '1,milk,1',
    '2,bread,1',
    '2,diapers,1',
    '2,beer,6',
    '2,eggs,12',
  ];
  rows.push(
    '3,milk,1',
    '3,diapers,1',
    '3,beer,6',
    '3,cola,1',
    '4,bread,1',
    '4,milk,1',
    '4,diapers,1',
    '4,beer,1',
  );
  rows.push('5,bread,1', '5,milk,1', '5,diapers,1', '5,cola,1', '5,,1');
  await writeFile(longFile, gzipSync(`${rows.join('\r\n')}\r\n`));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectOneLineFailure(run: Run, pattern: RegExp): void {
  expect(run.code).not.toBe(0);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(/^rapport: /);
  expect(run.stderr).toMatch(pattern);
}

describe('rapport analytics basket', () => {
  it('prints the contract JSON for a basket file', async () => {
    const run = await rapport(
      '--input',
      basketFile,
      '--min-support',
      '0.4',
      '--min-confidence',
      '0.6',
      '--json',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { rules: { antecedent: string[]; consequent: string[] }[] };
    expect(doc).toMatchObject({ transactions: 5, items: 6, minCount: 2 });
    expect(doc.rules[0]).toMatchObject({ antecedent: ['diapers', 'milk'], consequent: ['cola'] });
  });

  it('gives the same rules for the long format (gzipped, duplicates once, empty items skipped)', async () => {
    const common = ['--min-support', '0.2', '--min-confidence', '0.3', '--json'];
    const basket = JSON.parse((await rapport('--input', basketFile, ...common)).stdout) as Record<
      string,
      unknown
    >;
    const long = JSON.parse(
      (
        await rapport(
          '--input',
          longFile,
          '--format',
          'long',
          '--transaction-col',
          'order',
          '--item-col',
          'product',
          ...common,
        )
      ).stdout,
    ) as Record<string, unknown>;
    expect(long.skippedRows).toBe(1);
    expect({ ...long, skippedRows: undefined }).toEqual({ ...basket, skippedRows: undefined });
  });

  it('limits the listed rules with --top and prints a table without --json', async () => {
    const run = await rapport(
      '--input',
      basketFile,
      '--min-support',
      '0.4',
      '--min-confidence',
      '0.6',
      '--top',
      '2',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^5 transactions, 6 items/);
    expect(run.stdout).toContain('(showing the first 2)');
    expect(run.stdout).toContain('{diapers, milk}');
  });

  it.each([
    [[], /--input FILE is required/],
    [['--input', 'x.csv', '--min-confidence', '0.5'], /--min-support is required/],
    [
      ['--input', 'x.csv', '--min-support', '0', '--min-confidence', '0.5'],
      /--min-support must be a number in \(0, 1\]/,
    ],
    [['--input', 'x.csv', '--min-support', '1.5', '--min-confidence', '0.5'], /--min-support/],
    [['--input', 'x.csv', '--min-support', 'abc', '--min-confidence', '0.5'], /--min-support/],
    [['--input', 'x.csv', '--min-support', '0.1', '--min-confidence', '1.1'], /--min-confidence/],
    [['--input', 'x.csv', '--min-support', '0.1', '--min-confidence', '0.5', '--top', 'ten'], /--top/],
    [
      [
        '--input',
        'x.csv',
        '--min-support',
        '0.1',
        '--min-confidence',
        '0.5',
        '--min-length',
        '4',
        '--max-length',
        '3',
      ],
      /--max-length/,
    ],
    [['--input', 'x.csv', '--min-support', '0.1', '--min-confidence', '0.5', '--format', 'wide'], /--format/],
    [
      ['--input', 'x.csv', '--min-support', '0.1', '--min-confidence', '0.5', '--format', 'long'],
      /--transaction-col/,
    ],
    [['--input', 'x.csv', '--min-support'], /--min-support/],
    [['--input', 'x.csv', '--frobnicate'], /--frobnicate/],
  ])('rejects bad arguments %j with a one-line reason', async (args, pattern) => {
    expectOneLineFailure(await rapport(...args), pattern);
  });

  it('rejects a file that does not exist', async () => {
    const run = await rapport(
      '--input',
      join(dir, 'missing.csv'),
      '--min-support',
      '0.1',
      '--min-confidence',
      '0.5',
    );
    expectOneLineFailure(run, /file not found: .*missing\.csv/);
  });

  it('rejects an empty file', async () => {
    const empty = join(dir, 'empty.csv');
    await writeFile(empty, '');
    expectOneLineFailure(
      await rapport('--input', empty, '--min-support', '0.1', '--min-confidence', '0.5'),
      /empty file/,
    );
  });

  it('names a missing column of the long format and the columns there are', async () => {
    const run = await rapport(
      ...['--input', longFile, '--format', 'long', '--transaction-col', 'order'],
      ...['--item-col', 'sku', '--min-support', '0.1', '--min-confidence', '0.5'],
    );
    expectOneLineFailure(run, /column "sku" \(--item-col\) not found; the header has: order, product, qty/);
  });

  it('names the line of a long-format row without enough fields', async () => {
    const bad = join(dir, 'short.csv');
    await writeFile(bad, 'order,product\n1,bread\n2\n');
    const run = await rapport(
      ...['--input', bad, '--format', 'long', '--transaction-col', 'order', '--item-col', 'product'],
      ...['--min-support', '0.1', '--min-confidence', '0.5'],
    );
    expectOneLineFailure(run, /line 3: expected at least 2 fields, found 1/);
  });

  it('rejects an item filter naming an item that never occurs', async () => {
    const run = await rapport(
      '--input',
      basketFile,
      '--min-support',
      '0.1',
      '--min-confidence',
      '0.5',
      '--include',
      'Bread',
    );
    expectOneLineFailure(run, /item "Bread" does not occur in the data \(--include\)/);
  });
});
