/**
 * Ordering, filtering and recommending over a RuleSet. Everything works on rule indices and item
 * ranks; labels are consulted only to break exact ties, so sorting a million rules stays cheap.
 */
import { antecedentRanks, ruleMetrics, type RuleSet } from './rules.js';

/** Which rules to keep; each list holds item ranks. Empty lists do not filter. */
export interface RuleFilter {
  /** The rule mentions at least one of these items, on either side. */
  include: number[];
  /** The rule mentions none of these items. */
  exclude: number[];
  /** The antecedent contains at least one of these items. */
  antecedent: number[];
  /** The consequent is one of these items. */
  consequent: number[];
}

export interface RuleContext {
  rules: RuleSet;
  /** Count of each single item, by rank. */
  singles: Float64Array;
  /** Position of each rank's label in code-unit order of all frequent labels. */
  labelOrder: Int32Array;
}

export function labelOrder(labels: string[]): Int32Array {
  const sorted = labels.map((label, rank) => ({ label, rank }));
  sorted.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const order = new Int32Array(labels.length);
  sorted.forEach(({ rank }, position) => (order[rank] = position));
  return order;
}

/** Antecedent of rule r as label positions, ascending: the order in which it is printed. */
function antecedentKey(context: RuleContext, r: number, out: Int32Array): Int32Array {
  const length = antecedentRanks(context.rules, r, out);
  for (let i = 0; i < length; i++) out[i] = context.labelOrder[out[i]!]!;
  return out.subarray(0, length).sort();
}

function maxRuleLength(rules: RuleSet): number {
  let longest = 0;
  for (let r = 0; r < rules.length; r++) {
    longest = Math.max(longest, rules.itemsets.trie.depth.data[rules.node[r]!]!);
  }
  return longest;
}

/** Compares two rules by printed antecedent (item by item), then consequent: a stable tie-break. */
function textComparator(context: RuleContext): (a: number, b: number) => number {
  const longest = maxRuleLength(context.rules);
  const left = new Int32Array(longest);
  const right = new Int32Array(longest);
  return (a, b) => {
    const x = antecedentKey(context, a, left);
    const y = antecedentKey(context, b, right);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    if (x.length !== y.length) return x.length - y.length;
    const { consequent } = context.rules;
    return context.labelOrder[consequent[a]!]! - context.labelOrder[consequent[b]!]!;
  };
}

/** Indices of the rules that pass the filter, ordered by lift, then support, both descending. */
export function selectRules(context: RuleContext, filter: RuleFilter): Uint32Array {
  const { rules } = context;
  const passes = ruleFilterTest(context, filter);
  const selected: number[] = [];
  for (let r = 0; r < rules.length; r++) if (passes(r)) selected.push(r);
  const order = Uint32Array.from(selected);
  const lift = new Float64Array(rules.length);
  const count = new Float64Array(rules.length);
  for (const r of order) {
    const metrics = ruleMetrics(rules, context.singles, r);
    lift[r] = metrics.lift;
    count[r] = metrics.count;
  }
  const byText = textComparator(context);
  return order.sort((a, b) => lift[b]! - lift[a]! || count[b]! - count[a]! || byText(a, b));
}

function ruleFilterTest(context: RuleContext, filter: RuleFilter): (r: number) => boolean {
  const { rules } = context;
  const mark = (ranks: number[]): Uint8Array | undefined => {
    if (ranks.length === 0) return undefined;
    const set = new Uint8Array(context.singles.length);
    for (const rank of ranks) if (rank >= 0) set[rank] = 1;
    return set;
  };
  const include = mark(filter.include);
  const exclude = mark(filter.exclude);
  const lhsSet = mark(filter.antecedent);
  const rhsSet = mark(filter.consequent);
  const lhs = new Int32Array(maxRuleLength(rules));
  return (r) => {
    const y = rules.consequent[r]!;
    if (rhsSet && rhsSet[y] !== 1) return false;
    const length = antecedentRanks(rules, r, lhs);
    const has = (set: Uint8Array, withConsequent: boolean): boolean => {
      if (withConsequent && set[y] === 1) return true;
      for (let i = 0; i < length; i++) if (set[lhs[i]!] === 1) return true;
      return false;
    };
    if (include && !has(include, true)) return false;
    if (exclude && has(exclude, true)) return false;
    return !lhsSet || has(lhsSet, false);
  };
}

export interface Recommendation {
  /** Rank of the recommended item. */
  item: number;
  /** The rule that recommends it most confidently. */
  rule: number;
}

/**
 * "Customers who bought these also bought": among the given rules whose antecedent lies inside
 * the basket and whose consequent is not in it, the most confident rule for each consequent.
 * Items are ranked by that rule's confidence, then lift, then support; `order` breaks exact ties.
 */
export function recommend(context: RuleContext, order: Uint32Array, basket: number[]): Recommendation[] {
  const { rules } = context;
  const inBasket = new Uint8Array(context.singles.length);
  for (const rank of basket) if (rank >= 0) inBasket[rank] = 1;
  const lhs = new Int32Array(maxRuleLength(rules));
  const best = new Map<
    number,
    { rule: number; at: number; confidence: number; lift: number; count: number }
  >();
  for (let at = 0; at < order.length; at++) {
    const r = order[at]!;
    const y = rules.consequent[r]!;
    if (inBasket[y] === 1) continue;
    const length = antecedentRanks(rules, r, lhs);
    let inside = true;
    for (let i = 0; i < length && inside; i++) inside = inBasket[lhs[i]!] === 1;
    if (!inside) continue;
    const m = ruleMetrics(rules, context.singles, r);
    const current = best.get(y);
    const better =
      !current ||
      m.confidence > current.confidence ||
      (m.confidence === current.confidence &&
        (m.lift > current.lift || (m.lift === current.lift && m.count > current.count)));
    if (better) best.set(y, { rule: r, at, confidence: m.confidence, lift: m.lift, count: m.count });
  }
  return [...best.entries()]
    .sort(
      ([, a], [, b]) => b.confidence - a.confidence || b.lift - a.lift || b.count - a.count || a.at - b.at,
    )
    .map(([item, { rule }]) => ({ item, rule }));
}
