import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Secrets the server must read back (SMTP and IMAP passwords, DKIM keys) are sealed with AES-256-GCM
 * under a key derived from `SECRET_KEY`, so a copy of the database alone does not give them away.
 * Without `SECRET_KEY` they are stored as they are, marked `plain:`, and sealed the next time they
 * are saved on a server that has a key. Sealed values name the scheme (`secret:v1:`) so that a later
 * one can sit beside it.
 */

const SEALED = 'secret:v1:';
const PLAIN = 'plain:';
const MIN_KEY_LENGTH = 32;

export class SecretKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretKeyError';
  }
}

function keyFrom(env: NodeJS.ProcessEnv): Buffer | null {
  const secret = env.SECRET_KEY?.trim();
  if (!secret) return null;
  if (secret.length < MIN_KEY_LENGTH)
    throw new SecretKeyError(`SECRET_KEY must be at least ${MIN_KEY_LENGTH} characters long`);
  return Buffer.from(hkdfSync('sha256', secret, 'rapport', 'stored secrets v1', 32));
}

/** Whether secrets saved now are encrypted (the server has a SECRET_KEY). */
export const secretsAreEncrypted = (env: NodeJS.ProcessEnv = process.env) => keyFrom(env) !== null;

export function sealSecret(value: string, env: NodeJS.ProcessEnv = process.env): string {
  const key = keyFrom(env);
  if (!key) return PLAIN + value;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const encrypted = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return SEALED + Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64url');
}

export function openSecret(stored: string, env: NodeJS.ProcessEnv = process.env): string {
  if (stored.startsWith(PLAIN)) return stored.slice(PLAIN.length);
  if (!stored.startsWith(SEALED)) throw new SecretKeyError('the stored secret is in an unknown format');
  const key = keyFrom(env);
  if (!key) throw new SecretKeyError('a stored secret is encrypted, and SECRET_KEY is not set');
  const bytes = Buffer.from(stored.slice(SEALED.length), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretKeyError(
      'a stored secret cannot be decrypted: SECRET_KEY is not the one it was saved with',
    );
  }
}
