import { describe, expect, it } from 'vitest';
import { BasketEncoder, PairEncoder, transactionCount, type TransactionDb } from './transactions.js';

function decoded(db: TransactionDb): string[][] {
  return Array.from({ length: transactionCount(db) }, (_, t) =>
    Array.from(db.items.subarray(db.offsets[t], db.offsets[t + 1]), (id) => db.labels[id]!),
  );
}

describe('BasketEncoder', () => {
  it('numbers items by first appearance, dedupes within a transaction and keeps labels verbatim', () => {
    const encoder = new BasketEncoder();
    encoder.add(['milk', 'cream cheese ', 'milk']);
    encoder.add(['bread', '', 'cream cheese']);
    encoder.add([]);
    const db = encoder.finish();
    expect(db.labels).toEqual(['milk', 'cream cheese ', 'bread', 'cream cheese']);
    expect(decoded(db)).toEqual([['milk', 'cream cheese '], ['bread', 'cream cheese'], []]);
    expect(Array.from(db.itemCounts)).toEqual([1, 1, 1, 1]);
  });

  it('handles transactions longer than its scratch buffer', () => {
    const encoder = new BasketEncoder();
    const long = Array.from({ length: 500 }, (_, i) => `item ${i % 300}`);
    encoder.add(long);
    const db = encoder.finish();
    expect(transactionCount(db)).toBe(1);
    expect(db.items.length).toBe(300);
  });
});

describe('PairEncoder', () => {
  it('groups pairs in any order by transaction and counts repeated pairs once', () => {
    const encoder = new PairEncoder();
    const pairs: [string, string][] = [
      ['T2', 'b'],
      ['T1', 'a'],
      ['T2', 'a'],
      ['T1', 'a'],
      ['T3', 'c'],
      ['T2', 'b'],
    ];
    for (const [t, item] of pairs) encoder.add(t, item);
    const db = encoder.finish();
    expect(db.labels).toEqual(['b', 'a', 'c']);
    expect(decoded(db)).toEqual([['b', 'a'], ['a'], ['c']]);
    expect(Array.from(db.itemCounts)).toEqual([1, 2, 1]);
  });
});
