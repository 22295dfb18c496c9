import type { Score } from './quintile-score.js';

/** The named segments, in the order reports list them (best relationship first). */
export const SEGMENT_NAMES = [
  'Champions',
  'Loyal',
  'Potential loyalist',
  'New',
  'Promising',
  'Needs attention',
  'About to sleep',
  'At risk',
  "Can't lose",
  'Hibernating',
  'Lost',
] as const;

export type SegmentName = (typeof SEGMENT_NAMES)[number];

/** An inclusive range of scores. */
type Range = readonly [min: number, max: number];

/**
 * One row of the segment table: customers whose R score and F + M score sum both fall in the
 * ranges belong to the segment. F and M enter only through their sum (2..10) because in practice
 * the two are strongly correlated and the classic R × FM grid reads more easily than 125 cells.
 */
export interface SegmentRule {
  readonly segment: SegmentName;
  readonly recency: Range;
  readonly frequencyPlusMonetary: Range;
}

/**
 * The rule table. Every (R, F + M) cell of the 5 × 9 grid is covered by exactly one rule, so every
 * one of the 125 (R, F, M) combinations gets exactly one segment (checked when this module loads).
 *
 *   R \ F+M | 2  3            | 4  5  6             | 7  8  | 9  10
 *   5       | New            | Potential loyalist  | Loyal | Champions
 *   4       | Promising      | Potential loyalist  | Loyal | Champions
 *   3       | About to sleep | Needs attention     | Loyal | Loyal
 *   2       | Hibernating (2–4)     | At risk (5–8)         | Can't lose
 *   1       | Lost (2–4)            | At risk (5–8)         | Can't lose
 */
export const SEGMENT_RULES: readonly SegmentRule[] = [
  { segment: 'Champions', recency: [4, 5], frequencyPlusMonetary: [9, 10] },
  { segment: 'Loyal', recency: [4, 5], frequencyPlusMonetary: [7, 8] },
  { segment: 'Loyal', recency: [3, 3], frequencyPlusMonetary: [7, 10] },
  { segment: 'Potential loyalist', recency: [4, 5], frequencyPlusMonetary: [4, 6] },
  { segment: 'New', recency: [5, 5], frequencyPlusMonetary: [2, 3] },
  { segment: 'Promising', recency: [4, 4], frequencyPlusMonetary: [2, 3] },
  { segment: 'Needs attention', recency: [3, 3], frequencyPlusMonetary: [4, 6] },
  { segment: 'About to sleep', recency: [3, 3], frequencyPlusMonetary: [2, 3] },
  { segment: "Can't lose", recency: [1, 2], frequencyPlusMonetary: [9, 10] },
  { segment: 'At risk', recency: [1, 2], frequencyPlusMonetary: [5, 8] },
  { segment: 'Hibernating', recency: [2, 2], frequencyPlusMonetary: [2, 4] },
  { segment: 'Lost', recency: [1, 1], frequencyPlusMonetary: [2, 4] },
];

const inRange = (value: number, [min, max]: Range): boolean => value >= min && value <= max;

/** All rules matching a score combination (exactly one for a valid table). */
export function rulesMatching(r: Score, f: Score, m: Score, rules = SEGMENT_RULES): SegmentRule[] {
  return rules.filter((rule) => inRange(r, rule.recency) && inRange(f + m, rule.frequencyPlusMonetary));
}

const cellIndex = (r: Score, f: Score, m: Score): number => (r - 1) * 25 + (f - 1) * 5 + (m - 1);

// Resolved once so that scoring a million customers is an array lookup, and so that a broken
// table (a gap or an overlap) fails at start-up instead of silently mislabelling customers.
const SEGMENT_BY_CELL: readonly SegmentName[] = buildLookup();

function buildLookup(): SegmentName[] {
  const lookup: SegmentName[] = [];
  const scores: Score[] = [1, 2, 3, 4, 5];
  for (const r of scores) {
    for (const f of scores) {
      for (const m of scores) {
        const matches = rulesMatching(r, f, m);
        if (matches.length !== 1 || !matches[0]) {
          throw new Error(`RFM segment table: (${r}, ${f}, ${m}) matches ${matches.length} rules`);
        }
        lookup[cellIndex(r, f, m)] = matches[0].segment;
      }
    }
  }
  return lookup;
}

/** The segment of a customer with the given R, F and M scores. */
export function segmentFor(r: Score, f: Score, m: Score): SegmentName {
  return SEGMENT_BY_CELL[cellIndex(r, f, m)] as SegmentName;
}
