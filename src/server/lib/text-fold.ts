/**
 * Folds text for search so that case, accents and script do not matter: `José` → `jose`,
 * `Łukasz` → `lukasz`, `Žilina` → `zilina`, `Иван` → `ivan`. Both stored text and queries go through
 * this one function, so SQLite and PostgreSQL behave the same.
 */

// Letters that Unicode does not decompose into base + combining mark.
const SPECIAL: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};

// One Latin spelling per Cyrillic letter (Bulgarian and Russian), so `ivan` and `иван` meet.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
};

/** Lower-case letters folded to other letters: `SPECIAL` and `CYRILLIC` as one table. */
const FOLDED: Record<string, string> = { ...SPECIAL, ...CYRILLIC };
const NON_ASCII = /[\u0080-\u{10ffff}]/u;
const SEPARATORS = /[^\p{L}\p{N}@.+]+/gu;

/**
 * What one lower-case character folds to, separators as spaces. Decomposition, dropping marks and the
 * tables work character by character, so folding the characters one at a time and remembering each
 * gives what folding the whole text does; only lower-casing looks at neighbours (a final sigma), so it
 * is done on the whole text first.
 */
const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    const bare = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    let mapped = '';
    for (const part of bare) mapped += FOLDED[part] ?? part;
    folded = mapped.replace(SEPARATORS, ' ');
    // Bounded: texts in scripts with many characters must not make it grow for ever.
    if (foldedChars.size < 20_000) foldedChars.set(ch, folded);
  }
  return folded;
}

export function foldText(text: string): string {
  // Addresses, numbers and many names are ASCII, which lower-casing and decomposition leave as they
  // are and where letters and digits are a-z and 0-9 (folding took a tenth of an import's time).
  if (!NON_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9@.+]+/g, ' ')
      .trim();
  let out = '';
  for (const ch of text.toLowerCase()) out += foldChar(ch);
  // й and ё decompose to и/е + a mark; the mark is gone, which is the folding we want.
  return out.replace(/ {2,}/g, ' ').trim();
}

/** Splits a folded query into prefix terms, dropping punctuation that search syntaxes treat specially. */
export function searchTerms(query: string): string[] {
  return foldText(query)
    .split(' ')
    .map((term) => term.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((term) => term.length > 0)
    .slice(0, 8);
}

/**
 * A key whose plain binary order (SQLite's BINARY, PostgreSQL's "C") is alphabetical order: letters
 * compare by their base letter first, so `Łukasz` sorts with `Lukas` and `Šimko` with `Simon`, case
 * aside, Latin before Cyrillic, and Cyrillic in its alphabet (й stays a letter of its own). The text
 * itself follows as the tie-break, so the key of a value is unique to it: equal keys, equal values.
 */
export function sortKey(text: string): string {
  const lower = text.toLowerCase();
  // ASCII letters are their own base letters; only the others are looked at one by one.
  const base = NON_ASCII.test(lower) ? lower.replace(NON_ASCII_CHAR, baseLetter) : lower;
  return `${base}\u0001${text}`;
}

const NON_ASCII_CHAR = /[\u0080-\u{10ffff}]/gu;
const baseLetters = new Map<string, string>();

function baseLetter(ch: string): string {
  let base = baseLetters.get(ch);
  if (base === undefined) {
    if (CYRILLIC[ch] !== undefined) base = ch === 'ё' ? 'е' : ch;
    else base = SPECIAL[ch] ?? ch.normalize('NFKD').replace(/\p{M}/gu, '');
    if (baseLetters.size < 20_000) baseLetters.set(ch, base);
  }
  return base;
}

/** `sortKey` of a value that may be missing. */
export const optionalSortKey = (text: string | null) => (text === null ? null : sortKey(text));
