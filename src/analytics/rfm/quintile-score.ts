/** A quintile score: 1 is the worst fifth of customers, 5 the best. */
export type Score = 1 | 2 | 3 | 4 | 5;

/**
 * Scores every value by its rank among all values:
 *
 *   score = 1 + floor(5 × (number of values strictly worse) / N)
 *
 * Equal values therefore always share a score (they have the same number of strictly worse
 * values), a strictly better value never scores lower, and the result stays in 1..5 because at
 * most N − 1 values can be worse. With all values distinct this is the usual split into fifths;
 * with ties a quintile can be empty or over-full, which is preferable to splitting customers with
 * identical behaviour into different scores (what `ntile` does in SQL).
 *
 * `compareWorseFirst` orders values from worst to best (negative when `a` is worse than `b`).
 */
export function quintileScores<T>(values: readonly T[], compareWorseFirst: (a: T, b: T) => number): Score[] {
  const count = values.length;
  const order = Array.from({ length: count }, (_, index) => index);
  order.sort((a, b) => compareWorseFirst(values[a] as T, values[b] as T));
  const scores = new Array<Score>(count);
  let groupStart = 0;
  while (groupStart < count) {
    // Every value in [groupStart, groupEnd) is equal, and exactly groupStart values are worse.
    let groupEnd = groupStart + 1;
    const first = values[order[groupStart] as number] as T;
    while (groupEnd < count && compareWorseFirst(first, values[order[groupEnd] as number] as T) === 0) {
      groupEnd += 1;
    }
    const score = (1 + Math.floor((5 * groupStart) / count)) as Score;
    for (let position = groupStart; position < groupEnd; position += 1) {
      scores[order[position] as number] = score;
    }
    groupStart = groupEnd;
  }
  return scores;
}

/** Worse-first order for "smaller is better" numbers such as recency in days. */
export const smallerIsBetter = (a: number, b: number): number => b - a;

/** Worse-first order for "larger is better" numbers such as a purchase count. */
export const largerIsBetter = (a: number, b: number): number => a - b;

/** Worse-first order for exact amounts, where larger spend is better. */
export const largerBigintIsBetter = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);
