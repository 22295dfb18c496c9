import { readFileSync } from 'node:fs';
import type { DocumentKind, DocumentLocale } from './document-model.js';
import type english from './locales/en.json';

/** A document's words in one language; English's file is the shape every other language follows. */
export type DocumentTexts = typeof english;

export const DOCUMENT_LOCALES: readonly DocumentLocale[] = ['en', 'bg', 'ru', 'sk', 'pt', 'pl'];

export const isDocumentLocale = (value: unknown): value is DocumentLocale =>
  typeof value === 'string' && (DOCUMENT_LOCALES as readonly string[]).includes(value);

// Read once at start-up: the files are part of the program, like its code.
const TEXTS = new Map<DocumentLocale, DocumentTexts>(
  DOCUMENT_LOCALES.map((locale) => [
    locale,
    JSON.parse(readFileSync(new URL(`./locales/${locale}.json`, import.meta.url), 'utf8')) as DocumentTexts,
  ]),
);

export function documentTexts(locale: DocumentLocale): DocumentTexts {
  return TEXTS.get(locale) ?? TEXTS.get('en')!;
}

/** Puts `{name}` values into a text. */
export function fillIn(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export const documentTitle = (kind: DocumentKind, locale: DocumentLocale) =>
  documentTexts(locale).title[kind];
