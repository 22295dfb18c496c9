/**
 * All frequent itemsets in one prefix tree of typed arrays. A node is an itemset; its path from
 * the root lists the item ranks in strictly descending order, which is the order in which
 * FP-Growth extends a suffix. The children of a node are stored contiguously, sorted by rank, so
 * the count of any frequent itemset (needed for rule confidence) is found by binary search along
 * its path without building string keys.
 */
import { Growable } from './growable.js';

export class ItemsetTrie {
  readonly rank = new Growable(Int32Array);
  readonly count = new Growable(Float64Array);
  readonly parent = new Growable(Int32Array);
  readonly depth = new Growable(Int32Array);
  readonly firstChild = new Growable(Int32Array);
  readonly childCount = new Growable(Int32Array);

  constructor(transactions: number) {
    this.addNode(-1, transactions, -1, 0); // the root: the empty itemset, in every transaction
  }

  get size(): number {
    return this.rank.length;
  }

  private addNode(rank: number, count: number, parent: number, depth: number): number {
    const node = this.rank.push(rank);
    this.count.push(count);
    this.parent.push(parent);
    this.depth.push(depth);
    this.firstChild.push(-1);
    this.childCount.push(0);
    return node;
  }

  /**
   * Attaches the frequent one-item extensions of `node`; `ranks` must be ascending and every rank
   * below the node's own. Returns the index of the first child; the others follow it.
   */
  addChildren(node: number, ranks: ArrayLike<number>, counts: ArrayLike<number>): number {
    const first = this.size;
    const depth = this.depth.data[node]! + 1;
    for (let i = 0; i < ranks.length; i++) this.addNode(ranks[i]!, counts[i]!, node, depth);
    this.firstChild.data[node] = first;
    this.childCount.data[node] = ranks.length;
    return first;
  }

  /** The child of `node` holding `rank`, or -1. */
  child(node: number, rank: number): number {
    let low = this.firstChild.data[node]!;
    let high = low + this.childCount.data[node]! - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const found = this.rank.data[mid]!;
      if (found === rank) return mid;
      if (found < rank) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  /** Writes the ranks of `node`'s itemset into `out` in root-to-node (descending) order. */
  path(node: number, out: Int32Array): number {
    const length = this.depth.data[node]!;
    for (let i = length - 1; i >= 0; i--) {
      out[i] = this.rank.data[node]!;
      node = this.parent.data[node]!;
    }
    return length;
  }

  /**
   * The node of the itemset made of `start`'s itemset plus `ranks[from..to)` (descending, all below
   * `start`'s last rank), or -1 when that itemset is not frequent.
   */
  descend(start: number, ranks: Int32Array, from: number, to: number): number {
    let node = start;
    for (let i = from; i < to && node !== -1; i++) node = this.child(node, ranks[i]!);
    return node;
  }
}
