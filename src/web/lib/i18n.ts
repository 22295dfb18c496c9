import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  initialLocale,
  isLocale,
  LOCALE_STORAGE_KEY,
  LOCALE_TEXTS,
  LOCALES,
  type Locale,
} from './locale-texts.js';

export { isLocale, LOCALES, type Locale };

async function loadLocale(locale: Locale): Promise<void> {
  if (i18next.hasResourceBundle(locale, 'translation')) return;
  const texts = await LOCALE_TEXTS[locale]();
  i18next.addResourceBundle(locale, 'translation', texts.default, true, true);
}

void i18next.use(initReactI18next).init({
  resources: {},
  lng: initialLocale(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/**
 * The language this browser used last, loaded (its texts only: every key is in all six languages); the
 * app renders once it is (see main.tsx).
 */
export const initialLocaleReady: Promise<void> = (async () => {
  const locale = initialLocale();
  try {
    await loadLocale(locale);
  } catch {
    // Texts that failed to load: English if they can be had, rather than no app at all.
    await loadLocale('en')
      .then(() => i18next.changeLanguage('en'))
      .catch(() => undefined);
  }
})();

export async function applyLocale(locale: Locale) {
  localStorage.setItem(LOCALE_STORAGE_KEY, locale);
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
