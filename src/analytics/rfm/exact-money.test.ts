import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMicros, microsToCents, multiplyToMicros, parseExactDecimal, toMicros } from './exact-money.js';

const micros = (text: string): bigint => {
  const value = parseExactDecimal(text);
  if (!value) throw new Error(`not a decimal: ${text}`);
  return toMicros(value);
};

describe('parseExactDecimal', () => {
  it('reads plain, signed, fractional and scientific decimals', () => {
    expect(micros('12')).toBe(12_000_000n);
    expect(micros('-0.5')).toBe(-500_000n);
    expect(micros('+2.55')).toBe(2_550_000n);
    expect(micros('.25')).toBe(250_000n);
    expect(micros('3.')).toBe(3_000_000n);
    expect(micros('1.5e3')).toBe(1_500_000_000n);
    expect(micros('25E-2')).toBe(250_000n);
    expect(micros(' 7 ')).toBe(7_000_000n);
  });

  it('rejects what is not a decimal number', () => {
    for (const text of ['', '.', '-', 'abc', '1,5', '1.2.3', '0x10', '1e', '1e999', 'NaN', 'Infinity']) {
      expect(parseExactDecimal(text), text).toBeUndefined();
    }
  });
});

describe('toMicros', () => {
  it('rounds half away from zero below the sixth decimal', () => {
    expect(micros('0.0000004')).toBe(0n);
    expect(micros('0.0000005')).toBe(1n);
    expect(micros('-0.0000005')).toBe(-1n);
    expect(micros('1.2345674999')).toBe(1_234_567n);
  });
});

describe('multiplyToMicros', () => {
  it('multiplies exactly', () => {
    const times = (a: string, b: string): bigint =>
      multiplyToMicros(parseExactDecimal(a)!, parseExactDecimal(b)!);
    expect(times('3', '0.001')).toBe(3_000n);
    expect(times('12', '2.55')).toBe(30_600_000n);
    expect(times('-2', '1.25')).toBe(-2_500_000n);
    expect(times('0.1', '0.2')).toBe(20_000n);
  });
});

describe('formatMicros', () => {
  it('prints a fixed number of decimals, rounding half away from zero', () => {
    expect(formatMicros(8_911_407_904_000n)).toBe('8911407.90');
    expect(formatMicros(5_000n)).toBe('0.01');
    expect(formatMicros(4_999n)).toBe('0.00');
    expect(formatMicros(-5_000n)).toBe('-0.01');
    expect(formatMicros(-1_234_567n, 3)).toBe('-1.235');
    expect(formatMicros(42_000_000n, 0)).toBe('42');
    expect(microsToCents(8_911_407_904_000n)).toBe(8911407.9);
  });

  it('sums of cent amounts stay exact where floats drift', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { maxLength: 200 }),
        (cents) => {
          const texts = cents.map(
            (c) =>
              `${c < 0 ? '-' : ''}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, '0')}`,
          );
          const total = texts.reduce((sum, text) => sum + micros(text), 0n);
          const expected = cents.reduce((sum, c) => sum + c, 0);
          expect(total).toBe(BigInt(expected) * 10_000n);
          expect(micros(formatMicros(total))).toBe(total);
        },
      ),
    );
  });
});
