import { randomInt } from 'node:crypto';

/**
 * How emails find their conversation. A reply names the messages it answers in In-Reply-To and
 * References; when a mail program drops those headers, the token put in every outgoing subject
 * (`[#R-7K2QX9]`) still ties the reply to its thread. Pure functions: no I/O.
 */

/** Crockford's base32 without I, L, O, U: nothing to misread when someone types a token. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TOKEN_LENGTH = 6;
const TOKEN_IN_SUBJECT = /\[#(R-[0-9A-HJKMNP-TV-Z]{6})\]/i;

export function newThreadToken(): string {
  let token = 'R-';
  for (let i = 0; i < TOKEN_LENGTH; i++) token += ALPHABET[randomInt(ALPHABET.length)];
  return token;
}

/** The subject with the thread's token at the end, once. */
export function subjectWithToken(subject: string, token: string): string {
  const tag = `[#${token}]`;
  return subject.includes(tag) ? subject : `${subject.trimEnd()} ${tag}`;
}

/** The thread token a subject carries, upper-cased, or null. */
export function tokenInSubject(subject: string): string | null {
  return TOKEN_IN_SUBJECT.exec(subject)?.[1]?.toUpperCase() ?? null;
}

/** A Message-ID as stored: without angle brackets or surrounding space. */
export function bareMessageId(value: string): string {
  return value.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
}

/** Every message id an email says it answers, nearest first (In-Reply-To, then References backwards). */
export function answeredMessageIds(inReplyTo: string | undefined, references: string | string[] | undefined) {
  const listed = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value : (value ?? '').split(/\s+/)).map(bareMessageId).filter(Boolean);
  return [...new Set([...listed(inReplyTo), ...listed(references).reverse()])];
}
