import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../../..');
const directory = mkdtempSync(join(tmpdir(), 'rapport-rfm-cli-'));

function rapport(...args: string[]) {
  const run = spawnSync(process.execPath, [join(repo, 'bin/rapport.mjs'), 'analytics', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, lines: string[]): string {
  const path = join(directory, name);
  writeFileSync(path, lines.length === 0 ? '' : `${lines.join('\n')}\n`);
  return path;
}

const orders = file('orders.csv', [
  'order,customer,day,total',
  'o1,ann,2024-03-01,10.00',
  'o2,ann,2024-03-05,5.50',
  'o3,bob,2024-03-02,99.99',
  'o4,,2024-03-06,1.00',
  'o5,cid,2024-02-01,-4.00',
  'o6,cid,2024-02-01,4.00',
]);
const columns = ['--customer-col', 'customer', '--date-col', 'day', '--amount-col', 'total'];

describe('rapport analytics rfm', () => {
  it('prints the JSON summary and writes per-customer rows', () => {
    const out = join(directory, 'rfm.csv');
    const run = rapport(
      'rfm',
      '--input',
      orders,
      ...columns,
      '--invoice-col',
      'order',
      '--out',
      out,
      '--json',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      customers: 3,
      excludedRows: 2,
      asOf: '2024-03-07',
      totals: { rows: 6, revenue: 119.49, purchases: 4 },
      excluded: { missingCustomer: 1, nonPositiveAmount: 1 },
    });
    expect(readFileSync(out, 'utf8').trim().split('\n')).toEqual([
      'customer,recency,frequency,monetary,r,f,m,segment',
      // N = 3, score = 1 + floor(5 × worse / 3). Recency 2, 5, 35 (worse 2, 1, 0) → R 4, 2, 1;
      // frequency 2, 1, 1 → F 4, 1, 1; monetary 15.50, 99.99, 4.00 (worse 1, 2, 0) → M 2, 4, 1.
      'ann,2,2,15.50,4,4,2,Potential loyalist',
      'bob,5,1,99.99,2,1,4,At risk',
      'cid,35,1,4.00,1,1,1,Lost',
    ]);
  });

  it('counts rows after an explicit --as-of as left out', () => {
    const run = rapport('rfm', '--input', orders, ...columns, '--as-of', '2024-03-02', '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      customers: 3,
      excludedRows: 3,
      asOf: '2024-03-02',
      excluded: { afterAsOf: 1 },
    });
  });

  it('prints a readable summary without --json', () => {
    const run = rapport('rfm', '--input', orders, ...columns);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('3 customers from 6 rows (2 left out), as of 2024-03-07');
  });

  const badInput: [string, string[], RegExp][] = [
    ['no --input', ['rfm', ...columns], /--input FILE is required/],
    ['an unknown option', ['rfm', '--input', orders, ...columns, '--bogus'], /Unknown option '--bogus'/],
    [
      'a missing column',
      ['rfm', '--input', orders, '--customer-col', 'client', '--date-col', 'day', '--amount-col', 'total'],
      /column "client" \(--customer-col\) not found/,
    ],
    [
      'no amount',
      ['rfm', '--input', orders, '--customer-col', 'customer', '--date-col', 'day'],
      /give --amount-col/,
    ],
    [
      'a bad --as-of',
      ['rfm', '--input', orders, ...columns, '--as-of', '2024-02-30'],
      /--as-of is not a calendar date/,
    ],
    [
      'a malformed --as-of',
      ['rfm', '--input', orders, ...columns, '--as-of', 'yesterday'],
      /--as-of must be YYYY-MM-DD/,
    ],
    ['a missing file', ['rfm', '--input', join(directory, 'nope.csv'), ...columns], /file not found/],
    ['an empty file', ['rfm', '--input', file('empty.csv', []), ...columns], /empty file/],
    [
      'a header only',
      ['rfm', '--input', file('header.csv', ['customer,day,total']), ...columns],
      /no data rows/,
    ],
    [
      'a bad date',
      [
        'rfm',
        '--input',
        file('date.csv', ['customer,day,total', 'a,2024-01-01,1', 'b,01/02/2024,2']),
        ...columns,
      ],
      /line 3: cannot read date "01\/02\/2024" in column day/,
    ],
    [
      'a bad amount',
      ['rfm', '--input', file('amount.csv', ['customer,day,total', 'a,2024-01-01,1$']), ...columns],
      /line 2: cannot read number "1\$" in column total/,
    ],
  ];

  it.each(badInput)('fails with one line on %s', (_, args, message) => {
    const run = rapport(...args);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('rapport analytics cohorts', () => {
  it('prints cohorts as JSON and writes the long table', () => {
    const out = join(directory, 'cohorts.csv');
    const run = rapport('cohorts', '--input', orders, ...columns, '--out', out, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      customers: 3,
      excludedRows: 2,
      firstMonth: '2024-02',
      lastMonth: '2024-03',
      cohorts: [
        { cohort: '2024-02', customers: 1, active: [1, 0], retention: [1, 0], revenue: [4, 0] },
        { cohort: '2024-03', customers: 2, active: [2], retention: [1], revenue: [115.49] },
      ],
    });
    expect(readFileSync(out, 'utf8').trim().split('\n')).toEqual([
      'cohort,month_offset,month,cohort_customers,active_customers,retention,revenue',
      '2024-02,0,2024-02,1,1,1,4.00',
      '2024-02,1,2024-03,1,0,0,0.00',
      '2024-03,0,2024-03,2,2,1,115.49',
    ]);
  });

  it('fails with one line on bad input', () => {
    const run = rapport('cohorts', '--input', orders, ...columns, '--as-of', '2024-01-01');
    expect(run.status).not.toBe(0);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/Unknown option '--as-of'/);
  });
});
