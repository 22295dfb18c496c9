/**
 * Checks against the Groceries data set of arules, when the shared reference data is present.
 * The expected figures come from two independent sources: the reference Apriori in this folder
 * (run on the same file) and the published arules results quoted in the comments.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLines } from '../csv.js';
import { analyzeBaskets, minimumCount, type BasketQuery, type Rule } from './basket-analysis.js';
import { referenceItemsets, referenceRules } from './reference-apriori.js';
import { ruleLines } from './test-support.js';
import { BasketEncoder, transactionCount, type TransactionDb } from './transactions.js';

// <repo>/../shared/refdata, resolved from <repo>/src/analytics/basket/.
const refdata = fileURLToPath(new URL('../../../../shared/refdata/', import.meta.url));
const groceriesPath = `${refdata}groceries.csv.gz`;
const present = existsSync(groceriesPath);
if (!present) console.warn(`[basket] reference data not found at ${groceriesPath}: Groceries tests skipped`);

describe.skipIf(!present)('Groceries (arules reference data)', () => {
  let db: TransactionDb;
  let raw: string[][];

  beforeAll(async () => {
    const encoder = new BasketEncoder();
    raw = [];
    for await (const { text } of readLines(groceriesPath)) {
      const items = text.split(',');
      encoder.add(items);
      raw.push(items);
    }
    db = encoder.finish();
  });

  const rulesOf = (query: BasketQuery): Rule[] => {
    const analysis = analyzeBaskets(db, query);
    return Array.from({ length: analysis.ruleCount }, (_, i) => analysis.rule(i));
  };
  const asReference = (rules: Rule[]) =>
    rules.map((r) => ({
      antecedent: r.antecedent,
      consequent: r.consequent[0]!,
      count: r.count,
      antecedentCount: Math.round(r.count / r.confidence),
      consequentCount: 0,
    }));

  it('has 9835 transactions, 169 items and 43367 item occurrences, labels kept verbatim', () => {
    expect(transactionCount(db)).toBe(9835);
    expect(db.labels).toHaveLength(169);
    expect(db.items.length).toBe(43_367);
    expect(db.labels).toContain('cream cheese ');
    expect(db.labels).toContain('roll products ');
  });

  it('support 0.01, confidence 0.5: the 15 rules of arules, led by {citrus fruit, root vegetables}', () => {
    const query = { minSupport: 0.01, minConfidence: 0.5, minLength: 2, maxLength: Infinity };
    const analysis = analyzeBaskets(db, query);
    expect(analysis.ruleCount).toBe(15);
    expect(analysis.frequentItemsets).toBe(referenceItemsets(raw, 99).length);
    const top = analysis.rule(0);
    expect(top).toMatchObject({
      antecedent: ['citrus fruit', 'root vegetables'],
      consequent: ['other vegetables'],
      count: 102,
    });
    expect(top.support).toBeCloseTo(0.01037, 5);
    expect(top.confidence).toBeCloseTo(0.5862, 4);
    expect(top.lift).toBeCloseTo(3.0296, 4);
    const expected = referenceRules(referenceItemsets(raw, 99), 0.5);
    expect(ruleLines(asReference(rulesOf(query)))).toEqual(ruleLines(expected));
  });

  it('support 0.001, confidence 0.8: the 410 rules of arules, identical to the reference', () => {
    const query = { minSupport: 0.001, minConfidence: 0.8, minLength: 2, maxLength: Infinity };
    const minCount = minimumCount(9835, 0.001);
    expect(minCount).toBe(10);
    const rules = rulesOf(query);
    expect(rules).toHaveLength(410);
    // arules: {liquor, red/blush wine} ⇒ {bottled beer}, confidence 0.905, lift 11.24.
    expect(rules[0]).toMatchObject({
      antecedent: ['liquor', 'red/blush wine'],
      consequent: ['bottled beer'],
    });
    expect(rules[0]!.lift).toBeCloseTo(11.235, 3);
    const expected = referenceRules(referenceItemsets(raw, minCount), 0.8);
    expect(ruleLines(asReference(rules))).toEqual(ruleLines(expected));
  });

  it('support 0.001: all frequent itemsets equal the reference and mining takes well under a second', () => {
    const started = performance.now();
    const analysis = analyzeBaskets(db, {
      minSupport: 0.001,
      minConfidence: 0,
      minLength: 2,
      maxLength: Infinity,
    });
    const elapsed = performance.now() - started;
    expect(analysis.frequentItemsets).toBe(referenceItemsets(raw, 10).length);
    expect(elapsed).toBeLessThan(2000); // typically ~0.2 s; generous for slow CI machines
  });
});
