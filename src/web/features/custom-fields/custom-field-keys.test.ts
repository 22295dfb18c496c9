import { describe, expect, it } from 'vitest';
import { choicesFromLabels, keyFromLabel } from './custom-field-keys.js';

describe('keyFromLabel', () => {
  it('makes a camelCase key that the API accepts', () => {
    expect(keyFromLabel('Lead source')).toBe('leadSource');
    expect(keyFromLabel('Zdroj příležitosti')).toBe('zdrojPrilezitosti');
    expect(keyFromLabel('Łódź office')).toBe('lodzOffice');
    expect(keyFromLabel('2nd contact')).toBe('ndContact');
  });

  it('gives nothing for a label without Latin letters, so the user types a key', () => {
    expect(keyFromLabel('Източник')).toBe('');
  });
});

describe('choicesFromLabels', () => {
  it('keeps labels as typed and makes unique values', () => {
    expect(choicesFromLabels(['Trade fair', 'Trade-fair'], [{ value: 'web', label: 'Web' }])).toEqual([
      { value: 'web', label: 'Web' },
      { value: 'tradeFair', label: 'Trade fair' },
      { value: 'tradeFair2', label: 'Trade-fair' },
    ]);
  });

  it('falls back to the label itself for non-Latin choices', () => {
    expect(choicesFromLabels(['Изложение'])).toEqual([{ value: 'Изложение', label: 'Изложение' }]);
  });
});
