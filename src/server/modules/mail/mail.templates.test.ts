import { describe, expect, it } from 'vitest';
import { LOCALES } from '../auth/auth.schemas.js';
import { EMAIL_MESSAGES, type EmailKind } from './mail.messages.js';
import { renderEmail } from './mail.templates.js';

const KINDS = Object.keys(EMAIL_MESSAGES) as EmailKind[];
const LINK = 'https://crm.example.com/verify-sign-up?token=a-b_c&x=<1>';

describe('email templates', () => {
  it.each(KINDS)('%s is written in each of the six languages, each its own', (kind) => {
    const subjects = LOCALES.map((locale) => renderEmail(kind, locale, { link: LINK }).subject);
    expect(new Set(subjects).size).toBe(LOCALES.length);
    for (const locale of LOCALES) {
      const words = EMAIL_MESSAGES[kind][locale];
      expect([words.subject, words.action, ...words.before, ...words.after].every((w) => w.trim())).toBe(
        true,
      );
    }
  });

  it.each(KINDS.flatMap((kind) => LOCALES.map((locale) => [kind, locale] as const)))(
    '%s in %s carries the link in its text and, escaped, in its HTML',
    (kind, locale) => {
      const email = renderEmail(kind, locale, { link: LINK });
      expect(email.locale).toBe(locale);
      expect(email.text).toContain(`\n${LINK}\n`);
      expect(email.html).toContain(`lang="${locale}"`);
      expect(email.html).toContain(
        'href="https://crm.example.com/verify-sign-up?token=a-b_c&amp;x=&lt;1&gt;"',
      );
      expect(email.html).not.toContain('<1>');
    },
  );

  it('falls back to English for a language it does not have', () => {
    const email = renderEmail('signUpExistingAccount', 'de', { link: LINK });
    expect(email.locale).toBe('en');
    expect(email.subject).toBe('You already have a Rapport account');
  });
});
