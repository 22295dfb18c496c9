// Frozen on 2026-11-24 for the migrations that import it: never change this file; add a new copy instead.

/**
 * Search folding and sort keys as the application wrote them when the search-names and sort-keys
 * migrations landed (then in lib/text-fold.ts), so that those migrations fill in existing rows the
 * same way whatever later becomes of the live functions.
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

/** Case, accents and script folded away: `José` → `jose`, `Łukasz` → `lukasz`, `Иван` → `ivan`. */
export function foldText(text: string): string {
  const lower = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  let out = '';
  for (const ch of lower) out += SPECIAL[ch] ?? CYRILLIC[ch] ?? ch;
  return out.replace(/[^\p{L}\p{N}@.+]+/gu, ' ').trim();
}

/** A key whose binary order is alphabetical order (base letters first, Latin before Cyrillic), the text as tie-break. */
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
