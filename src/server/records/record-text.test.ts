import { describe, expect, it } from 'vitest';
import { productType } from '../modules/products/products.record.js';
import { personType } from '../modules/people/people.record.js';
import { formatCell, parseCell, recordColumns } from './record-text.js';

describe('records as text', () => {
  it('lists contacts as their values and other json fields as JSON text, both ways', () => {
    const emails = recordColumns(personType, []).find((column) => column.name === 'emails')!;
    expect(emails).toMatchObject({ kind: 'contacts', entryKey: 'email' });
    expect(formatCell(emails, [{ email: 'a@example.com' }, { email: 'b@example.com' }])).toBe(
      'a@example.com; b@example.com',
    );
    const names = recordColumns(productType, []).find((column) => column.name === 'names')!;
    expect(names.kind).toBe('json');
    const value = { bg: 'Сирене', pl: 'Ser' };
    const cell = formatCell(names, value);
    expect(parseCell(names, cell)).toEqual({ ok: true, value });
    expect(parseCell(names, '{bg: Сирене')).toEqual({
      ok: false,
      message: 'must be JSON, as an export writes it',
    });
    expect(parseCell(names, '')).toEqual({ ok: true, value: null });
  });
});
