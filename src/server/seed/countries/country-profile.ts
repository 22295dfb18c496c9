/**
 * Everything the generator needs to make believable people and companies of one country: names in
 * the local script with their gendered forms, cities, phone formats, company naming and local job
 * titles. Data only; the generator holds the logic.
 */
export interface CountryProfile {
  code: 'GB' | 'US' | 'BG' | 'RU' | 'SK' | 'PT' | 'BR' | 'PL';
  language: 'en' | 'bg' | 'ru' | 'sk' | 'pt' | 'pl';
  /** Share of people from this country, relative to the others. */
  weight: number;
  currency: string;
  /** Top-level domain of local company websites, without the dot. */
  tld: string;
  maleFirstNames: readonly string[];
  femaleFirstNames: readonly string[];
  /** Surnames in their masculine (or only) form; `feminineSurname` derives the other. */
  surnames: readonly string[];
  feminineSurname: (surname: string) => string;
  /** Chance that a last name joins two surnames, as Portuguese names often do. */
  doubleSurname: number;
  cities: readonly string[];
  /**
   * Phone patterns: `#` any digit, `@` a digit 2–9, `{a|b}` one of the alternatives. Written in the
   * country's usual grouping so lists look like what people type.
   */
  mobilePhones: readonly string[];
  landlinePhones: readonly string[];
  company: {
    /** Made-up brand words: rivers, mountains, regions. Never real company names. */
    stems: readonly string[];
    /** What the company does, as it appears in its name, and the industry that implies. */
    activities: readonly (readonly [word: string, industry: string])[];
    /** Name templates with the local legal form; `{name}` is the brand. Repeats weight the choice. */
    legalForms: readonly string[];
  };
  /** Job titles; `masculine|feminine` where the language inflects them. */
  jobTitles: readonly string[];
  noteBodies: readonly string[];
}

/** Polish, Bulgarian and Russian surnames that decline like adjectives or possessives change by gender. */
export function slavicFeminine(surname: string): string {
  const rules: [RegExp, string][] = [
    [/(ск|цк|зк)ий$/u, '$1ая'],
    [/ой$/u, 'ая'],
    [/(ов|ев|ёв|ин|ын)$/u, '$1а'],
    [/(ск|цк|зк)и$/u, '$1а'],
    [/(sk|ck|dzk)i$/u, '$1a'],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(surname)) return surname.replace(pattern, replacement);
  }
  // Nouns (Nowak, Шевченко, Черных) are the same for women and men.
  return surname;
}

export const sameForBoth = (surname: string) => surname;

/**
 * A list written as comma- or line-separated text, so long name lists stay compact and readable
 * (the formatter would otherwise put every name on a line of its own).
 */
export function list(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** `word: industry` pairs written as a list (see `list`). */
export function pairs(text: string): [string, string][] {
  return list(text).map((item) => {
    const [word, industry] = item.split(':').map((part) => part.trim());
    if (!word || !industry) throw new Error(`"${item}" is not a word: industry pair`);
    return [word, industry];
  });
}
