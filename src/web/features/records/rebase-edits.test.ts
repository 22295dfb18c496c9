import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rebaseEdits, sameValue } from './rebase-edits.js';

const opened = {
  firstName: 'José',
  jobTitle: 'Buyer',
  city: 'Porto',
  emails: [{ email: 'jose@example.com', primary: true }],
  custom: { segment: 'smb', value: { amount: 100, currency: 'EUR' } },
};

describe('rebaseEdits', () => {
  it("keeps the user's edits and takes the other person's changes to everything else", () => {
    const edited = {
      ...opened,
      jobTitle: 'Head of Sales',
      custom: { ...opened.custom, segment: 'enterprise' },
    };
    const theirs = {
      ...opened,
      jobTitle: 'CFO',
      city: 'Brno',
      custom: { ...opened.custom, value: { amount: 200, currency: 'CZK' } },
    };
    expect(rebaseEdits(opened, edited, theirs)).toEqual({
      ...opened,
      jobTitle: 'Head of Sales',
      city: 'Brno',
      custom: { segment: 'enterprise', value: { amount: 200, currency: 'CZK' } },
    });
  });

  it('treats lists as one value: an edited email list wins whole, an untouched one is theirs', () => {
    const edited = { ...opened, emails: [...opened.emails, { email: 'j@example.pt', primary: false }] };
    const theirs = { ...opened, emails: [{ email: 'new@example.com', primary: true }] };
    expect(rebaseEdits(opened, edited, theirs).emails).toEqual(edited.emails);
    expect(rebaseEdits(opened, opened, theirs).emails).toEqual(theirs.emails);
  });

  it('keeps a custom value the user removed removed, and one the other person added', () => {
    const edited = { ...opened, custom: { segment: 'smb' } };
    const theirs = { ...opened, custom: { ...opened.custom, region: 'north' } };
    expect(rebaseEdits(opened, edited, theirs).custom).toEqual({ segment: 'smb', region: 'north' });
  });

  const values = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }),
    ),
  })).value;
  const form = fc.record({
    name: values,
    city: values,
    custom: fc.dictionary(fc.constantFrom('x', 'y'), values),
  });

  it('changes nothing when nobody else saved, and takes theirs when the user changed nothing', () => {
    fc.assert(
      fc.property(form, form, (base, other) => {
        expect(sameValue(rebaseEdits(base, other, base), other)).toBe(true);
        expect(sameValue(rebaseEdits(base, base, other), other)).toBe(true);
      }),
    );
  });

  it('is stable: rebasing again onto the same record changes nothing', () => {
    fc.assert(
      fc.property(form, form, form, (base, edited, fresh) => {
        const once = rebaseEdits(base, edited, fresh);
        expect(sameValue(rebaseEdits(base, edited, once), once)).toBe(true);
      }),
    );
  });
});

describe('sameValue', () => {
  it('compares structure, not identity', () => {
    expect(sameValue({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue('', null)).toBe(false);
  });
});
