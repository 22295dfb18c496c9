/**
 * A seeded synthetic transaction log for the RFM and cohort benchmarks: the same bytes on every
 * machine, shaped like a retail invoice-line file (a few heavy buyers, many one-off buyers,
 * multi-line invoices, cancellations and lines without a customer) so that the filters, the
 * invoice sets and the tie-heavy scoring all get exercised.
 */
import { createWriteStream, existsSync, renameSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';

export const SYNTHETIC_HEADER = 'invoice,customer,date,quantity,price';

/** mulberry32: tiny, fast and good enough to shuffle benchmark data reproducibly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY_MS = 86_400_000;
const START_DAY = Date.UTC(2023, 0, 1) / DAY_MS;
const DAYS = 730;

export interface SyntheticOptions {
  readonly rows: number;
  readonly customers: number;
  readonly seed: number;
}

/** Writes the log to `path` unless it is already there (the content depends only on the options). */
export async function writeSyntheticLog(path: string, options: SyntheticOptions): Promise<void> {
  if (existsSync(path)) return;
  await mkdir(dirname(path), { recursive: true });
  const next = random(options.seed);
  // Catalogue prices in cents, 0.29 to 99.99, skewed to cheap items like a gift shop's.
  const prices = Array.from({ length: 2_000 }, () => 29 + Math.floor(next() ** 3 * 9_970));
  // Each customer starts on some day; the cube skews purchase volume towards a few customers.
  const firstDay = Array.from({ length: options.customers }, () => Math.floor(next() * DAYS));
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  out.write(`${SYNTHETIC_HEADER}\n`);
  let rows = 0;
  for (let invoice = 1; rows < options.rows; invoice += 1) {
    const customerIndex = Math.floor(next() ** 3 * options.customers);
    const start = firstDay[customerIndex] ?? 0;
    const day = START_DAY + start + Math.floor(next() * (DAYS - start));
    const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    // About 5% of invoices have no customer (walk-in sales) and 2% are cancellations.
    const customer = next() < 0.05 ? '' : String(10_000 + customerIndex);
    const cancelled = next() < 0.02;
    const lines = 1 + Math.floor(next() * 8);
    let chunk = '';
    for (let line = 0; line < lines && rows < options.rows; line += 1, rows += 1) {
      const quantity = (1 + Math.floor(next() * 24)) * (cancelled ? -1 : 1);
      const cents = prices[Math.floor(next() * prices.length)] ?? 100;
      const price = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
      chunk += `${cancelled ? 'C' : ''}${invoice},${customer},${date},${quantity},${price}\n`;
    }
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await finished(out);
  // Written under a temporary name so that an interrupted run never leaves a truncated log behind.
  renameSync(partial, path);
}
