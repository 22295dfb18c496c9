import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyType } from '../modules/companies/companies.record.js';
import { personType } from '../modules/people/people.record.js';
import { mergeableFields, mergeValues } from './merge-values.js';
import type { StoredRecord } from './record-store.js';

const base = { version: 1, createdAt: '', updatedAt: '', deletedAt: null, ownerId: null };
const person = (values: Partial<StoredRecord>): StoredRecord => ({
  ...base,
  id: 'p',
  firstName: '',
  lastName: '',
  emails: [],
  phones: [],
  companyId: null,
  jobTitle: null,
  city: null,
  country: null,
  tags: [],
  custom: {},
  ...values,
});

describe('merge values', () => {
  it('keeps chosen values, fills empty ones from the other and unites lists', () => {
    const survivor = person({
      id: 'a',
      firstName: 'Jan',
      city: 'Žilina',
      tags: ['lead'],
      custom: { tier: 'gold' },
    });
    const other = person({
      id: 'b',
      firstName: 'Ján',
      jobTitle: 'CTO',
      city: 'Brno',
      tags: ['vip', 'lead'],
      custom: { fax: '1' },
    });
    const merged = mergeValues(personType, survivor, other, { firstName: 'other', 'custom.tier': 'other' }, [
      'tier',
      'fax',
    ]);
    expect(merged).toMatchObject({
      id: 'a',
      firstName: 'Ján',
      city: 'Žilina',
      jobTitle: 'CTO',
      tags: ['lead', 'vip'],
    });
    expect(merged.custom).toEqual({ fax: '1' });
    expect(mergeValues(personType, survivor, other, { tags: 'this' }, []).tags).toEqual(['lead']);
  });

  it('names the fields a merge can choose, derived ones left out', () => {
    const fields = mergeableFields(personType, ['tier']);
    expect(fields).toContain('custom.tier');
    expect(fields).toContain('emails');
    expect(fields).not.toContain('email');
    expect(mergeableFields(companyType, [])).toEqual([
      'name',
      'domain',
      'country',
      'industry',
      'annualRevenue',
      'language',
      'street',
      'city',
      'postalCode',
      'region',
      'vatId',
      'ownerId',
      'tags',
    ]);
  });

  it('keeps every tag of both records, each once, when tags are not chosen', () => {
    const tag = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(fc.uniqueArray(tag), fc.uniqueArray(tag), (mine, theirs) => {
        const merged = mergeValues(
          personType,
          person({ tags: mine }),
          person({ id: 'q', tags: theirs }),
          {},
          [],
        );
        expect(new Set(merged.tags)).toEqual(new Set([...mine, ...theirs]));
        expect(merged.tags.length).toBe(new Set([...mine, ...theirs]).size);
        expect(merged.tags.slice(0, mine.length)).toEqual(mine);
      }),
    );
  });
});
