/**
 * A seeded generator of realistic market baskets for the basket benchmark: item popularity follows
 * a Zipf law, basket sizes a shifted geometric law (many small baskets, a long tail), and a set of
 * "bundles" (items bought together, like pasta and sauce) gives the data real associations.
 * The same seed always writes the same file, byte for byte.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

export interface SyntheticOptions {
  transactions: number;
  items: number;
  bundles: number;
  seed: number;
}

/** mulberry32: a tiny, well-distributed 32-bit PRNG; deterministic across machines. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws item indices with probability ∝ 1 / (rank + 1)^exponent, by binary search on the CDF. */
function zipfSampler(items: number, exponent: number, random: () => number): () => number {
  const cdf = new Float64Array(items);
  let total = 0;
  for (let i = 0; i < items; i++) cdf[i] = total += 1 / Math.pow(i + 1, exponent);
  return () => {
    const u = random() * total;
    let low = 0;
    let high = items - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cdf[mid]! < u) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

const label = (i: number): string => `item ${String(i).padStart(4, '0')}`;

/** One basket: maybe one bundle (most of its items), plus independent Zipf draws. */
function basketMaker(options: SyntheticOptions): () => string {
  const random = mulberry32(options.seed);
  const zipf = zipfSampler(options.items, 1.1, random);
  const bundles = Array.from({ length: options.bundles }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => Math.floor(random() * options.items)),
  );
  const chosen = new Set<number>();
  return () => {
    chosen.clear();
    if (random() < 0.35) {
      const bundle = bundles[Math.floor(random() * bundles.length)]!;
      for (const item of bundle) if (random() < 0.8) chosen.add(item);
    }
    // Shifted geometric size with mean 4: P(size = k) = 0.25 × 0.75^(k-1), capped at 40.
    const size = Math.min(40, 1 + Math.floor(Math.log(1 - random()) / Math.log(0.75)));
    while (chosen.size < size) chosen.add(zipf());
    return [...chosen].map(label).join(',');
  };
}

/** Writes the baskets, one per line (the `basket` format), and returns the path. */
export async function writeSyntheticBaskets(path: string, options: SyntheticOptions): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  const next = basketMaker(options);
  let buffer: string[] = [];
  for (let t = 0; t < options.transactions; t++) {
    buffer.push(next());
    if (buffer.length === 10_000 || t === options.transactions - 1) {
      if (!out.write(`${buffer.join('\n')}\n`)) await once(out, 'drain');
      buffer = [];
    }
  }
  out.end();
  await finished(out);
  return path;
}
