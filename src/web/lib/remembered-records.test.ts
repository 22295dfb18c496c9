import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { putFirst, renamed, toggle, type RememberedRecord } from './remembered-records.js';

const record = (id: string, title = id): RememberedRecord => ({ entity: 'person', id, title });

describe('recently viewed records', () => {
  it('puts the viewed record first, once, and keeps at most the limit', () => {
    const list = [record('a'), record('b'), record('c')];
    expect(putFirst(list, record('b'), 3).map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(putFirst(list, record('d'), 3).map((r) => r.id)).toEqual(['d', 'a', 'b']);
  });

  it('never holds a record twice nor more than the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e')),
        fc.integer({ min: 1, max: 4 }),
        (ids, limit) => {
          const list = ids.reduce<RememberedRecord[]>((acc, id) => putFirst(acc, record(id), limit), []);
          expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
          expect(list.length).toBeLessThanOrEqual(limit);
          if (ids.length) expect(list[0]!.id).toBe(ids[ids.length - 1]);
        },
      ),
    );
  });
});

describe('favourites', () => {
  it('adds a record at the end and removes it on the second toggle', () => {
    const once = toggle([record('a')], record('b'));
    expect(once.map((r) => r.id)).toEqual(['a', 'b']);
    expect(toggle(once, record('b')).map((r) => r.id)).toEqual(['a']);
  });

  it('brings a renamed record up to date in place', () => {
    const list = renamed([record('a'), record('b')], record('a', 'Ana'));
    expect(list).toEqual([record('a', 'Ana'), record('b')]);
  });
});
