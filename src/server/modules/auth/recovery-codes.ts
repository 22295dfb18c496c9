import { randomInt } from 'node:crypto';
import { sha256 } from '../../lib/ids.js';

/** How many one-time codes a person gets when two-factor sign-in is turned on or the codes renewed. */
export const RECOVERY_CODE_COUNT = 10;

// Lower-case letters and digits without the look-alikes i, l, o, 0 and 1: easy to copy from paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUP = 5;

/** Ten random characters (about 50 bits) shown as `xxxxx-xxxxx`. */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: GROUP * 2 }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return `${chars.slice(0, GROUP).join('')}-${chars.slice(GROUP).join('')}`;
}

export const newRecoveryCodes = () => Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);

/** Case, spaces and the hyphen do not matter when a code is typed back. */
export const normalizeRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, '');

/**
 * Only hashes are stored. The codes are random, not chosen by people, so a fast hash is enough to make
 * a leaked table useless without a slow one's cost at every sign-in.
 */
export const hashRecoveryCode = (code: string) => sha256(`recovery:${normalizeRecoveryCode(code)}`);

/** What a typed recovery code looks like: ten letters or digits, with an optional hyphen in the middle. */
export const RECOVERY_CODE_PATTERN = /^\s*[a-z0-9]{5}[\s-]?[a-z0-9]{5}\s*$/i;
