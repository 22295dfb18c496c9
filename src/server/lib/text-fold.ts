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

export function foldText(text: string): string {
  const lower = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  let out = '';
  for (const ch of lower) out += SPECIAL[ch] ?? CYRILLIC[ch] ?? ch;
  // й and ё decompose to и/е + a mark under NFKD; the mark is gone, which is the folding we want.
  return out.replace(/[^\p{L}\p{N}@.+]+/gu, ' ').trim();
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
  let base = '';
  for (const ch of text.toLowerCase()) {
    if (CYRILLIC[ch] !== undefined) base += ch === 'ё' ? 'е' : ch;
    else base += SPECIAL[ch] ?? ch.normalize('NFKD').replace(/\p{M}/gu, '');
  }
  return `${base}\u0001${text}`;
}

/** `sortKey` of a value that may be missing. */
export const optionalSortKey = (text: string | null) => (text === null ? null : sortKey(text));
