import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeEmails, normalizePhones } from './person-values.js';

describe('normalizeEmails', () => {
  it('makes the first address primary when none is marked', () => {
    expect(normalizeEmails([{ email: 'a@x.sk' }, { email: 'b@x.sk', label: 'work' }])).toEqual([
      { email: 'a@x.sk', label: null, primary: true },
      { email: 'b@x.sk', label: 'work', primary: false },
    ]);
  });

  it('keeps the first marked primary and merges duplicates', () => {
    const emails = normalizeEmails([
      { email: 'a@x.sk', label: 'home' },
      { email: 'b@x.sk', primary: true },
      { email: 'a@x.sk', primary: true },
      { email: 'c@x.sk', primary: true },
    ]);
    expect(emails).toEqual([
      { email: 'a@x.sk', label: 'home', primary: true },
      { email: 'b@x.sk', label: null, primary: false },
      { email: 'c@x.sk', label: null, primary: false },
    ]);
  });

  it('always yields unique addresses with exactly one primary', () => {
    const entry = fc.record({
      email: fc.constantFrom('a@x.sk', 'b@x.sk', 'c@x.sk', 'd@x.sk'),
      primary: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 10 }), (input) => {
        const emails = normalizeEmails(input);
        expect(emails.filter((e) => e.primary)).toHaveLength(1);
        expect(new Set(emails.map((e) => e.email)).size).toBe(emails.length);
        expect(new Set(emails.map((e) => e.email))).toEqual(new Set(input.map((e) => e.email)));
      }),
    );
  });

  it('returns nothing for no addresses', () => {
    expect(normalizeEmails([])).toEqual([]);
  });
});

describe('normalizePhones', () => {
  it('drops the same number written differently', () => {
    expect(
      normalizePhones([
        { number: '+421 905 123 456', label: 'mobile' },
        { number: '+421905123456' },
        { number: '02/123 45' },
      ]),
    ).toEqual([
      { number: '+421 905 123 456', label: 'mobile' },
      { number: '02/123 45', label: null },
    ]);
  });
});
