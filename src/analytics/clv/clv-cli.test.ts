/**
 * `rapport analytics clv` end to end: the real binary, spawned as a user would run it, on small
 * files written for each case. Bad input must end with exit code 1 and one line on stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'rapport-clv-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

function clv(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['bin/rapport.mjs', 'analytics', 'clv', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
  // npm may add its own warnings when tests run under it; they are not the command's output.
  const stderr = run.stderr
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('npm warn'))
    .join('\n');
  return { status: run.status, stdout: run.stdout, stderr };
}

// Two repeat buyers and one one-time buyer in January, holdout purchases in February.
const GOOD = `customer,date,amount
a,2024-01-02,10.00
a,2024-01-02,5.00
a,2024-01-09,20.00
a,2024-01-20,12.50
b,2024-01-05,8.00
b,2024-01-25,9.00
b,2024-01-27,-9.00
c,2024-01-10,30.00
d,2024-01-03,11.00
d,2024-01-15,14.00
d,2024-01-29,13.00
a,2024-02-10,15.00
d,2024-02-03,10.00
e,2024-02-05,99.00
`;

const COLUMNS = ['--customer-col', 'customer', '--date-col', 'date', '--amount-col', 'amount'];

function expectOneLineFailure(result: ReturnType<typeof clv>, pattern: RegExp): void {
  expect(result.status).toBe(1);
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

describe('rapport analytics clv', () => {
  it('prints the contract JSON and writes one CSV row per customer', () => {
    const input = file('good.csv', GOOD);
    const out = join(scratch, 'scores.csv');
    const result = clv(
      '--input',
      input,
      ...COLUMNS,
      '--calibration-end',
      '2024-01-31',
      '--holdout-end',
      '2024-02-29',
      '--out',
      out,
      '--json',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      excludedRows: 1, // the refund of Jan 27
      customers: 4,
      repeatTransactions: 5,
      model: { name: 'bgnbd' },
      holdout: { actual: 2 },
    });
    expect(Object.keys(json.model as object)).toEqual(
      expect.arrayContaining(['name', 'params', 'logLikelihood']),
    );
    expect(Object.keys((json.model as { params: object }).params)).toEqual(['r', 'alpha', 'a', 'b']);
    expect(Object.keys((json.spend as { params: object }).params)).toEqual(['p', 'q', 'gamma']);
    expect(typeof (json.holdout as { predicted: unknown }).predicted).toBe('number');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(
      'customer,frequency,recency,T,expected_purchases,p_alive,churn_probability,expected_spend,clv',
    );
    expect(lines).toHaveLength(5); // e first bought after the calibration end
    expect(lines[1]).toMatch(/^a,2,18,29,/); // same-day rows merged; T = Jan 31 − Jan 2
  });

  it('fits the Pareto/NBD model in weeks', () => {
    const input = file('good-weeks.csv', GOOD);
    const result = clv(
      '--input',
      input,
      ...COLUMNS,
      '--calibration-end',
      '2024-02-01',
      '--period',
      'week',
      '--model',
      'pareto-nbd',
      '--json',
    );
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as {
      model: { name: string; params: object };
      holdout: { length: number };
    };
    expect(json.model.name).toBe('pareto-nbd');
    expect(Object.keys(json.model.params)).toEqual(['r', 'alpha', 's', 'beta']);
    // Without --holdout-end the holdout runs to the last date in the file (Feb 10).
    expect(json.holdout.length).toBeCloseTo(9 / 7, 12);
  });

  it('names a missing column', () => {
    const input = file('columns.csv', GOOD);
    const result = clv(
      '--input',
      input,
      '--customer-col',
      'client',
      '--date-col',
      'date',
      '--amount-col',
      'amount',
      '--calibration-end',
      '2024-01-31',
    );
    expectOneLineFailure(result, /column "client" \(--customer-col\) not found/);
  });

  it('gives the line of an unreadable date or amount', () => {
    const badDate = file('bad-date.csv', 'customer,date,amount\na,2024-01-02,1\na,2024-13-02,1\n');
    expectOneLineFailure(
      clv('--input', badDate, ...COLUMNS, '--calibration-end', '2024-01-31'),
      /line 3: cannot read date "2024-13-02"/,
    );
    const badAmount = file(
      'bad-amount.csv',
      'customer,date,amount\na,2024-01-02,1\na,2024-01-05,1\nb,2024-01-07,12,50\nb,2024-01-09,abc\n',
    );
    expectOneLineFailure(
      clv('--input', badAmount, ...COLUMNS, '--calibration-end', '2024-01-31'),
      /line 5: cannot read number "abc"/,
    );
  });

  it('rejects an empty file and a file with only a header', () => {
    expectOneLineFailure(
      clv('--input', file('empty.csv', ''), ...COLUMNS, '--calibration-end', '2024-01-31'),
      /empty file/,
    );
    expectOneLineFailure(
      clv(
        '--input',
        file('header.csv', 'customer,date,amount\n'),
        ...COLUMNS,
        '--calibration-end',
        '2024-01-31',
      ),
      /no data rows/,
    );
  });

  it('rejects a calibration end that is not a date, and one before every first purchase', () => {
    const input = file('dates.csv', GOOD);
    expectOneLineFailure(
      clv('--input', input, ...COLUMNS, '--calibration-end', 'last-week'),
      /--calibration-end must be a date YYYY-MM-DD/,
    );
    expectOneLineFailure(
      clv('--input', input, ...COLUMNS, '--calibration-end', '2024-02-30'),
      /not a calendar date/,
    );
    expectOneLineFailure(
      clv('--input', input, ...COLUMNS, '--calibration-end', '2023-12-31'),
      /no customer made a first purchase on or before the calibration end/,
    );
  });

  it('rejects bad options', () => {
    const input = file('options.csv', GOOD);
    const base = ['--input', input, ...COLUMNS, '--calibration-end', '2024-01-31'];
    expectOneLineFailure(clv(...base, '--period', 'month'), /--period must be "day" or "week"/);
    expectOneLineFailure(clv(...base, '--model', 'bgbb'), /--model must be "bgnbd" or "pareto-nbd"/);
    expectOneLineFailure(clv(...base, '--horizon=-3'), /--horizon must be a positive number/);
    expectOneLineFailure(clv(...base, '--holdout-end', '2024-01-01'), /before --calibration-end/);
    expectOneLineFailure(clv(...base, '--colour'), /Unknown option '--colour'/);
    expectOneLineFailure(
      clv('--input', input, '--calibration-end', '2024-01-31'),
      /--customer-col is required/,
    );
  });

  it('derives the amount from quantity × price and leaves out unusable rows', () => {
    const input = file(
      'retail.csv',
      'Invoice,Quantity,InvoiceDate,UnitPrice,CustomerID\n' +
        '1,2,2024-01-02 10:00:00,5.00,17850.0\n' +
        '2,1,2024-01-09 11:30:00,4.00,17850.0\n' +
        'C3,-1,2024-01-10 09:00:00,4.00,17850.0\n' +
        '4,3,2024-01-11 12:00:00,1.00,\n' +
        '5,1,2024-01-12 12:00:00,0,12000.0\n' +
        '6,2,2024-01-03 08:00:00,2.50,12000.0\n' +
        '7,1,2024-01-20 08:00:00,7.00,12000.0\n',
    );
    const result = clv(
      '--input',
      input,
      '--customer-col',
      'CustomerID',
      '--date-col',
      'InvoiceDate',
      '--quantity-col',
      'Quantity',
      '--price-col',
      'UnitPrice',
      '--calibration-end',
      '2024-01-31',
      '--json',
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      customers: 2,
      repeatTransactions: 2,
      inputRows: 7,
      excludedRows: 3,
    });
  });
});
