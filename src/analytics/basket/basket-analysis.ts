/**
 * Market-basket analysis from an encoded transaction database to sorted, labelled rules:
 * the single entry point used by the CLI. Pure: no I/O.
 */
import { mineFrequentItemsets } from './fp-growth.js';
import { labelOrder, recommend, selectRules, type RuleContext, type RuleFilter } from './rule-query.js';
import { antecedentRanks, generateRules, ruleMetrics, singletonCounts } from './rules.js';
import { transactionCount, type TransactionDb } from './transactions.js';

export interface BasketQuery {
  /** Fraction of transactions in (0, 1]. */
  minSupport: number;
  /** In [0, 1]. */
  minConfidence: number;
  /** Fewest items in a rule, both sides together. */
  minLength: number;
  /** Most items in an itemset or rule; Infinity for no limit. */
  maxLength: number;
  /** Item labels; see RuleFilter. */
  include?: string[];
  exclude?: string[];
  antecedent?: string[];
  consequent?: string[];
  /** A basket to recommend for. */
  recommendFor?: string[];
  maxItemsets?: number;
  maxRules?: number;
}

export interface Rule {
  antecedent: string[];
  consequent: string[];
  support: number;
  confidence: number;
  lift: number;
  leverage: number;
  /** Infinity when the confidence is 1 (the rule never fails). */
  conviction: number;
  count: number;
}

export interface BasketAnalysis {
  transactions: number;
  items: number;
  /** The count threshold: ceil(transactions × minSupport). */
  minCount: number;
  /** Frequent itemsets of 1 to maxLength items. */
  frequentItemsets: number;
  /** Rules passing the thresholds and filters. */
  ruleCount: number;
  /** The i-th rule in order (lift, then support, descending), 0 ≤ i < ruleCount. */
  rule(i: number): Rule;
  /** Recommended items for `recommendFor`, best first, with the rule behind each. */
  recommendations: { item: string; rule: Rule }[];
}

/** An item named in a query that never occurs in the data (labels must match exactly). */
export class UnknownItemError extends Error {
  constructor(
    readonly item: string,
    readonly field: keyof BasketQuery,
  ) {
    super(`item "${item}" does not occur in the data`);
    this.name = 'UnknownItemError';
  }
}

/**
 * The smallest count c with c / n ≥ minSupport, i.e. ceil(n × minSupport) computed without the
 * floating-point surprise of 100 × 0.07 = 7.000000000000001 (which would make the threshold 8).
 */
export function minimumCount(transactions: number, minSupport: number): number {
  let count = Math.max(1, Math.ceil(transactions * minSupport));
  while (count > 1 && (count - 1) / transactions >= minSupport) count--;
  while (count / transactions < minSupport) count++;
  return count;
}

const DEFAULT_LIMIT = 20_000_000;

export function analyzeBaskets(db: TransactionDb, query: BasketQuery): BasketAnalysis {
  const transactions = transactionCount(db);
  const minCount = minimumCount(transactions, query.minSupport);
  const itemsets = mineFrequentItemsets(db, {
    minCount,
    maxLength: query.maxLength,
    maxItemsets: query.maxItemsets ?? DEFAULT_LIMIT,
  });
  const rules = generateRules(itemsets, {
    minConfidence: query.minConfidence,
    minLength: query.minLength,
    maxLength: query.maxLength,
    maxRules: query.maxRules ?? DEFAULT_LIMIT,
  });
  const rankLabels = Array.from(itemsets.rankToItem, (item) => db.labels[item]!);
  const context: RuleContext = {
    rules,
    singles: singletonCounts(itemsets),
    labelOrder: labelOrder(rankLabels),
  };
  const toRanks = itemRanks(db, itemsets.rankToItem);
  const filter: RuleFilter = {
    include: toRanks(query.include, 'include'),
    exclude: toRanks(query.exclude, 'exclude'),
    antecedent: toRanks(query.antecedent, 'antecedent'),
    consequent: toRanks(query.consequent, 'consequent'),
  };
  const order = selectRules(context, filter);
  const scratch = new Int32Array(
    Math.max(
      1,
      itemsets.trie.depth.data.reduce((a, b) => Math.max(a, b), 0),
    ),
  );
  const describe = (r: number): Rule => {
    const length = antecedentRanks(rules, r, scratch);
    const antecedent = Array.from(scratch.subarray(0, length), (rank) => rankLabels[rank]!);
    const metrics = ruleMetrics(rules, context.singles, r);
    return {
      antecedent: antecedent.sort(compareText),
      consequent: [rankLabels[rules.consequent[r]!]!],
      ...metrics,
    };
  };
  const recommendations = query.recommendFor
    ? recommend(context, order, toRanks(query.recommendFor, 'recommendFor')).map(({ item, rule }) => ({
        item: rankLabels[item]!,
        rule: describe(rule),
      }))
    : [];
  return {
    transactions,
    items: db.labels.length,
    minCount,
    frequentItemsets: itemsets.trie.size - 1,
    ruleCount: order.length,
    rule: (i) => describe(order[i]!),
    recommendations,
  };
}

/** Code-unit order, independent of the machine's locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Maps labels to ranks (-1 for an item too rare to be frequent); unknown labels are an error. */
function itemRanks(db: TransactionDb, rankToItem: Uint32Array) {
  const ids = new Map(db.labels.map((label, id) => [label, id]));
  const rankOf = new Int32Array(db.labels.length).fill(-1);
  rankToItem.forEach((item, rank) => (rankOf[item] = rank));
  return (labels: string[] | undefined, field: keyof BasketQuery): number[] =>
    (labels ?? []).map((label) => {
      const id = ids.get(label);
      if (id === undefined) throw new UnknownItemError(label, field);
      return rankOf[id]!;
    });
}
