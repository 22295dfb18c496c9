import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json' with { type: 'json' };

export const LOCALES = ['en', 'bg', 'ru', 'sk', 'pt', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'rapport.locale';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** Before sign-in we only know what this browser used last, or what it prefers. */
function initialLocale(): Locale {
  // Outside a browser (unit tests import the app's modules) there is nothing to read.
  if (typeof localStorage === 'undefined') return 'en';
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  const preferred = navigator.languages.map((l) => l.slice(0, 2)).find(isLocale);
  return preferred ?? 'en';
}

/**
 * The other languages' texts are chunks of their own, fetched when a language is used: English (the
 * fallback) is always there, and a first screen does not wait for five languages it does not show.
 */
const OTHER_LOCALES: Record<Exclude<Locale, 'en'>, () => Promise<{ default: object }>> = {
  bg: () => import('../locales/bg.json'),
  ru: () => import('../locales/ru.json'),
  sk: () => import('../locales/sk.json'),
  pt: () => import('../locales/pt.json'),
  pl: () => import('../locales/pl.json'),
};

async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || i18next.hasResourceBundle(locale, 'translation')) return;
  const texts = await OTHER_LOCALES[locale]();
  i18next.addResourceBundle(locale, 'translation', texts.default, true, true);
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The language this browser used last, loaded; the app renders once it is (see main.tsx). */
export const initialLocaleReady: Promise<void> = (async () => {
  const locale = initialLocale();
  if (locale === 'en') return;
  try {
    await loadLocale(locale);
    await i18next.changeLanguage(locale);
  } catch {
    // A chunk that failed to load leaves the app in English rather than blank.
  }
})();

export async function applyLocale(locale: Locale) {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  await loadLocale(locale);
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

if (typeof document !== 'undefined') document.documentElement.lang = initialLocale();

/** The language's own name ("български", "polski"), from Intl rather than a table. */
export function languageName(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export { i18next };
