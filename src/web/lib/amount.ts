/**
 * Amounts as people type and paste them: "1,234.56" in English, "1 234,56" in Bulgarian, "15000,50"
 * pasted from a European spreadsheet into an English form. The user's locale decides what a mark means
 * when the text allows two readings; a reading the text rules out (",50" cannot be a thousands group)
 * is taken whatever the locale; what stays ambiguous ("1.234" for euros in English: 1234 or 1.234?) is
 * refused rather than guessed.
 */

export type AmountProblem = 'invalid' | 'ambiguous' | 'decimals' | 'tooLarge';

export type ParsedAmount = { ok: true; minor: number } | { ok: false; problem: AmountProblem };

interface Marks {
  decimal: string;
  group: string;
}

function localeMarks(locale: string): Marks {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

const SPACE = /[\s\u00a0\u202f\u2009']/;
/** Currency signs and codes around the number ("€", "zł", "EUR") are left out. */
const AROUND = /^[\p{Sc}\p{L}\s]+|[\p{Sc}\p{L}\s]+$/gu;

/** Digits split by one mark into a first group of one to three digits and groups of exactly three. */
function validGroups(text: string, mark: string): boolean {
  const groups = text.split(mark);
  return (
    groups.length > 1 &&
    /^\d{1,3}$/.test(groups[0]!) &&
    groups[0] !== '0' &&
    groups.slice(1).every((g) => /^\d{3}$/.test(g))
  );
}

/**
 * The amount in minor units of a currency with `digits` decimals, read the way a user of `locale`
 * means it.
 */
export function parseAmount(input: string, locale: string, digits: number): ParsedAmount {
  const marks = localeMarks(locale);
  let text = input.replace(AROUND, '');
  const negative = /^[-−]/.test(text);
  if (negative || text.startsWith('+')) text = text.slice(1).replace(AROUND, '');
  // Spaces (and apostrophes) only ever group digits, and only by three.
  const integer = text.split(/[.,]/)[0]!;
  if (SPACE.test(integer)) {
    if (!validGroups(integer.split(SPACE).join(' '), ' ')) return { ok: false, problem: 'invalid' };
    text = text.split(SPACE).join('');
  }
  if (!/^[\d.,]*\d[\d.,]*$/.test(text)) return { ok: false, problem: 'invalid' };

  const split = splitDecimal(text, marks, digits);
  if (!split.ok) return split;
  const { whole, fraction } = split;
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || whole + fraction === '')
    return { ok: false, problem: 'invalid' };
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > digits) return { ok: false, problem: 'decimals' };
  const minor = Number((whole || '0') + significant.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return { ok: false, problem: 'tooLarge' };
  return { ok: true, minor: negative && minor !== 0 ? -minor : minor };
}

type Split = { ok: true; whole: string; fraction: string } | { ok: false; problem: AmountProblem };

/** Which mark, if any, separates the decimals, and the digits on either side of it. */
function splitDecimal(text: string, marks: Marks, digits: number): Split {
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  if (dots === 0 && commas === 0) return { ok: true, whole: text, fraction: '' };

  if (dots > 0 && commas > 0) {
    // Both marks: the last one separates the decimals and the other groups thousands.
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole, fraction, ...rest] = text.split(decimal);
    if (rest.length > 0 || !validGroups(whole!, group)) return { ok: false, problem: 'invalid' };
    return { ok: true, whole: whole!.split(group).join(''), fraction: fraction! };
  }

  const mark = dots > 0 ? '.' : ',';
  if (dots + commas > 1) {
    // One mark several times can only group thousands.
    if (!validGroups(text, mark)) return { ok: false, problem: 'invalid' };
    return { ok: true, whole: text.split(mark).join(''), fraction: '' };
  }

  const [whole, fraction] = text.split(mark) as [string, string];
  const couldGroup = validGroups(text, mark);
  if (!couldGroup) return { ok: true, whole, fraction };
  // "1,234": thousands where the locale groups with this mark, decimals where it separates them with
  // it (unless the currency has too few decimals for that), and a question anywhere else.
  if (mark === marks.group) return { ok: true, whole: whole + fraction, fraction: '' };
  if (mark === marks.decimal && digits >= 3) return { ok: true, whole, fraction };
  return { ok: false, problem: 'ambiguous' };
}

/** An amount in minor units as the user's locale writes it in an input: "1,234.50", "1 234,50". */
export function formatAmount(minor: number, locale: string, digits: number): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minor / 10 ** digits);
}
