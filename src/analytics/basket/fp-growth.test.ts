import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mineFrequentItemsets, MiningLimitError } from './fp-growth.js';
import { bruteForceItemsets, referenceItemsets } from './reference-apriori.js';
import { encode, engineItemsets, itemsetLines } from './test-support.js';

// The textbook example of Han, Pei & Yin (2000), Table 1, with minimum count 3.
const HAN_PEI_YIN = [
  ['f', 'a', 'c', 'd', 'g', 'i', 'm', 'p'],
  ['a', 'b', 'c', 'f', 'l', 'm', 'o'],
  ['b', 'f', 'h', 'j', 'o'],
  ['b', 'c', 'k', 's', 'p'],
  ['a', 'f', 'c', 'e', 'l', 'p', 'm', 'n'],
];

function mine(transactions: string[][], minCount: number, maxLength = Infinity) {
  const db = encode(transactions);
  return engineItemsets(db, mineFrequentItemsets(db, { minCount, maxLength, maxItemsets: 1e6 }));
}

/** Small transactions over a few labels (some with spaces), with repeats inside a transaction. */
const smallData = fc.array(
  fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h h', 'i '), { maxLength: 7 }),
  {
    maxLength: 30,
  },
);

describe('mineFrequentItemsets', () => {
  it('finds the frequent patterns of the FP-Growth paper', () => {
    const found = itemsetLines(mine(HAN_PEI_YIN, 3));
    // Singletons f:4 c:4 a:3 b:3 m:3 p:3; the paper lists fcam:3 and cp:3 as the maximal patterns.
    expect(found).toContain('a|c|f|m:3');
    expect(found).toContain('c|p:3');
    expect(found).toContain('f:4');
    expect(found).toHaveLength(18);
    expect(found).toEqual(itemsetLines(bruteForceItemsets(HAN_PEI_YIN, 3)));
  });

  it('respects the maximum length', () => {
    const found = mine(HAN_PEI_YIN, 3, 2);
    expect(Math.max(...found.map((s) => s.items.length))).toBe(2);
    expect(itemsetLines(found)).toEqual(itemsetLines(bruteForceItemsets(HAN_PEI_YIN, 3, 2)));
  });

  it('finds nothing when no item is frequent, and handles empty transactions', () => {
    expect(mine([['a'], [], ['b']], 2)).toEqual([]);
    expect(mine([[], []], 1)).toEqual([]);
  });

  it('stops with a MiningLimitError instead of exhausting memory', () => {
    const db = encode([Array.from({ length: 20 }, (_, i) => `x${i}`)]);
    expect(() => mineFrequentItemsets(db, { minCount: 1, maxLength: Infinity, maxItemsets: 1000 })).toThrow(
      MiningLimitError,
    );
  });

  it('equals brute-force enumeration on random data (same itemsets, same counts)', () => {
    fc.assert(
      fc.property(
        smallData,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 9 }),
        (data, minCount, maxLength) => {
          expect(itemsetLines(mine(data, minCount, maxLength))).toEqual(
            itemsetLines(bruteForceItemsets(data, minCount, maxLength)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with the level-wise Apriori reference on random data', () => {
    fc.assert(
      fc.property(smallData, fc.integer({ min: 1, max: 4 }), (data, minCount) => {
        expect(itemsetLines(mine(data, minCount))).toEqual(itemsetLines(referenceItemsets(data, minCount)));
      }),
      { numRuns: 200 },
    );
  });
});
