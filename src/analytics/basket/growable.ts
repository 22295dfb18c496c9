/**
 * Append-only typed arrays that double their capacity. The miner stores millions of tree nodes,
 * itemsets and rules; plain JS arrays of objects would cost several times the memory and GC time.
 */
type IntArray = Int32Array | Uint32Array | Float64Array;
type IntArrayConstructor<T extends IntArray> = new (length: number) => T;

export class Growable<T extends IntArray> {
  data: T;
  length = 0;

  constructor(
    private readonly kind: IntArrayConstructor<T>,
    capacity = 1024,
  ) {
    this.data = new kind(Math.max(16, capacity));
  }

  push(value: number): number {
    if (this.length === this.data.length) this.reserve(this.length + 1);
    this.data[this.length] = value;
    return this.length++;
  }

  /** Makes room for at least `capacity` values, keeping the current ones. */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new this.kind(Math.max(capacity, this.data.length * 2));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  /** Grows the array to `length`, filling new slots with `fill`. */
  resize(length: number, fill = 0): void {
    this.reserve(length);
    if (length > this.length) this.data.fill(fill, this.length, length);
    this.length = length;
  }

  /** A compact copy of the values (drops the spare capacity). */
  toArray(): T {
    return this.data.slice(0, this.length) as T;
  }
}
