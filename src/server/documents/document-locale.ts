import type { DocumentLocale } from './document-model.js';
import { isDocumentLocale } from './document-texts.js';

/**
 * The language a customer's document (and the email it goes out with) is written in: the person's
 * preferred language, else their company's, else the workspace's default, else English.
 */
export function documentLocale(preferences: {
  person?: string | null;
  company?: string | null;
  workspace?: string | null;
}): DocumentLocale {
  for (const candidate of [preferences.person, preferences.company, preferences.workspace])
    if (isDocumentLocale(candidate)) return candidate;
  return 'en';
}
