import { describe, expect, it } from 'vitest';
import { foldText, searchTerms, sortKey } from './text-fold.js';

const sorted = (names: string[]) => [...names].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));

describe('sortKey', () => {
  it('orders by base letter, case aside, with the text as the tie-break', () => {
    expect(sorted(['Zeman', 'Łukasz', 'lukas', 'Šimko', 'Sedlák', 'Tóth', 'Lukas', 'Ábel', 'adam'])).toEqual([
      'Ábel',
      'adam',
      'Lukas',
      'lukas',
      'Łukasz',
      'Sedlák',
      'Šimko',
      'Tóth',
      'Zeman',
    ]);
  });

  it('puts Cyrillic after Latin and keeps its alphabet, й included', () => {
    expect(sorted(['Яков', 'Иван', 'Йордан', 'Ёлкин', 'Жеков', 'Anna', 'Емил', 'Ковачев'])).toEqual([
      'Anna',
      'Ёлкин',
      'Емил',
      'Жеков',
      'Иван',
      'Йордан',
      'Ковачев',
      'Яков',
    ]);
  });

  it('is unique to its value and puts a prefix first', () => {
    expect(sortKey('Lukas')).not.toBe(sortKey('lukas'));
    expect(sorted(['Novakova', 'Novak', 'Nováková'])).toEqual(['Novak', 'Novakova', 'Nováková']);
  });
});

describe('foldText', () => {
  it('folds case, accents and script for search', () => {
    expect(foldText('José Łukasz Žilina Иван')).toBe('jose lukasz zilina ivan');
    expect(searchTerms('l.wisniewski@przy')).toEqual(['lwisniewskiprzy']);
  });
});
