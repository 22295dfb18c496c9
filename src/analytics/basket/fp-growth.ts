/**
 * Frequent itemset mining with FP-Growth (Han, Pei & Yin 2000). The result is every itemset whose
 * count reaches `minCount`, exactly the set the level-wise Apriori of Agrawal & Srikant (1994)
 * finds, with the same counts; FP-Growth just never generates candidates that cannot occur.
 */
import { FpTree, NONE } from './fp-tree.js';
import { ItemsetTrie } from './itemset-trie.js';
import { transactionCount, type TransactionDb } from './transactions.js';

export interface MiningOptions {
  /** An itemset is frequent when it occurs in at least this many transactions (≥ 1). */
  minCount: number;
  /** Longest itemset to find; Infinity for no limit. */
  maxLength: number;
  /** Stop with a MiningLimitError beyond this many itemsets, rather than exhaust memory. */
  maxItemsets: number;
}

export interface FrequentItemsets {
  trie: ItemsetTrie;
  /** Item id (index into TransactionDb.labels) of each rank. */
  rankToItem: Uint32Array;
  transactions: number;
}

export class MiningLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MiningLimitError';
  }
}

/** Frequent items ordered by descending count (ties by first appearance), as FP-Growth wants. */
function rankItems(db: TransactionDb, minCount: number): { rankToItem: Uint32Array; itemToRank: Int32Array } {
  const frequent: number[] = [];
  db.itemCounts.forEach((count, item) => {
    if (count >= minCount) frequent.push(item);
  });
  frequent.sort((a, b) => db.itemCounts[b]! - db.itemCounts[a]! || a - b);
  const itemToRank = new Int32Array(db.labels.length).fill(-1);
  frequent.forEach((item, rank) => (itemToRank[item] = rank));
  return { rankToItem: Uint32Array.from(frequent), itemToRank };
}

function buildInitialTree(db: TransactionDb, itemToRank: Int32Array, tree: FpTree): void {
  let longest = 0;
  for (let t = 0; t < transactionCount(db); t++)
    longest = Math.max(longest, db.offsets[t + 1]! - db.offsets[t]!);
  const path = new Int32Array(longest);
  for (let t = 0; t < transactionCount(db); t++) {
    let length = 0;
    for (let i = db.offsets[t]!; i < db.offsets[t + 1]!; i++) {
      const rank = itemToRank[db.items[i]!]!;
      if (rank >= 0) path[length++] = rank;
    }
    if (length > 0) tree.insert(path.subarray(0, length).sort(), length, 1);
  }
}

/** Mining state shared by the recursion: one reusable conditional tree per depth, scratch counts. */
class Miner {
  private readonly trees: FpTree[] = [];
  private readonly scratch: Float64Array;
  private readonly touched: Int32Array;
  private readonly path: Int32Array;

  constructor(
    readonly trie: ItemsetTrie,
    private readonly rankTotal: number,
    private readonly options: MiningOptions,
  ) {
    this.scratch = new Float64Array(rankTotal);
    this.touched = new Int32Array(rankTotal);
    this.path = new Int32Array(rankTotal);
  }

  tree(depth: number): FpTree {
    while (this.trees.length <= depth) this.trees.push(new FpTree(this.rankTotal));
    return this.trees[depth]!;
  }

  /** Records the frequent extensions of `node` (the items of `tree`), then mines each of them. */
  mine(depth: number, node: number): void {
    const tree = this.tree(depth);
    const ranks = tree.items.toArray().sort();
    const counts = Array.from(ranks, (rank) => tree.itemCount[rank]!);
    const first = this.trie.addChildren(node, ranks, counts);
    if (this.trie.size - 1 > this.options.maxItemsets) {
      throw new MiningLimitError(`more than ${this.options.maxItemsets} frequent itemsets`);
    }
    if (this.trie.depth.data[node]! + 1 >= this.options.maxLength) return;
    for (let i = 1; i < ranks.length; i++) {
      // ranks[0] has no smaller rank above it in the tree, so its conditional tree is empty.
      if (this.buildConditional(tree, ranks[i]!, this.tree(depth + 1))) this.mine(depth + 1, first + i);
    }
  }

  /** Builds into `target` the conditional FP-tree of `rank` in `source`; false when it is empty. */
  private buildConditional(source: FpTree, rank: number, target: FpTree): boolean {
    const { scratch, touched, path } = this;
    const { minCount } = this.options;
    let touchedCount = 0;
    for (let node = source.head[rank]!; node !== NONE; node = source.nodeLink.data[node]!) {
      const count = source.count.data[node]!;
      for (let up = source.parent.data[node]!; up > 0; up = source.parent.data[up]!) {
        const r = source.item.data[up]!;
        if (scratch[r] === 0) touched[touchedCount++] = r;
        scratch[r]! += count;
      }
    }
    target.clear();
    let anyFrequent = false;
    for (let i = 0; i < touchedCount; i++) anyFrequent ||= scratch[touched[i]!]! >= minCount;
    if (anyFrequent) {
      for (let node = source.head[rank]!; node !== NONE; node = source.nodeLink.data[node]!) {
        // Walking up yields descending ranks; fill the path from its end to insert it ascending.
        let length = 0;
        for (let up = source.parent.data[node]!; up > 0; up = source.parent.data[up]!) {
          if (scratch[source.item.data[up]!]! >= minCount) length++;
        }
        let at = length;
        for (let up = source.parent.data[node]!; up > 0; up = source.parent.data[up]!) {
          const r = source.item.data[up]!;
          if (scratch[r]! >= minCount) path[--at] = r;
        }
        if (length > 0) target.insert(path, length, source.count.data[node]!);
      }
    }
    for (let i = 0; i < touchedCount; i++) scratch[touched[i]!] = 0;
    return anyFrequent;
  }
}

/** Finds all frequent itemsets (of at most `maxLength` items) as a trie rooted at the empty set. */
export function mineFrequentItemsets(db: TransactionDb, options: MiningOptions): FrequentItemsets {
  if (!(options.minCount >= 1)) throw new RangeError('minCount must be at least 1');
  const { rankToItem, itemToRank } = rankItems(db, options.minCount);
  const trie = new ItemsetTrie(transactionCount(db));
  const miner = new Miner(trie, rankToItem.length, options);
  if (options.maxLength >= 1 && rankToItem.length > 0) {
    buildInitialTree(db, itemToRank, miner.tree(0));
    miner.mine(0, 0);
  }
  return { trie, rankToItem, transactions: transactionCount(db) };
}
