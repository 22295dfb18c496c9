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
