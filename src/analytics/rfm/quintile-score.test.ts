import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largerBigintIsBetter, largerIsBetter, quintileScores, smallerIsBetter } from './quintile-score.js';

describe('quintileScores', () => {
  it('scores by the number of strictly worse values (worked example from the docs)', () => {
    // Frequencies 10, 20, 20, 30, 40: strictly worse counts 0, 1, 1, 3, 4; score = 1 + floor(5 × worse / 5).
    expect(quintileScores([10, 20, 20, 30, 40], largerIsBetter)).toEqual([1, 2, 2, 4, 5]);
    // Recencies 1, 1, 5, 30 days: worse counts 2, 2, 1, 0 → 1 + floor(5 × worse / 4).
    expect(quintileScores([1, 1, 5, 30], smallerIsBetter)).toEqual([3, 3, 2, 1]);
  });

  it('splits distinct values into equal fifths', () => {
    const values = [9, 3, 7, 1, 5, 2, 8, 6, 0, 4];
    expect(quintileScores(values, largerIsBetter)).toEqual([5, 2, 4, 1, 3, 2, 5, 4, 1, 3]);
  });

  it('gives everybody 1 when all values are equal, and handles one or no customer', () => {
    expect(quintileScores([4, 4, 4], largerIsBetter)).toEqual([1, 1, 1]);
    expect(quintileScores([4], largerIsBetter)).toEqual([1]);
    expect(quintileScores([], largerIsBetter)).toEqual([]);
  });

  it('orders bigints exactly, even beyond float precision', () => {
    const big = 2n ** 60n;
    expect(quintileScores([big + 1n, big, big + 1n], largerBigintIsBetter)).toEqual([2, 1, 2]);
  });

  const values = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 300 });

  it('always gives scores in 1..5', () => {
    fc.assert(
      fc.property(values, (list) => {
        for (const score of quintileScores(list, largerIsBetter)) expect(score >= 1 && score <= 5).toBe(true);
      }),
    );
  });

  it('is monotone and gives ties the same score', () => {
    fc.assert(
      fc.property(values, fc.boolean(), (list, smaller) => {
        const compare = smaller ? smallerIsBetter : largerIsBetter;
        const scores = quintileScores(list, compare);
        for (let i = 0; i < list.length; i += 1) {
          for (let j = 0; j < list.length; j += 1) {
            const order = compare(list[i]!, list[j]!);
            if (order === 0) expect(scores[i]).toBe(scores[j]);
            if (order > 0) expect(scores[i]).toBeGreaterThanOrEqual(scores[j]!);
          }
        }
      }),
    );
  });

  it('matches the formula computed naively', () => {
    fc.assert(
      fc.property(values, (list) => {
        const naive = list.map((v) => 1 + Math.floor((5 * list.filter((w) => w < v).length) / list.length));
        expect(quintileScores(list, largerIsBetter)).toEqual(naive);
      }),
    );
  });

  it('gives the best value 5 once at least five distinct values exist below it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { minLength: 5, maxLength: 100 }), (list) => {
        const scores = quintileScores(list, largerIsBetter);
        expect(scores[list.indexOf(Math.max(...list))]).toBe(5);
        expect(scores[list.indexOf(Math.min(...list))]).toBe(1);
      }),
    );
  });
});
