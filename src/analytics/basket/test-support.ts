/** Helpers shared by the basket tests: turn engine results into plain, comparable values. */
import type { FrequentItemsets } from './fp-growth.js';
import type { ReferenceItemset, ReferenceRule } from './reference-apriori.js';
import { BasketEncoder, type TransactionDb } from './transactions.js';

export function encode(transactions: string[][]): TransactionDb {
  const encoder = new BasketEncoder();
  for (const t of transactions) encoder.add(t);
  return encoder.finish();
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** "a|b|c:count" lines, sorted: a canonical text for comparing itemset collections. */
export function itemsetLines(sets: ReferenceItemset[]): string[] {
  return sets.map((s) => `${[...s.items].sort(byText).join('|')}:${s.count}`).sort(byText);
}

export function ruleLines(rules: ReferenceRule[]): string[] {
  return rules
    .map(
      (r) => `${[...r.antecedent].sort(byText).join('|')}=>${r.consequent}:${r.count}/${r.antecedentCount}`,
    )
    .sort(byText);
}

/** Reads every itemset out of the engine's trie, with labels. */
export function engineItemsets(db: TransactionDb, mined: FrequentItemsets): ReferenceItemset[] {
  const { trie } = mined;
  const path = new Int32Array(64);
  const out: ReferenceItemset[] = [];
  for (let node = 1; node < trie.size; node++) {
    const length = trie.path(node, path);
    const items = Array.from(path.subarray(0, length), (rank) => db.labels[mined.rankToItem[rank]!]!);
    out.push({ items, count: trie.count.data[node]! });
  }
  return out;
}
