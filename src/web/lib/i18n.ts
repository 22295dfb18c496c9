import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import bg from '../locales/bg.json' with { type: 'json' };
import en from '../locales/en.json' with { type: 'json' };
import pl from '../locales/pl.json' with { type: 'json' };
import pt from '../locales/pt.json' with { type: 'json' };
import ru from '../locales/ru.json' with { type: 'json' };
import sk from '../locales/sk.json' with { type: 'json' };

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

void i18next.use(initReactI18next).init({
  resources: {
    en: { translation: en },
    bg: { translation: bg },
    ru: { translation: ru },
    sk: { translation: sk },
    pt: { translation: pt },
    pl: { translation: pl },
  },
  lng: initialLocale(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export async function applyLocale(locale: Locale) {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

if (typeof document !== 'undefined') document.documentElement.lang = i18next.language;

/** The language's own name ("български", "polski"), from Intl rather than a table. */
export function languageName(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export { i18next };
