import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOCALES = ['en', 'bg', 'ru', 'sk', 'pt', 'pl'] as const;
const here = fileURLToPath(new URL('.', import.meta.url));
const webRoot = join(here, '..');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [k, v] of flatten(value, path)) result.set(k, v);
  }
  return result;
}

const messages = Object.fromEntries(
  LOCALES.map((locale) => [locale, flatten(JSON.parse(readFileSync(join(here, `${locale}.json`), 'utf8')) as Tree)]),
) as Record<(typeof LOCALES)[number], Map<string, string>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('locale files', () => {
  const allKeys = new Set(LOCALES.flatMap((locale) => [...messages[locale].keys()]));

  it.each(LOCALES)('%s has every key that another locale has', (locale) => {
    const missing = [...allKeys].filter((key) => !messages[locale].has(key));
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('%s has no empty value', (locale) => {
    const empty = [...messages[locale]].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)('%s has every plural form its language needs', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const bases = new Set([...messages[locale].keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));
    const missing = [...bases].flatMap((base) => categories.filter((c) => !messages[locale].has(`${base}_${c}`)).map((c) => `${base}_${c}`));
    expect(missing).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s uses the same {{placeholders}} as English', (locale) => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const different = [...messages.en]
      .filter(([key, value]) => JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(messages[locale].get(key) ?? '')))
      .map(([key]) => key);
    expect(different).toEqual([]);
  });
});

describe('keys used in the web app', () => {
  const files = sourceFiles(webRoot).filter((file) => file.endsWith('.tsx') || file.endsWith('.ts'));
  const used = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    // t('key'), t("key") and labelKey: 'key' (navigation and field definitions)
    for (const match of text.matchAll(/\bt\(\s*['"]([a-zA-Z][\w.-]*)['"]|labelKey:\s*'([a-zA-Z][\w.-]*)'/g)) {
      used.set(match[1] ?? match[2]!, file.slice(webRoot.length + 1));
    }
  }

  it('finds translated strings in the .tsx files at all', () => {
    expect(files.some((file) => file.endsWith('.tsx'))).toBe(true);
    expect(used.size).toBeGreaterThan(100);
  });

  it('uses only keys that exist in en.json', () => {
    const exists = (key: string) => messages.en.has(key) || messages.en.has(`${key}_other`);
    const missing = [...used].filter(([key]) => !exists(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});
