/**
 * Association rules X ⇒ {y} from the frequent itemsets: for every frequent itemset I with at least
 * two items and every y ∈ I, the rule (I \ {y}) ⇒ {y} is kept when count(I) / count(I \ {y})
 * reaches the minimum confidence. This is the rule set arules' apriori() produces with a one-item
 * right-hand side (Agrawal & Srikant 1994; Hahsler et al.).
 */
import { Growable } from './growable.js';
import type { FrequentItemsets } from './fp-growth.js';
import { MiningLimitError } from './fp-growth.js';

export interface RuleOptions {
  minConfidence: number;
  /** Fewest items in a rule, both sides together (a rule always has at least two). */
  minLength: number;
  maxLength: number;
  /** Stop with a MiningLimitError beyond this many rules, rather than exhaust memory. */
  maxRules: number;
}

/** Rules as parallel arrays: rule r is itemset node[r] with consequent rank consequent[r]. */
export interface RuleSet {
  itemsets: FrequentItemsets;
  node: Int32Array;
  consequent: Int32Array;
  antecedentCount: Float64Array;
  length: number;
}

export interface RuleMetrics {
  count: number;
  support: number;
  confidence: number;
  lift: number;
  leverage: number;
  /** Infinity when the confidence is 1. */
  conviction: number;
}

export function generateRules(itemsets: FrequentItemsets, options: RuleOptions): RuleSet {
  const { trie } = itemsets;
  const node = new Growable(Int32Array);
  const consequent = new Growable(Int32Array);
  const antecedentCount = new Growable(Float64Array);
  const minLength = Math.max(2, options.minLength);
  let deepest = 0;
  for (let n = 0; n < trie.size; n++) deepest = Math.max(deepest, trie.depth.data[n]!);
  const path = new Int32Array(deepest);
  const ancestors = new Int32Array(deepest + 1);
  for (let n = 1; n < trie.size; n++) {
    const length = trie.depth.data[n]!;
    if (length < minLength || length > options.maxLength) continue;
    trie.path(n, path);
    for (let at = n, i = length; i >= 0; i--, at = trie.parent.data[at]!) ancestors[i] = at;
    const count = trie.count.data[n]!;
    for (let j = 0; j < length; j++) {
      // The antecedent is the itemset without path[j]: the prefix before j, then the rest of the path.
      const lhs = trie.descend(ancestors[j]!, path, j + 1, length);
      if (lhs < 0) throw new Error('internal error: a subset of a frequent itemset is missing');
      const lhsCount = trie.count.data[lhs]!;
      if (count / lhsCount < options.minConfidence) continue;
      node.push(n);
      consequent.push(path[j]!);
      antecedentCount.push(lhsCount);
      if (node.length > options.maxRules) throw new MiningLimitError(`more than ${options.maxRules} rules`);
    }
  }
  return {
    itemsets,
    node: node.toArray(),
    consequent: consequent.toArray(),
    antecedentCount: antecedentCount.toArray(),
    length: node.length,
  };
}

/** Count of each single item, by rank: the root's children are exactly ranks 0, 1, 2, … */
export function singletonCounts(itemsets: FrequentItemsets): Float64Array {
  const { trie } = itemsets;
  const first = trie.firstChild.data[0]!;
  return Float64Array.from(itemsets.rankToItem, (_, rank) => trie.count.data[first + rank]!);
}

/**
 * Metrics computed from integer counts with a single final division where possible, so that
 * rules whose lift is mathematically equal (such as X ⇒ Y and Y ⇒ X) compare equal when sorting.
 */
export function ruleMetrics(rules: RuleSet, singles: Float64Array, r: number): RuleMetrics {
  const n = rules.itemsets.transactions;
  const count = rules.itemsets.trie.count.data[rules.node[r]!]!;
  const lhs = rules.antecedentCount[r]!;
  const rhs = singles[rules.consequent[r]!]!;
  return {
    count,
    support: count / n,
    confidence: count / lhs,
    lift: (count * n) / (lhs * rhs),
    leverage: (count * n - lhs * rhs) / (n * n),
    conviction: lhs === count ? Infinity : ((n - rhs) * lhs) / (n * (lhs - count)),
  };
}

/** The antecedent ranks of rule r (the itemset's path without the consequent). */
export function antecedentRanks(rules: RuleSet, r: number, out: Int32Array): number {
  const length = rules.itemsets.trie.path(rules.node[r]!, out);
  const consequent = rules.consequent[r]!;
  let kept = 0;
  for (let i = 0; i < length; i++) if (out[i] !== consequent) out[kept++] = out[i]!;
  return kept;
}
