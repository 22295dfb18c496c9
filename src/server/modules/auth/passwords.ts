import { hash, verify } from '@node-rs/argon2';
import { assertAcceptablePassword } from './password-policy.js';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane); @node-rs/argon2 defaults to argon2id.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Hashes a password someone is setting for `person`, after refusing one that is easy to guess. Every
 * place that stores a password goes through here, so none can skip the policy.
 */
export async function hashPassword(
  password: string,
  person: { email: string; name?: string | null | undefined },
): Promise<string> {
  await assertAcceptablePassword(password, person);
  return hash(password, options);
}

/**
 * A hash of a random password nobody knows, with the same parameters as real ones. Sign-in checks
 * the password against it when the email has no account, so an unknown email costs as much time as
 * a wrong password and the answer's timing does not tell which emails have accounts.
 */
export const DUMMY_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$4QqfHvDazw1Xl09Eb54j2g$H2Z3b5RQpPZGcTzZ/W4pn4mPvnn2Ul1An4NtmSMnWek';

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
