/**
 * A deliberately plain, independent implementation of the definitions — level-wise Apriori
 * (Agrawal & Srikant 1994) over label strings and transaction-id lists — used by the tests as an oracle
 * for the fast engine. It shares no code with it; do not use it for real data.
 */

export interface ReferenceItemset {
  items: string[];
  count: number;
}

export interface ReferenceRule {
  antecedent: string[];
  consequent: string;
  count: number;
  antecedentCount: number;
  consequentCount: number;
}

const key = (items: string[]): string => items.join('\u0000');

function tidsOf(transactions: Set<string>[], item: string): number[] {
  const tids: number[] = [];
  transactions.forEach((t, tid) => {
    if (t.has(item)) tids.push(tid);
  });
  return tids;
}

function intersect(a: number[], b: number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return out;
}

/** All itemsets whose count ≥ minCount and whose size ≤ maxLength, by Apriori candidate generation. */
export function referenceItemsets(
  raw: string[][],
  minCount: number,
  maxLength = Infinity,
): ReferenceItemset[] {
  const transactions = raw.map((t) => new Set(t.filter((label) => label !== '')));
  const universe = [...new Set(transactions.flatMap((t) => [...t]))].sort();
  let level = universe
    .map((item) => ({ items: [item], tids: tidsOf(transactions, item) }))
    .filter((c) => c.tids.length >= minCount);
  const result: ReferenceItemset[] = [];
  for (let size = 1; level.length > 0 && size <= maxLength; size++) {
    for (const c of level) result.push({ items: c.items, count: c.tids.length });
    const frequent = new Set(level.map((c) => key(c.items)));
    const next: typeof level = [];
    // Join itemsets sharing their first size-1 items, then prune by the Apriori property.
    const byPrefix = new Map<string, typeof level>();
    for (const c of level) {
      const prefix = key(c.items.slice(0, -1));
      const group = byPrefix.get(prefix);
      if (group) group.push(c);
      else byPrefix.set(prefix, [c]);
    }
    for (const group of byPrefix.values()) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i]!;
          const b = group[j]!;
          const items = [...a.items, b.items.at(-1)!].sort();
          const allSubsetsFrequent = items.every((_, k) =>
            frequent.has(key(items.filter((__, m) => m !== k))),
          );
          if (!allSubsetsFrequent) continue;
          const tids = intersect(a.tids, b.tids);
          if (tids.length >= minCount) next.push({ items, tids });
        }
      }
    }
    level = next;
  }
  return result;
}

/** Every rule X ⇒ {y} with |X| ≥ 1, X ∪ {y} frequent, length ≥ minLength and confidence ≥ minConfidence. */
export function referenceRules(
  itemsets: ReferenceItemset[],
  minConfidence: number,
  minLength = 2,
): ReferenceRule[] {
  const counts = new Map(itemsets.map((s) => [key(s.items), s.count]));
  const rules: ReferenceRule[] = [];
  for (const { items, count } of itemsets) {
    if (items.length < Math.max(2, minLength)) continue;
    for (const consequent of items) {
      const antecedent = items.filter((item) => item !== consequent);
      const antecedentCount = counts.get(key(antecedent))!;
      if (count / antecedentCount < minConfidence) continue;
      rules.push({
        antecedent,
        consequent,
        count,
        antecedentCount,
        consequentCount: counts.get(consequent)!,
      });
    }
  }
  return rules;
}

/**
 * Every non-empty subset of the frequent single items, counted by scanning all transactions:
 * exponential, for tiny inputs. (A set holding an infrequent item can never be frequent.)
 */
export function bruteForceItemsets(
  raw: string[][],
  minCount: number,
  maxLength = Infinity,
): ReferenceItemset[] {
  const transactions = raw.map((t) => new Set(t.filter((label) => label !== '')));
  const occurring = [...new Set(transactions.flatMap((t) => [...t]))].sort();
  const universe = occurring.filter((item) => transactions.filter((t) => t.has(item)).length >= minCount);
  if (universe.length > 16) throw new RangeError('brute force is for at most 16 items');
  const result: ReferenceItemset[] = [];
  for (let mask = 1; mask < 1 << universe.length; mask++) {
    const items = universe.filter((_, i) => (mask & (1 << i)) !== 0);
    if (items.length > maxLength) continue;
    const count = transactions.filter((t) => items.every((item) => t.has(item))).length;
    if (count >= minCount) result.push({ items, count });
  }
  return result;
}
