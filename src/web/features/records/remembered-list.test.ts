import { describe, expect, it } from 'vitest';
import { toQueryString } from '../../lib/api.js';
import { EARLY_LIST_QUERY } from '../../lib/early.js';
import { PAGE_SIZE } from './list-state.js';
import { isBare, rememberedPart } from './remembered-list.js';

describe('the remembered list', () => {
  it('keeps the view, filters, sort and columns, not the search text or the trash', () => {
    const filter = [{ field: 'country', op: 'eq', value: 'PL' }];
    expect(
      rememberedPart({ view: 'v1', q: 'anna', sort: '-createdAt', filter, columns: ['name'], trash: true }),
    ).toEqual({ view: 'v1', sort: '-createdAt', filter, columns: ['name'] });
  });

  it('is bare when nothing of the list is chosen', () => {
    expect(isBare(rememberedPart({ q: 'anna', trash: true }))).toBe(true);
    expect(isBare(rememberedPart({ sort: 'name' }))).toBe(false);
  });
});

describe('the early list request', () => {
  it('asks for the first page as the list does when nothing is searched, sorted or filtered', () => {
    expect(EARLY_LIST_QUERY).toBe(
      toQueryString({ q: undefined, sort: undefined, limit: PAGE_SIZE, deleted: undefined }),
    );
  });
});
