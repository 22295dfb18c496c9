/**
 * The interface languages and where their texts come from: each language's texts are a chunk of their
 * own, so that a screen loads only the language it shows. early-requests.ts starts fetching the
 * language this browser used last before the app's script has arrived; i18n.ts gets the same module.
 */
export const LOCALES = ['en', 'bg', 'ru', 'sk', 'pt', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_STORAGE_KEY = 'rapport.locale';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** Before sign-in we only know what this browser used last, or what it prefers. */
export function initialLocale(): Locale {
  // Outside a browser (unit tests import the app's modules) there is nothing to read.
  if (typeof localStorage === 'undefined') return 'en';
  const stored = localStorage.getItem(LOCALE_STORAGE_KEY);
  if (isLocale(stored)) return stored;
  const preferred = navigator.languages.map((l) => l.slice(0, 2)).find(isLocale);
  return preferred ?? 'en';
}

export const LOCALE_TEXTS: Record<Locale, () => Promise<{ default: object }>> = {
  en: () => import('../locales/en.json'),
  bg: () => import('../locales/bg.json'),
  ru: () => import('../locales/ru.json'),
  sk: () => import('../locales/sk.json'),
  pt: () => import('../locales/pt.json'),
  pl: () => import('../locales/pl.json'),
};
