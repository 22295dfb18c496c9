import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../../testing/factories.js';
import {
  assertAcceptablePassword,
  isGuessablePassword,
  personalWords,
  WEAK_PASSWORD_MESSAGE,
} from './password-policy.js';

const someone = { email: 'olga.owner@example.com', name: 'Olga Owner' };

describe('password policy', () => {
  it.each(['          ', 'aaaaaaaaaa', '1234567890', 'password12', 'qwertyuiop', 'p@ssw0rd12', 'iloveyou12'])(
    'refuses the common or trivial %j',
    async (password) => {
      expect(await isGuessablePassword(password, someone)).toBe(true);
    },
  );

  it.each([PASSWORD, 'Zażółć gęślą jaźń', 'blue-river-42-lamp', 'g7#kP2!xQz9m'])(
    'accepts %j',
    async (password) => {
      expect(await isGuessablePassword(password, someone)).toBe(false);
    },
  );

  it("counts the person's own name and email as words to guess", async () => {
    const halina = { email: 'halina.kowalczyk@example.com', name: 'Halina Kowalczyk' };
    for (const password of ['halinakowalczyk', 'halina.kowalczyk', 'Halina Kowalczyk', 'kowalczyk-1987']) {
      expect(await isGuessablePassword(password, someone), password).toBe(false);
      expect(await isGuessablePassword(password, halina), password).toBe(true);
    }
    expect(personalWords(halina)).toEqual(
      expect.arrayContaining([
        'halina.kowalczyk',
        'halina',
        'kowalczyk',
        'halinakowalczyk',
        'kowalczykhalina',
      ]),
    );
  });

  it('names the password field in its error', async () => {
    await expect(assertAcceptablePassword('password12', someone)).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: [{ field: 'password', message: WEAK_PASSWORD_MESSAGE }],
    });
    await expect(assertAcceptablePassword(PASSWORD, someone)).resolves.toBeUndefined();
  });

  it('judges a long password by its first 64 characters, so a long one costs no more than that', async () => {
    expect(await isGuessablePassword('a'.repeat(200), someone)).toBe(true);
    expect(await isGuessablePassword(`${PASSWORD} ${'a'.repeat(180)}`, someone)).toBe(false);
  });
});
