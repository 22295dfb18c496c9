import { describe, expect, it } from 'vitest';
import { documentLocale } from './document-locale.js';

describe('a document’s language', () => {
  it('is the person’s, else the company’s, else the workspace’s, else English', () => {
    expect(documentLocale({ person: 'pl', company: 'sk', workspace: 'bg' })).toBe('pl');
    expect(documentLocale({ person: null, company: 'sk', workspace: 'bg' })).toBe('sk');
    expect(documentLocale({ company: null, workspace: 'bg' })).toBe('bg');
    expect(documentLocale({})).toBe('en');
    // A language the documents do not speak is passed over.
    expect(documentLocale({ person: 'de', company: 'xx', workspace: 'ru' })).toBe('ru');
  });
});
