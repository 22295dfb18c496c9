import { randomFillSync } from 'node:crypto';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** 32 random bits at a time, from a pool refilled from the system's generator. */
export function cryptoBits(): () => number {
  const pool = new Uint32Array(4096);
  let next = pool.length;
  return () => {
    if (next === pool.length) {
      randomFillSync(pool);
      next = 0;
    }
    return pool[next++]!;
  };
}

const hex32 = (value: number) =>
  HEX[value >>> 24]! + HEX[(value >>> 16) & 0xff]! + HEX[(value >>> 8) & 0xff]! + HEX[value & 0xff]!;

/**
 * A UUIDv7 whose timestamp is the record's (past) creation time, so seeded ids sort like ids the app
 * makes (ids.ts can only stamp the present). The 74 random bits come from `bits`: crypto by default,
 * so seeding the same workspace twice adds records instead of colliding.
 */
export function uuidv7At(ms: number, bits: () => number): string {
  const high = Math.floor(ms / 0x10000); // top 32 of the 48 timestamp bits
  const low = ms % 0x10000;
  const a = bits();
  const b = bits();
  const c = bits();
  const versionAndRandA = 0x7000 | (a & 0x0fff);
  const variantAndRandB = 0x8000 | ((a >>> 16) & 0x3fff);
  return (
    `${hex32(high)}-${HEX[low >>> 8]!}${HEX[low & 0xff]!}-` +
    `${hex32(versionAndRandA).slice(4)}-${hex32(variantAndRandB).slice(4)}-` +
    `${hex32(b)}${hex32(c).slice(4)}`
  );
}
