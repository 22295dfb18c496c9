/**
 * Transaction encoding: item labels become dense integer ids and every transaction becomes a
 * sorted, duplicate-free run of ids in one flat array (compressed sparse rows). All mining works
 * on these integers; labels only come back when results are printed.
 */
import { Growable } from './growable.js';

export interface TransactionDb {
  /** Item labels, indexed by item id, exactly as they appeared in the input. */
  labels: string[];
  /** Transaction t holds items[offsets[t] .. offsets[t + 1]), ascending, without duplicates. */
  offsets: Uint32Array;
  items: Uint32Array;
  /** Number of transactions containing each item. */
  itemCounts: Uint32Array;
}

export function transactionCount(db: TransactionDb): number {
  return db.offsets.length - 1;
}

/** Sorts a run of ids in place and returns the length of its duplicate-free prefix. */
function sortUnique(run: Uint32Array): number {
  run.sort();
  let kept = 0;
  for (let i = 0; i < run.length; i++) {
    if (i === 0 || run[i] !== run[i - 1]) run[kept++] = run[i]!;
  }
  return kept;
}

/** Assigns item ids in order of first appearance. */
class ItemDictionary {
  readonly labels: string[] = [];
  private readonly ids = new Map<string, number>();

  id(label: string): number {
    let id = this.ids.get(label);
    if (id === undefined) {
      id = this.labels.length;
      this.ids.set(label, id);
      this.labels.push(label);
    }
    return id;
  }
}

function countItems(items: Uint32Array, itemTotal: number): Uint32Array {
  const counts = new Uint32Array(itemTotal);
  for (const item of items) counts[item]!++;
  return counts;
}

/**
 * Builds a TransactionDb from whole baskets (the `basket` file format): one call per transaction.
 * Empty labels are not items; a basket left empty is still a transaction, as in arules.
 */
export class BasketEncoder {
  private readonly dictionary = new ItemDictionary();
  private readonly offsets = new Growable(Uint32Array);
  private readonly items = new Growable(Uint32Array);
  private scratch = new Uint32Array(64);

  constructor() {
    this.offsets.push(0);
  }

  add(labels: readonly string[]): void {
    if (this.scratch.length < labels.length) this.scratch = new Uint32Array(labels.length * 2);
    let n = 0;
    for (const label of labels) if (label !== '') this.scratch[n++] = this.dictionary.id(label);
    const kept = sortUnique(this.scratch.subarray(0, n));
    for (let i = 0; i < kept; i++) this.items.push(this.scratch[i]!);
    this.offsets.push(this.items.length);
  }

  finish(): TransactionDb {
    const items = this.items.toArray();
    const labels = this.dictionary.labels;
    return { labels, offsets: this.offsets.toArray(), items, itemCounts: countItems(items, labels.length) };
  }
}

/**
 * Builds a TransactionDb from (transaction, item) pairs in any order (the `long` file format).
 * Transactions are numbered in order of first appearance; repeated pairs count once.
 */
export class PairEncoder {
  private readonly dictionary = new ItemDictionary();
  private readonly transactions = new Map<string, number>();
  private readonly pairTransaction = new Growable(Uint32Array);
  private readonly pairItem = new Growable(Uint32Array);

  add(transaction: string, label: string): void {
    let t = this.transactions.get(transaction);
    if (t === undefined) {
      t = this.transactions.size;
      this.transactions.set(transaction, t);
    }
    this.pairTransaction.push(t);
    this.pairItem.push(this.dictionary.id(label));
  }

  finish(): TransactionDb {
    const total = this.transactions.size;
    const pairs = this.pairTransaction.length;
    // Counting sort by transaction, then sort and dedupe each transaction's run.
    const starts = new Uint32Array(total + 1);
    for (let p = 0; p < pairs; p++) starts[this.pairTransaction.data[p]! + 1]!++;
    for (let t = 0; t < total; t++) starts[t + 1]! += starts[t]!;
    const grouped = new Uint32Array(pairs);
    const cursor = starts.slice(0, total);
    for (let p = 0; p < pairs; p++)
      grouped[cursor[this.pairTransaction.data[p]!]!++] = this.pairItem.data[p]!;
    const offsets = new Uint32Array(total + 1);
    let write = 0;
    for (let t = 0; t < total; t++) {
      const kept = sortUnique(grouped.subarray(starts[t], starts[t + 1]));
      grouped.copyWithin(write, starts[t]!, starts[t]! + kept);
      write += kept;
      offsets[t + 1] = write;
    }
    const items = grouped.slice(0, write);
    const labels = this.dictionary.labels;
    return { labels, offsets, items, itemCounts: countItems(items, labels.length) };
  }
}
