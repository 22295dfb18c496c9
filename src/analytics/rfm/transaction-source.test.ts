import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../csv.js';
import type { Transaction } from './rfm-model.js';
import { readTransactions, transactionColumns } from './transaction-source.js';
import type { TransactionColumns } from './transaction-source.js';

const directory = mkdtempSync(join(tmpdir(), 'rapport-transactions-'));
let fileCount = 0;

function file(text: string): string {
  fileCount += 1;
  const path = join(directory, `input-${fileCount}.csv`);
  writeFileSync(path, text);
  return path;
}

async function read(text: string, columns: TransactionColumns) {
  const transactions: Transaction[] = [];
  const summary = await readTransactions(file(text), columns, (t) => transactions.push(t));
  return { transactions, summary };
}

const retail: TransactionColumns = {
  customer: 'cust',
  date: 'date',
  invoice: 'inv',
  quantity: 'qty',
  price: 'price',
};
const retailFile = [
  'inv,cust,date,qty,price',
  '1,A,2011-01-02 10:00:00,2,1.25', // kept: 2.50
  '1,A,2011-01-02 10:00:00,1,0.001', // kept: 0.001
  '2,,2011-01-03 09:00:00,5,1.00', // missing customer
  'C3,A,2011-01-04 09:00:00,-1,1.25', // cancellation: non-positive quantity
  '4,B,2011-01-05 09:00:00,1,0.00', // free line: non-positive price
  '5,B,2011-01-05 11:00:00,3,-2', // negative price
  '6, B ,2011-01-05 12:00:00,3,"1,5"', // bad number
].join('\n');

describe('readTransactions', () => {
  it('keeps valid lines with exact amounts and counts each exclusion once', async () => {
    const { transactions, summary } = await read(retailFile.split('\n').slice(0, -1).join('\n'), retail);
    expect(transactions).toEqual([
      { customer: 'A', day: 14976, amount: 2_500_000n, invoice: '1' },
      { customer: 'A', day: 14976, amount: 1_000n, invoice: '1' },
    ]);
    expect(summary.excluded).toEqual({
      missingCustomer: 1,
      missingInvoice: 0,
      nonPositiveQuantity: 1,
      nonPositivePrice: 2,
      nonPositiveAmount: 0,
    });
    expect(summary.rows).toBe(6);
    expect(summary.excludedRows).toBe(4);
    // The last date counts excluded rows too: it is the date of the extract.
    expect(summary.lastDay).toBe(14979);
  });

  it('reports an unreadable number with its line and column', async () => {
    await expect(read(retailFile, retail)).rejects.toThrow(
      'line 8: cannot read number "1,5" in column price',
    );
  });

  it('leaves out non-positive amounts when spend comes from an amount column', async () => {
    const text = ['c,d,a', 'x,20110102,10.50', 'x,20110103,-10.50', 'y,20110104,0.00', ' y ,20110105,1'].join(
      '\n',
    );
    const { transactions, summary } = await read(text, { customer: 'c', date: 'd', amount: 'a' });
    expect(transactions.map((t) => [t.customer, t.amount])).toEqual([
      ['x', 10_500_000n],
      ['y', 1_000_000n],
    ]);
    expect(summary.excluded.nonPositiveAmount).toBe(2);
  });

  it('counts rows without an invoice number when frequency counts invoices', async () => {
    const text = ['c,d,a,i', 'x,2011-01-02,1,', 'x,2011-01-02,1,9'].join('\n');
    const { transactions, summary } = await read(text, {
      customer: 'c',
      date: 'd',
      amount: 'a',
      invoice: 'i',
    });
    expect(transactions).toHaveLength(1);
    expect(summary.excluded.missingInvoice).toBe(1);
  });

  it('uses amount as spend and quantity and price as filters when all are given', async () => {
    const text = ['c,d,q,p,a', 'x,2011-01-02,2,1,5', 'x,2011-01-03,0,1,5'].join('\n');
    const columns = { customer: 'c', date: 'd', quantity: 'q', price: 'p', amount: 'a' };
    const { transactions, summary } = await read(text, columns);
    expect(transactions.map((t) => t.amount)).toEqual([5_000_000n]);
    expect(summary.excluded.nonPositiveQuantity).toBe(1);
  });

  it('fails with one clear line on bad input', async () => {
    const amount = { customer: 'c', date: 'd', amount: 'a' };
    const cases: [string, TransactionColumns, string][] = [
      ['c,d,a\nx,2011-13-01,1', amount, 'line 2: cannot read date "2011-13-01" in column d'],
      ['c,d,a\nx,,1', amount, 'line 2: cannot read date "" in column d'],
      ['c,d\nx,2011-01-01', amount, 'column "a" (--amount-col) not found'],
      ['c,d,a\n', amount, 'no data rows'],
      ['', amount, 'empty file'],
      ['c,d,a\nx,2011-01-01', amount, 'line 2: 2 fields where the header has 3'],
    ];
    for (const [text, columns, message] of cases) {
      const attempt = read(text, columns);
      await expect(attempt, text).rejects.toThrow(InputError);
      await expect(attempt, text).rejects.toThrow(message);
    }
  });
});

describe('transactionColumns', () => {
  it('requires customer, date and an amount or a quantity with a price', () => {
    expect(() => transactionColumns({ 'date-col': 'd', 'amount-col': 'a' })).toThrow(
      '--customer-col is required',
    );
    expect(() => transactionColumns({ 'customer-col': 'c', 'amount-col': 'a' })).toThrow(
      '--date-col is required',
    );
    expect(() => transactionColumns({ 'customer-col': 'c', 'date-col': 'd' })).toThrow('give --amount-col');
    expect(() => transactionColumns({ 'customer-col': 'c', 'date-col': 'd', 'quantity-col': 'q' })).toThrow(
      '--quantity-col and --price-col go together',
    );
    expect(
      transactionColumns({ 'customer-col': 'c', 'date-col': 'd', 'quantity-col': 'q', 'price-col': 'p' }),
    ).toEqual({
      customer: 'c',
      date: 'd',
      amount: undefined,
      invoice: undefined,
      quantity: 'q',
      price: 'p',
    });
  });
});
