import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { invalid } from '../../lib/errors.js';

/**
 * Passwords are refused when they are common or follow a trivial pattern (OWASP ASVS 2.1.7): zxcvbn
 * estimates the guesses an attacker needs from its own lists of common passwords, words, names and
 * keyboard patterns, with no network at run time. Score 3 means about 10^8 guesses, which resists a
 * slow-hash offline attack; lower scores are what a list-driven guesser tries first.
 */
const MIN_SCORE = 3;
export const WEAK_PASSWORD_MESSAGE =
  'is too easy to guess: avoid common passwords, names and simple patterns';

/**
 * The first characters are what the estimate looks at: its cost grows quickly with length, and a
 * password whose first 64 characters are strong is strong.
 */
const CHECKED_LENGTH = 64;

let checker: Promise<ZxcvbnFactory> | null = null;

/** The dictionaries take ~100 ms and some megabytes to load, so they load on the first password set. */
function loadChecker(): Promise<ZxcvbnFactory> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common, english] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      maxLength: CHECKED_LENGTH,
      // Trying every l33t substitution costs up to a second on a long random password; a few catch
      // "p@ssw0rd" and its kind.
      l33tMaxSubstitutions: 8,
    });
  })();
  return checker;
}

/**
 * The person's own name and email count as words an attacker would try first: whole, in parts, and
 * the name run together in either order ("halinakowalczyk", "kowalczykhalina").
 */
export function personalWords(person: { email: string; name?: string | null | undefined }): string[] {
  const email = person.email.trim().toLowerCase();
  const localPart = email.split('@')[0] ?? '';
  const name = (person.name ?? '').trim().toLowerCase();
  const names = name.split(/[\s.'-]+/);
  const parts = [
    email,
    localPart,
    ...email.split(/[@.+_-]/),
    name,
    ...names,
    names.join(''),
    [...names].reverse().join(''),
  ];
  return [...new Set(parts.filter((part) => part.length >= 3))];
}

export async function isGuessablePassword(
  password: string,
  person: { email: string; name?: string | null | undefined },
): Promise<boolean> {
  const result = (await loadChecker()).check(password.slice(0, CHECKED_LENGTH), personalWords(person));
  return result.score < MIN_SCORE;
}

/** Throws a 400 naming `password` when the password would be among an attacker's first guesses. */
export async function assertAcceptablePassword(
  password: string,
  person: { email: string; name?: string | null | undefined },
): Promise<void> {
  if (await isGuessablePassword(password, person)) throw invalid('password', WEAK_PASSWORD_MESSAGE);
}
