/**
 * The FP-tree of Han, Pei & Yin (2000) in flat typed arrays. Items are global frequency ranks
 * (0 = most frequent), and every path from the root lists ranks in ascending order, so the
 * prefix paths of a node are exactly the conditional pattern base of its item.
 *
 * One tree object per recursion depth is reused for every conditional tree built at that depth:
 * `clear()` only resets what was touched, so mining allocates almost nothing in its hot loop.
 */
import { Growable } from './growable.js';

const NONE = -1;

export class FpTree {
  /** Node 0 is the root. */
  readonly item = new Growable(Int32Array);
  readonly count = new Growable(Float64Array);
  readonly parent = new Growable(Int32Array);
  private readonly firstChild = new Growable(Int32Array);
  private readonly nextSibling = new Growable(Int32Array);
  /** Next node holding the same item (the "node-link" of the paper). */
  readonly nodeLink = new Growable(Int32Array);
  /** First node and total count of each item, indexed by rank; valid for the ranks in `items`. */
  readonly head: Int32Array;
  readonly itemCount: Float64Array;
  /** The ranks present in this tree, in order of first insertion. */
  readonly items = new Growable(Int32Array);

  constructor(rankTotal: number) {
    this.head = new Int32Array(rankTotal).fill(NONE);
    this.itemCount = new Float64Array(rankTotal);
    this.clear();
  }

  clear(): void {
    for (let i = 0; i < this.items.length; i++) {
      const rank = this.items.data[i]!;
      this.head[rank] = NONE;
      this.itemCount[rank] = 0;
    }
    this.items.length = 0;
    for (const array of [this.item, this.parent, this.firstChild, this.nextSibling, this.nodeLink]) {
      array.length = 0;
    }
    this.count.length = 0;
    this.addNode(NONE, NONE, 0);
  }

  get size(): number {
    return this.item.length;
  }

  private addNode(rank: number, parent: number, count: number): number {
    const node = this.item.push(rank);
    this.count.push(count);
    this.parent.push(parent);
    this.firstChild.push(NONE);
    this.nextSibling.push(NONE);
    this.nodeLink.push(NONE);
    if (parent !== NONE) {
      this.nextSibling.data[node] = this.firstChild.data[parent]!;
      this.firstChild.data[parent] = node;
      if (this.head[rank] === NONE) this.items.push(rank);
      this.nodeLink.data[node] = this.head[rank]!;
      this.head[rank] = node;
    }
    return node;
  }

  /** Adds a path of strictly ascending ranks, `ranks[0..length)`, with a multiplicity. */
  insert(ranks: Int32Array, length: number, count: number): void {
    let node = 0;
    for (let i = 0; i < length; i++) {
      const rank = ranks[i]!;
      let child = this.firstChild.data[node]!;
      while (child !== NONE && this.item.data[child] !== rank) child = this.nextSibling.data[child]!;
      if (child === NONE) child = this.addNode(rank, node, 0);
      this.count.data[child]! += count;
      this.itemCount[rank]! += count;
      node = child;
    }
  }
}

export { NONE };
