import { defaultParseSearch, defaultStringifySearch } from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import { listSearchOf, listStateOf, parseListSearch, type ListState } from './list-state.js';

const DEFAULT_COLUMNS = ['name', 'email', 'companyId'];

/** A list's state through its address and back, as the router writes and reads it. */
function roundTrip(state: ListState): { address: string; state: ListState } {
  const address = defaultStringifySearch(listSearchOf(state, DEFAULT_COLUMNS));
  return { address, state: listStateOf(parseListSearch(defaultParseSearch(address)), DEFAULT_COLUMNS) };
}

describe('a list in its address', () => {
  it('keeps view, search, sort, filters, columns and the trash', () => {
    const state: ListState = {
      viewId: '0192f0c4-7a3b-7000-8000-000000000001',
      config: {
        columns: ['name', 'country', 'custom.tier'],
        sort: [
          { id: 'name', desc: false },
          { id: 'createdAt', desc: true },
        ],
        filter: [
          { field: 'country', op: 'eq', value: 'SK' },
          { field: 'jobTitle', op: 'contains', value: 'Head & "Sales", 50% / Košice' },
          { field: 'email', op: 'empty', value: 'true' },
        ],
        q: 'Ján Nováková?',
      },
      trash: true,
    };
    expect(roundTrip(state).state).toEqual(state);
  });

  it('leaves the defaults out, so an untouched list has a bare address', () => {
    const state: ListState = {
      viewId: null,
      config: { columns: DEFAULT_COLUMNS, sort: [], filter: [], q: '' },
      trash: false,
    };
    expect(roundTrip(state)).toEqual({ address: '', state });
  });

  it('drops what is not in the expected shape', () => {
    expect(
      parseListSearch({
        view: 42,
        q: '',
        sort: ['name'],
        filter: [{ field: 'country', op: 'eq', value: 'SK' }, { field: 'city' }, 'x', null],
        columns: 'name',
        trash: 'yes',
      }),
    ).toEqual({ filter: [{ field: 'country', op: 'eq', value: 'SK' }] });
    expect(parseListSearch({ filter: '{"field":1}', trash: 'true' })).toEqual({ trash: true });
  });

  it('reads a sort of field ids, descending ones after a minus', () => {
    expect(listStateOf({ sort: 'lastName,-updatedAt,,-' }, DEFAULT_COLUMNS).config.sort).toEqual([
      { id: 'lastName', desc: false },
      { id: 'updatedAt', desc: true },
    ]);
  });
});
