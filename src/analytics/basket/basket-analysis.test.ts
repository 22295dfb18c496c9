import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeBaskets,
  minimumCount,
  UnknownItemError,
  type BasketQuery,
  type Rule,
} from './basket-analysis.js';
import { referenceItemsets, referenceRules } from './reference-apriori.js';
import { encode, ruleLines } from './test-support.js';

// The market-basket example of Tan, Steinbach & Kumar, "Introduction to Data Mining", ch. 6.
const SHOP = [
  ['bread', 'milk'],
  ['bread', 'diapers', 'beer', 'eggs'],
  ['milk', 'diapers', 'beer', 'cola'],
  ['bread', 'milk', 'diapers', 'beer'],
  ['bread', 'milk', 'diapers', 'cola'],
];

const base: BasketQuery = { minSupport: 0.4, minConfidence: 0.6, minLength: 2, maxLength: Infinity };

function allRules(data: string[][], query: BasketQuery): Rule[] {
  const analysis = analyzeBaskets(encode(data), query);
  return Array.from({ length: analysis.ruleCount }, (_, i) => analysis.rule(i));
}

const find = (rules: Rule[], lhs: string[], rhs: string): Rule | undefined =>
  rules.find((r) => r.consequent[0] === rhs && r.antecedent.join() === lhs.join());

describe('analyzeBaskets on a hand-checked example', () => {
  it('computes support, confidence, lift, leverage and conviction', () => {
    const rules = allRules(SHOP, base);
    const milkDiapersBeer = find(rules, ['diapers', 'milk'], 'beer')!;
    expect(milkDiapersBeer.count).toBe(2);
    expect(milkDiapersBeer.support).toBeCloseTo(0.4, 12);
    expect(milkDiapersBeer.confidence).toBeCloseTo(2 / 3, 12);
    expect(milkDiapersBeer.lift).toBeCloseTo(10 / 9, 12);
    expect(milkDiapersBeer.leverage).toBeCloseTo(0.04, 12);
    expect(milkDiapersBeer.conviction).toBeCloseTo(1.2, 12);
    const beerDiapers = find(rules, ['beer'], 'diapers')!;
    expect(beerDiapers.confidence).toBe(1);
    expect(beerDiapers.conviction).toBe(Infinity);
    expect(find(rules, ['diapers'], 'beer')!.lift).toBeCloseTo(1.25, 12);
  });

  it('sorts by lift, then support, then antecedent and consequent text', () => {
    const rules = allRules(SHOP, base);
    const names = rules.map((r) => `${r.antecedent.join()}=>${r.consequent[0]}`);
    // {diapers, milk} ⇒ {cola}: confidence 2/3 over a cola share of 2/5, the highest lift.
    expect(names[0]).toBe('diapers,milk=>cola');
    // {beer} ⇒ {diapers} and {diapers} ⇒ {beer} tie on lift 1.25 and support 0.6: text decides.
    const beerFirst = names.indexOf('beer=>diapers');
    expect(names[beerFirst + 1]).toBe('diapers=>beer');
    for (let i = 1; i < rules.length; i++) {
      const [a, b] = [rules[i - 1]!, rules[i]!];
      expect(a.lift > b.lift || (a.lift === b.lift && a.support >= b.support)).toBe(true);
    }
  });

  it('reports transactions, items, frequent itemsets and the count threshold', () => {
    const analysis = analyzeBaskets(encode(SHOP), base);
    expect(analysis).toMatchObject({ transactions: 5, items: 6, minCount: 2 });
    expect(analysis.frequentItemsets).toBe(referenceItemsets(SHOP, 2).length);
  });

  it('applies min-length to both sides together and never makes rules with an empty left side', () => {
    const rules = allRules(SHOP, { ...base, minSupport: 0.2, minConfidence: 0, minLength: 3 });
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r.antecedent.length >= 2)).toBe(true);
    const loose = allRules(SHOP, { ...base, minLength: 1 });
    expect(loose.every((r) => r.antecedent.length >= 1)).toBe(true);
    expect(loose).toEqual(allRules(SHOP, base));
  });

  it('filters by items on either side, on one side, or excluded', () => {
    const query = { ...base, minSupport: 0.2, minConfidence: 0.5 };
    const all = allRules(SHOP, query);
    const mentions = (r: Rule, item: string) => r.antecedent.includes(item) || r.consequent[0] === item;
    expect(allRules(SHOP, { ...query, include: ['cola'] })).toEqual(all.filter((r) => mentions(r, 'cola')));
    expect(allRules(SHOP, { ...query, exclude: ['beer', 'eggs'] })).toEqual(
      all.filter((r) => !mentions(r, 'beer') && !mentions(r, 'eggs')),
    );
    expect(allRules(SHOP, { ...query, antecedent: ['milk'] })).toEqual(
      all.filter((r) => r.antecedent.includes('milk')),
    );
    expect(allRules(SHOP, { ...query, consequent: ['beer'] })).toEqual(
      all.filter((r) => r.consequent[0] === 'beer'),
    );
    // An item too rare to be frequent is known but matches no rule.
    expect(allRules(SHOP, { ...base, include: ['eggs'] })).toEqual([]);
    expect(() => allRules(SHOP, { ...base, include: ['Milk'] })).toThrow(UnknownItemError);
  });

  it('recommends consequents of rules that apply to the basket, most confident first', () => {
    const analysis = analyzeBaskets(encode(SHOP), {
      ...base,
      minSupport: 0.2,
      minConfidence: 0.5,
      recommendFor: ['milk', 'diapers'],
    });
    const picks = analysis.recommendations;
    expect(picks.map((p) => p.item)).not.toContain('milk');
    expect(picks.map((p) => p.item)).not.toContain('diapers');
    for (const { item, rule } of picks) {
      expect(rule.consequent).toEqual([item]);
      expect(rule.antecedent.every((a) => a === 'milk' || a === 'diapers')).toBe(true);
    }
    // {diapers} ⇒ {beer} and {milk} ⇒ {bread} both have confidence 3/4; beer has the higher lift
    // (1.25 against 0.9375). Cola's best rule is {diapers, milk} ⇒ {cola} at 2/3.
    expect(picks[0]).toMatchObject({ item: 'beer', rule: { antecedent: ['diapers'], confidence: 0.75 } });
    expect(picks.map((p) => p.item)).toEqual(['beer', 'bread', 'cola']);
  });
});

describe('minimumCount', () => {
  it('is ceil(N × S) in exact arithmetic, even where floating point rounds up', () => {
    expect(minimumCount(100, 0.07)).toBe(7);
    expect(minimumCount(9835, 0.01)).toBe(99);
    expect(minimumCount(9835, 0.001)).toBe(10);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (n, permyriad) => {
          const exact = Number((BigInt(n) * BigInt(permyriad) + 9_999n) / 10_000n);
          expect(minimumCount(n, permyriad / 10_000)).toBe(exact);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

const randomData: fc.Arbitrary<string[][]> = fc.array(
  fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g x', 'h '), { maxLength: 6 }),
  {
    minLength: 1,
    maxLength: 40,
  },
);
const randomQuery = fc.record({
  minSupport: fc.integer({ min: 1, max: 40 }).map((p) => p / 100),
  minConfidence: fc.integer({ min: 0, max: 20 }).map((p) => p / 20),
  minLength: fc.integer({ min: 1, max: 4 }),
  maxLength: fc.oneof(fc.constant(Infinity), fc.integer({ min: 4, max: 6 })),
});

describe('rules against the definitions (property checks)', () => {
  it('are exactly the rules of the Apriori reference, with the same counts', () => {
    fc.assert(
      fc.property(randomData, randomQuery, (data, query) => {
        const minCount = minimumCount(data.length, query.minSupport);
        const expected = referenceRules(
          referenceItemsets(data, minCount, query.maxLength),
          query.minConfidence,
          query.minLength,
        );
        const rules = allRules(data, query).map((r) => ({
          antecedent: r.antecedent,
          consequent: r.consequent[0]!,
          count: r.count,
          antecedentCount: Math.round(r.count / r.confidence),
          consequentCount: 0,
        }));
        expect(ruleLines(rules)).toEqual(ruleLines(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('meet the thresholds and have metrics consistent with direct counting', () => {
    fc.assert(
      fc.property(randomData, randomQuery, (data, query) => {
        const n = data.length;
        const share = (items: string[]) => data.filter((t) => items.every((i) => t.includes(i))).length / n;
        for (const r of allRules(data, query)) {
          const all = [...r.antecedent, ...r.consequent];
          const [sx, sy, sxy] = [share(r.antecedent), share(r.consequent), share(all)];
          expect(r.antecedent.length).toBeGreaterThan(0);
          expect(r.consequent).toHaveLength(1);
          expect(r.antecedent).not.toContain(r.consequent[0]);
          expect(all.length).toBeGreaterThanOrEqual(query.minLength);
          expect(all.length).toBeLessThanOrEqual(query.maxLength);
          expect(r.support).toBeGreaterThanOrEqual(query.minSupport - 1e-12);
          expect(r.confidence).toBeGreaterThanOrEqual(query.minConfidence - 1e-12);
          expect(r.support).toBeCloseTo(sxy, 12);
          expect(r.count).toBe(Math.round(sxy * n));
          expect(r.confidence).toBeCloseTo(sxy / sx, 12);
          expect(r.lift).toBeCloseTo(sxy / (sx * sy), 9);
          expect(r.leverage).toBeCloseTo(sxy - sx * sy, 12);
          if (sxy < sx) expect(r.conviction).toBeCloseTo((1 - sy) / (1 - sxy / sx), 9);
          else expect(r.conviction).toBe(Infinity);
        }
      }),
      { numRuns: 200 },
    );
  });
});
