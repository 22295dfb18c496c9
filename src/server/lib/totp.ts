import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** RFC 6238 time-based one-time passwords (SHA-1, 30 s, 6 digits), as authenticator apps expect. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(buffer: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of buffer) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text.replace(/=+$/, '').toUpperCase()) {
    const index = ALPHABET.indexOf(ch);
    if (index < 0) throw new Error('invalid base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

export const newTotpSecret = () => base32Encode(randomBytes(20));

const STEP_SECONDS = 30;

/** The number of 30-second steps since the epoch: what a code is derived from. */
export const timeStep = (timeMs: number) => Math.floor(timeMs / 1000 / STEP_SECONDS);

function codeForStep(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const hmac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = hmac[hmac.length - 1]! & 0x0f;
  const binary = hmac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

export const totpCode = (secret: string, timeMs = Date.now()): string =>
  codeForStep(secret, timeStep(timeMs));

/**
 * The time step a code belongs to: the current one or one either side, to allow for clock drift; null
 * when it matches none. Callers remember the step so that a code is accepted once.
 */
export function matchTotpStep(secret: string, code: string, timeMs = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const now = timeStep(timeMs);
  let matched: number | null = null;
  // Every candidate is compared, so the time taken does not tell which step matched.
  for (const step of [now - 1, now, now + 1]) {
    if (timingSafeEqual(Buffer.from(codeForStep(secret, step)), Buffer.from(code))) matched = step;
  }
  return matched;
}

export const verifyTotp = (secret: string, code: string, timeMs = Date.now()): boolean =>
  matchTotpStep(secret, code, timeMs) !== null;

export const otpauthUrl = (secret: string, email: string) =>
  `otpauth://totp/Rapport:${encodeURIComponent(email)}?secret=${secret}&issuer=Rapport`;
