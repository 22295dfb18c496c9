import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMicros } from '../rfm/exact-money.js';
import { readTransactions } from '../rfm/transaction-source.js';
import type { TransactionColumns } from '../rfm/transaction-source.js';
import { createCohortAccumulator, formatMonth } from './cohort-model.js';

const refdata = resolve(import.meta.dirname, '../../../../shared/refdata');
const available = existsSync(join(refdata, 'online_retail.csv.gz'));
if (!available) console.warn(`Cohort reference-data tests SKIPPED: ${refdata} not found`);

async function cohorts(file: string, columns: TransactionColumns) {
  const accumulator = createCohortAccumulator();
  await readTransactions(join(refdata, file), columns, accumulator.add);
  return accumulator.finish();
}

// Expected figures come from a separate Python script (csv + decimal, month = the date's YYYY-MM).
describe.skipIf(!available)('cohorts on reference data', () => {
  it('Online Retail: 13 monthly cohorts with the independent sizes and retention counts', async () => {
    const result = await cohorts('online_retail.csv.gz', {
      customer: 'CustomerID',
      date: 'InvoiceDate',
      quantity: 'Quantity',
      price: 'UnitPrice',
    });
    expect(result.customers).toBe(4_338);
    expect(result.cohorts.map((c) => [formatMonth(c.month), c.customers])).toEqual([
      ['2010-12', 885],
      ['2011-01', 417],
      ['2011-02', 380],
      ['2011-03', 452],
      ['2011-04', 300],
      ['2011-05', 284],
      ['2011-06', 242],
      ['2011-07', 188],
      ['2011-08', 169],
      ['2011-09', 299],
      ['2011-10', 358],
      ['2011-11', 323],
      ['2011-12', 41],
    ]);
    const [december, , , , april] = result.cohorts;
    expect(december?.active.slice(0, 4)).toEqual([885, 324, 286, 340]);
    expect(december?.revenue.slice(0, 2).map((m) => formatMicros(m, 3))).toEqual([
      '572713.890',
      '276237.690',
    ]);
    expect(april?.active.slice(0, 4)).toEqual([300, 64, 61, 63]);
    expect(formatMicros(april?.revenue[0] ?? 0n, 3)).toBe('122011.491');
    for (const cohort of result.cohorts) {
      expect(cohort.retention[0]).toBe(1);
      expect(Math.max(...cohort.active)).toBe(cohort.customers);
    }
  });

  it('CDNOW: the three acquisition months of the 1997 Q1 cohort, plus two late first paid purchases', async () => {
    const result = await cohorts('cdnow_master.csv.gz', {
      customer: 'customer_id',
      date: 'date',
      amount: 'amount',
    });
    expect(result.cohorts.map((c) => [formatMonth(c.month), c.customers])).toEqual([
      ['1997-01', 7_814],
      ['1997-02', 8_455],
      ['1997-03', 7_231],
      // Their only purchases in Q1 1997 cost 0.00, which the row filter leaves out.
      ['1997-11', 2],
    ]);
    expect(result.cohorts[0]?.active.slice(0, 4)).toEqual([7_814, 1_155, 964, 810]);
    expect(result.cohorts[1]?.revenue.slice(0, 2).map((m) => formatMicros(m))).toEqual([
      '318740.49',
      '62587.03',
    ]);
    expect(formatMonth(result.lastMonth)).toBe('1998-06');
  });
});
