/**
 * The models against the published CDNOW results (Fader, Hardie & Lee 2005; Fader & Hardie 2005,
 * 2013). Runs only where the reference data sets are checked out next to the repository
 * (<repo>/../shared/refdata); elsewhere the suite is skipped with a message.
 *
 * T is a difference of calendar dates (first purchase → 1997-09-30, the end of week 39), as in the
 * papers, BTYD and lifetimes, so the published figures come out to the printed digits, from the
 * library and from `rapport analytics clv` itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnIndex, parseDate, parseNumber, readCsv } from '../csv.js';
import { fitBgNbd } from './bgnbd.js';
import { fitGammaGamma } from './gamma-gamma.js';
import { fitParetoNbd } from './pareto-nbd.js';
import { groupRf } from './rf-groups.js';
import { PurchaseLog } from './summary.js';
import type { CalibrationSummary } from './summary.js';

const refdata = fileURLToPath(new URL('../../../../shared/refdata/', import.meta.url));
const available = existsSync(refdata);
if (!available) console.warn(`CLV reference-data tests skipped: ${refdata} not found`);

async function loadCdnow(name: string): Promise<PurchaseLog> {
  const log = new PurchaseLog();
  let columns: number[] | undefined;
  for await (const { line, fields } of readCsv(`${refdata}${name}`)) {
    if (columns === undefined) {
      columns = ['customer_id', 'date', 'amount'].map((column) => columnIndex(fields, column, column));
      continue;
    }
    const [customer, date, amount] = columns.map((i) => fields[i]!);
    log.add(customer!, parseDate(date!, line, 'date'), parseNumber(amount!, line, 'amount'));
  }
  return log;
}

const calibrationEnd = parseDate('1997-09-30', 0, 'calibration end');
const holdoutEnd = parseDate('1998-06-30', 0, 'holdout end');

function summarize(log: PurchaseLog): CalibrationSummary {
  return log.summarize({ calibrationEnd, holdoutEnd, period: 'week' });
}

interface ClvOutput {
  customers: number;
  repeatTransactions: number;
  model: { params: Record<string, number>; logLikelihood: number };
  spend: { params: Record<string, number> };
  holdout: { actual: number; predicted: number };
}

/** The command as a user runs it on the published sample. */
function clvCommand(model: 'bgnbd' | 'pareto-nbd'): ClvOutput {
  const args = ['bin/rapport.mjs', 'analytics', 'clv', '--input', `${refdata}cdnow_sample.csv.gz`];
  args.push('--customer-col', 'customer_id', '--date-col', 'date', '--amount-col', 'amount');
  args.push('--calibration-end', '1997-09-30', '--holdout-end', '1998-06-30', '--period', 'week');
  const run = spawnSync(process.execPath, [...args, '--model', model, '--json'], {
    cwd: fileURLToPath(new URL('../../../', import.meta.url)),
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ClvOutput;
}

const fixed = (value: number | undefined, digits: number) => value!.toFixed(digits);

describe.skipIf(!available)('CDNOW sample (2,357 customers, weeks)', () => {
  let log: PurchaseLog;
  beforeAll(async () => {
    log = await loadCdnow('cdnow_sample.csv.gz');
  });

  it('has the published calibration and holdout counts', () => {
    const summary = summarize(log);
    expect(summary.customers).toHaveLength(2357);
    expect(summary.repeatTransactions).toBe(2457);
    expect(summary.customers.filter((c) => c.frequency > 0)).toHaveLength(946);
    expect(summary.customers.reduce((sum, c) => sum + c.holdoutPurchases, 0)).toBe(1882);
    expect(summary.holdoutLength).toBe(39);
  });

  it('reproduces the published BG/NBD fit', () => {
    const { params, model } = fitBgNbd(groupRf(summarize(log).customers));
    expect(params.r.toFixed(3)).toBe('0.243');
    expect(params.alpha.toFixed(3)).toBe('4.414');
    expect(params.a.toFixed(3)).toBe('0.793');
    expect(params.b.toFixed(3)).toBe('2.426');
    expect(model.logLikelihood.toFixed(1)).toBe('-9582.4');
  });

  it('reproduces the published Pareto/NBD fit', () => {
    const { params, model } = fitParetoNbd(groupRf(summarize(log).customers));
    expect(params.r.toFixed(3)).toBe('0.553');
    expect(params.alpha.toFixed(3)).toBe('10.578');
    expect(params.s.toFixed(3)).toBe('0.606');
    expect(params.beta.toFixed(3)).toBe('11.669');
    expect(model.logLikelihood.toFixed(1)).toBe('-9595.0');
  });

  it('reproduces the published Gamma-Gamma fit on the 946 repeat buyers', () => {
    const repeaters = summarize(log).customers.filter((c) => c.frequency > 0);
    const { params, customers } = fitGammaGamma(repeaters);
    expect(customers).toBe(946);
    expect(params.p.toFixed(2)).toBe('6.25');
    expect(params.q.toFixed(2)).toBe('3.74');
    expect(params.gamma.toFixed(2)).toBe('15.44');
  });

  it('gives the published fits from `rapport analytics clv` as they are', () => {
    const bgnbd = clvCommand('bgnbd');
    expect(bgnbd).toMatchObject({ customers: 2357, repeatTransactions: 2457, holdout: { actual: 1882 } });
    const { r, alpha, a, b } = bgnbd.model.params;
    expect([fixed(r, 3), fixed(alpha, 3), fixed(a, 3), fixed(b, 3)]).toEqual([
      '0.243',
      '4.414',
      '0.793',
      '2.426',
    ]);
    expect(fixed(bgnbd.model.logLikelihood, 1)).toBe('-9582.4');
    const { p, q, gamma } = bgnbd.spend.params;
    expect([fixed(p, 2), fixed(q, 2), fixed(gamma, 2)]).toEqual(['6.25', '3.74', '15.44']);
    const pareto = clvCommand('pareto-nbd').model;
    const { s, beta } = pareto.params;
    expect([fixed(pareto.params.r, 3), fixed(pareto.params.alpha, 3), fixed(s, 3), fixed(beta, 3)]).toEqual([
      '0.553',
      '10.578',
      '0.606',
      '11.669',
    ]);
    expect(fixed(pareto.logLikelihood, 1)).toBe('-9595.0');
  });
});

describe.skipIf(!available)('CDNOW master (23,570 customers, weeks)', () => {
  it('fits BG/NBD on the whole cohort', async () => {
    const summary = summarize(await loadCdnow('cdnow_master.csv.gz'));
    expect(summary.customers).toHaveLength(23570);
    const { params, model, fit } = fitBgNbd(groupRf(summary.customers));
    expect(fit.converged).toBe(true);
    // Regression figures: no fit on the master file is published.
    expect(params.r).toBeCloseTo(0.2516, 4);
    expect(params.alpha).toBeCloseTo(4.789, 3);
    expect(params.a).toBeCloseTo(0.723, 3);
    expect(params.b).toBeCloseTo(2.161, 3);
    expect(model.logLikelihood).toBeCloseTo(-95368.44, 2);
  });
});
