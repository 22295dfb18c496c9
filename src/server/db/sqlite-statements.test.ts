import SQLite from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statements.js';

describe('SQLite statements kept prepared, rows built from arrays', () => {
  let plain: SQLite.Database;
  let cached: ReturnType<typeof withStatementCache>;

  beforeEach(() => {
    plain = new SQLite(':memory:');
    cached = withStatementCache(plain);
    plain.exec(`create table pets (id integer primary key, name text not null, born text, weight real,
      photo blob, tags text not null default '[]')`);
  });
  afterEach(() => plain.close());

  const asPlain = (sql: string, parameters: unknown[] = []) => plain.prepare(sql).all(parameters);
  const asCached = (sql: string, parameters: unknown[] = []) => cached.prepare(sql).all(parameters);

  it('gives the rows better-sqlite3 gives: keys, their order, values and types', () => {
    cached
      .prepare('insert into pets (name, born, weight, photo) values (?, ?, ?, ?)')
      .run(['Rex', '2020-01-02', 12.5, Buffer.from([1, 2, 3])]);
    cached.prepare('insert into pets (name) values (?)').run(['Łajka']);
    for (const query of [
      'select * from pets order by id',
      'select *, name as sort_0 from pets order by id',
      'select name, id, name from pets order by id',
      'select 1 as a, 2 as b, 3 as a',
      'select count(*) as n, sum(weight) from pets',
      'select * from pets where id = -1',
    ]) {
      const expected = asPlain(query);
      const actual = asCached(query);
      expect(actual).toEqual(expected);
      expect(actual.map((row) => Object.keys(row as object))).toEqual(
        expected.map((row) => Object.keys(row as object)),
      );
      expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    }
  });

  it('answers every later run of a statement with its own parameters', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 20 }), (names) => {
        plain.exec('delete from pets');
        for (const name of names) cached.prepare('insert into pets (name) values (?)').run([name]);
        expect(asCached('select id, name from pets where name >= ? order by id', [''])).toEqual(
          asPlain('select id, name from pets where name >= ? order by id', ['']),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('prepares a statement once', () => {
    expect(cached.prepare('select * from pets')).toBe(cached.prepare('select * from pets'));
  });

  it('returns what `returning` gives, once, and runs writes once', () => {
    const inserted = asCached(`insert into pets (name) values ('Azor') returning id, name`);
    expect(inserted).toEqual([{ id: 1, name: 'Azor' }]);
    expect(cached.prepare(`update pets set name = 'Burek'`).run([])).toMatchObject({ changes: 1 });
    expect(asPlain('select count(*) as n from pets')).toEqual([{ n: 1 }]);
  });

  it('follows a table whose columns change', () => {
    cached.prepare(`insert into pets (name) values ('Rex')`).run([]);
    expect(Object.keys(asCached('select * from pets')[0] as object)).not.toContain('owner');
    cached.prepare('alter table pets add column owner text').run([]);
    expect(asCached('select * from pets')).toEqual(asPlain('select * from pets'));
    expect(Object.keys(asCached('select * from pets')[0] as object)).toContain('owner');
    // Changed behind the cache's back: SQLite re-prepares the statement, and the rows follow.
    plain.exec('alter table pets add column colour text');
    expect(asCached('select * from pets')).toEqual(asPlain('select * from pets'));
  });

  it('reads a cursor while the same query runs again', () => {
    for (const name of ['a', 'b', 'c']) cached.prepare('insert into pets (name) values (?)').run([name]);
    const seen: unknown[] = [];
    for (const row of cached.prepare('select name from pets order by id').iterate([])) {
      seen.push(row);
      expect(asCached('select name from pets order by id')).toHaveLength(3);
    }
    expect(seen).toEqual([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
  });

  it('never lets a column name become code or a prototype', () => {
    const row = asCached(`select 1 as "x"": 1, y: process.exit(1), ""z", 2 as "__proto__"`)[0] as object;
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(row).toEqual(asPlain(`select 1 as "x"": 1, y: process.exit(1), ""z", 2 as "__proto__"`)[0]);
  });
});
