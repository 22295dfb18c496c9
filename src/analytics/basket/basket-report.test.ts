import { describe, expect, it } from 'vitest';
import { analyzeBaskets, type BasketQuery } from './basket-analysis.js';
import { reportJson, reportTable } from './basket-report.js';
import { encode } from './test-support.js';

const query: BasketQuery = { minSupport: 0.5, minConfidence: 0.5, minLength: 2, maxLength: Infinity };
const json = (...args: Parameters<typeof reportJson>): unknown =>
  JSON.parse([...reportJson(...args)].join(''));

describe('reportJson', () => {
  // Twelve items bought together every time: 12 × 2^11 − 12 = 24,564 rules, all of confidence 1.
  const dense = encode(Array.from({ length: 4 }, () => Array.from({ length: 12 }, (_, i) => `item ${i}`)));
  const analysis = analyzeBaskets(dense, query);

  it('writes the contract fields and valid JSON across many chunks', () => {
    const doc = json(analysis, { top: Infinity, recommend: false }) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual([
      'transactions',
      'items',
      'frequentItemsets',
      'ruleCount',
      'minCount',
      'rules',
    ]);
    expect(doc).toMatchObject({ transactions: 4, items: 12, frequentItemsets: 4095, ruleCount: 24_564 });
    expect(doc.rules).toHaveLength(24_564);
  });

  it('limits only the rules with --top, and writes an infinite conviction as null', () => {
    const doc = json(analysis, { top: 3, recommend: false, skippedRows: 2 }) as {
      ruleCount: number;
      rules: object[];
    };
    expect(doc).toMatchObject({ ruleCount: 24_564, skippedRows: 2 });
    expect(doc.rules).toHaveLength(3);
    expect(doc.rules[0]).toMatchObject({ confidence: 1, lift: 1, count: 4, conviction: null });
    expect(Object.keys(doc.rules[0]!).slice(0, 6)).toEqual([
      'antecedent',
      'consequent',
      'support',
      'confidence',
      'lift',
      'count',
    ]);
    expect((json(analysis, { top: 0, recommend: false }) as { rules: [] }).rules).toEqual([]);
  });

  it('adds recommendations only when asked', () => {
    const small = analyzeBaskets(encode([['a', 'b'], ['a', 'b'], ['a']]), { ...query, recommendFor: ['a'] });
    const doc = json(small, { top: 10, recommend: true }) as { recommendations: unknown[] };
    expect(doc.recommendations).toEqual([
      expect.objectContaining({ item: 'b', antecedent: ['a'], confidence: 2 / 3 }),
    ]);
  });
});

describe('reportTable', () => {
  it('prints a header line and one aligned row per rule', () => {
    const analysis = analyzeBaskets(encode([['a', 'b '], ['a', 'b '], ['a']]), query);
    const text = reportTable(analysis, { top: Infinity, recommend: false });
    expect(text).toContain('3 transactions, 2 items; frequent means in at least 2 transactions');
    const lines = text.split('\n');
    expect(lines[1]).toBe('3 frequent itemsets, 2 rules');
    expect(lines[3]).toMatch(
      /^#\s+antecedent\s+consequent\s+support\s+confidence\s+lift\s+leverage\s+conviction\s+count$/,
    );
    expect(lines[4]).toMatch(/^1\s+\{a\}\s+=> \{b \}\s+0\.6667\s+0\.6667\s+1\.000/);
    expect(lines[5]).toMatch(/^2\s+\{b \}\s+=> \{a\}\s+0\.6667\s+1\.0000\s+1\.000\s+0\.0000\s+inf\s+2$/);
  });
});
