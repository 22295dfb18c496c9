import { describe, expect, it } from 'vitest';
import type { Score } from './quintile-score.js';
import { rulesMatching, SEGMENT_NAMES, SEGMENT_RULES, segmentFor } from './rfm-segments.js';

const scores: Score[] = [1, 2, 3, 4, 5];
const allCombinations = scores.flatMap((r) => scores.flatMap((f) => scores.map((m) => [r, f, m] as const)));

describe('segment rule table', () => {
  it('covers each of the 125 score combinations exactly once', () => {
    expect(allCombinations).toHaveLength(125);
    for (const [r, f, m] of allCombinations) {
      expect(rulesMatching(r, f, m), `R${r} F${f} M${m}`).toHaveLength(1);
    }
  });

  it('uses every named segment and only those', () => {
    const used = new Set(allCombinations.map(([r, f, m]) => segmentFor(r, f, m)));
    expect([...used].sort()).toEqual([...SEGMENT_NAMES].sort());
    for (const rule of SEGMENT_RULES) expect(SEGMENT_NAMES).toContain(rule.segment);
  });

  it('names the corners as the table says', () => {
    expect(segmentFor(5, 5, 5)).toBe('Champions');
    expect(segmentFor(4, 4, 5)).toBe('Champions');
    expect(segmentFor(5, 1, 1)).toBe('New');
    expect(segmentFor(4, 1, 2)).toBe('Promising');
    expect(segmentFor(5, 2, 3)).toBe('Potential loyalist');
    expect(segmentFor(3, 5, 5)).toBe('Loyal');
    expect(segmentFor(3, 3, 2)).toBe('Needs attention');
    expect(segmentFor(3, 1, 1)).toBe('About to sleep');
    expect(segmentFor(2, 3, 3)).toBe('At risk');
    expect(segmentFor(1, 5, 5)).toBe("Can't lose");
    expect(segmentFor(2, 2, 2)).toBe('Hibernating');
    expect(segmentFor(1, 1, 1)).toBe('Lost');
  });

  it('detects a gap or an overlap in a table', () => {
    const withoutLost = SEGMENT_RULES.filter((rule) => rule.segment !== 'Lost');
    expect(rulesMatching(1, 1, 1, withoutLost)).toHaveLength(0);
    const overlapping = [
      ...SEGMENT_RULES,
      { segment: 'Lost' as const, recency: [1, 5] as const, frequencyPlusMonetary: [2, 2] as const },
    ];
    expect(rulesMatching(5, 1, 1, overlapping)).toHaveLength(2);
  });
});
