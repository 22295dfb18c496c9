import { randomBytes, randomFillSync, createHash } from 'node:crypto';

let lastMs = 0;
let sequence = 0;

/**
 * Random bits for ids, drawn 4 KiB at a time (as crypto.randomUUID does): one call per id cost a
 * tenth of a bulk import's time. Ids are not secrets; tokens below draw their own bytes.
 */
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;
const bytes = Buffer.alloc(16);

/**
 * UUIDv7 (RFC 9562): 48-bit millisecond timestamp, then random bits. A 12-bit sequence in `rand_a`
 * keeps ids generated in the same millisecond increasing, so ids sort in creation order and serve as
 * pagination cursors.
 */
export function uuidv7(now = Date.now()): string {
  if (now <= lastMs) {
    sequence++;
    if (sequence > 0xfff) {
      lastMs++;
      sequence = 0;
    }
  } else {
    lastMs = now;
    sequence = 0;
  }
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  pool.copy(bytes, 0, poolOffset, poolOffset + 16);
  poolOffset += 16;
  const ms = lastMs;
  bytes[0] = Math.floor(ms / 2 ** 40) & 0xff;
  bytes[1] = Math.floor(ms / 2 ** 32) & 0xff;
  bytes[2] = (ms >>> 24) & 0xff;
  bytes[3] = (ms >>> 16) & 0xff;
  bytes[4] = (ms >>> 8) & 0xff;
  bytes[5] = ms & 0xff;
  bytes[6] = 0x70 | ((sequence >>> 8) & 0x0f);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A random URL-safe secret (session tokens, invitation tokens, API keys). */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** Secrets with 256 bits of entropy need no slow hash; SHA-256 lets us look them up by hash. */
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export const nowIso = () => new Date().toISOString();
