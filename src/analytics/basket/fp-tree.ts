/**
 * The FP-tree of Han, Pei & Yin (2000) in flat typed arrays. Items are global frequency ranks
 * (0 = most frequent), and every path from the root lists ranks in ascending order, so the
 * prefix paths of a node are exactly the conditional pattern base of its item.
 *
 * One tree object per recursion depth is reused for every conditional tree built at that depth:
 * `clear()` only resets what was touched, so mining allocates almost nothing in its hot loop.
 *
 * Children are found through an open-addressing hash table keyed by (parent, rank): with
 * thousands of items a node can have thousands of children, and scanning sibling lists made
 * building the tree of a million baskets quadratic in practice.
 */
import { Growable } from './growable.js';

const NONE = -1;

export class FpTree {
  /** Node 0 is the root. */
  readonly item = new Growable(Int32Array);
  readonly count = new Growable(Float64Array);
  readonly parent = new Growable(Int32Array);
  /** Hash slots: parent and rank of the key, the child node; a slot is live when its stamp is current. */
  private slotParent = new Int32Array(1024);
  private slotRank = new Int32Array(1024);
  private slotChild = new Int32Array(1024);
  private slotStamp = new Uint32Array(1024);
  /** Bumped by clear(), which empties the table without touching it. */
  private stamp = 0;
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
    for (const array of [this.item, this.parent, this.nodeLink]) array.length = 0;
    this.count.length = 0;
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.slotStamp.fill(0);
      this.stamp = 1;
    }
    this.addNode(NONE, NONE, 0);
  }

  get size(): number {
    return this.item.length;
  }

  private addNode(rank: number, parent: number, count: number): number {
    const node = this.item.push(rank);
    this.count.push(count);
    this.parent.push(parent);
    this.nodeLink.push(NONE);
    if (parent !== NONE) {
      if (this.head[rank] === NONE) this.items.push(rank);
      this.nodeLink.data[node] = this.head[rank]!;
      this.head[rank] = node;
    }
    return node;
  }

  private slotOf(parent: number, rank: number): number {
    const mask = this.slotStamp.length - 1;
    let slot = (Math.imul(parent, 0x9e3779b1) ^ Math.imul(rank + 1, 0x85ebca6b)) & mask;
    while (
      this.slotStamp[slot] === this.stamp &&
      (this.slotParent[slot] !== parent || this.slotRank[slot] !== rank)
    ) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Doubles the table when it is half full, so probes stay short. */
  private growTable(): void {
    const old = {
      parent: this.slotParent,
      rank: this.slotRank,
      child: this.slotChild,
      stamp: this.slotStamp,
    };
    const size = old.stamp.length * 2;
    this.slotParent = new Int32Array(size);
    this.slotRank = new Int32Array(size);
    this.slotChild = new Int32Array(size);
    this.slotStamp = new Uint32Array(size);
    for (let i = 0; i < old.stamp.length; i++) {
      if (old.stamp[i] !== this.stamp) continue;
      const slot = this.slotOf(old.parent[i]!, old.rank[i]!);
      this.slotParent[slot] = old.parent[i]!;
      this.slotRank[slot] = old.rank[i]!;
      this.slotChild[slot] = old.child[i]!;
      this.slotStamp[slot] = this.stamp;
    }
  }

  private childOf(parent: number, rank: number): number {
    let slot = this.slotOf(parent, rank);
    if (this.slotStamp[slot] === this.stamp) return this.slotChild[slot]!;
    if (this.size * 2 >= this.slotStamp.length) {
      this.growTable();
      slot = this.slotOf(parent, rank);
    }
    const child = this.addNode(rank, parent, 0);
    this.slotParent[slot] = parent;
    this.slotRank[slot] = rank;
    this.slotChild[slot] = child;
    this.slotStamp[slot] = this.stamp;
    return child;
  }

  /** Adds a path of strictly ascending ranks, `ranks[0..length)`, with a multiplicity. */
  insert(ranks: Int32Array, length: number, count: number): void {
    let node = 0;
    for (let i = 0; i < length; i++) {
      const rank = ranks[i]!;
      const child = this.childOf(node, rank);
      this.count.data[child]! += count;
      this.itemCount[rank]! += count;
      node = child;
    }
  }
}

export { NONE };
