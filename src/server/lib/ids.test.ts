import { describe, expect, it } from 'vitest';
import { uuidv7 } from './ids.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('writes version 7 and the RFC 9562 variant, with the time in the first 48 bits', () => {
    const now = Date.UTC(2026, 10, 24, 12, 0, 0);
    const id = uuidv7(now + 1000);
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(now + 1000);
  });

  it('gives increasing, distinct ids in one millisecond, across many refills of its random bits', () => {
    const now = Date.now() + 60_000;
    const ids = Array.from({ length: 3000 }, () => uuidv7(now));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    // The random tails differ too: no two ids share their last 62 bits.
    expect(new Set(ids.map((id) => id.slice(19))).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V7);
  });
});
