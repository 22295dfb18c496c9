import { readFileSync, readdirSync } from 'node:fs';
import { AppError, invalid } from '../../lib/errors.js';
import { foldText } from '../../lib/text-fold.js';
import type { Column } from '../../records/record-text.js';
import type { RecordType } from '../../records/record-type.js';
import type { CustomField } from '../custom-fields/custom-fields.schemas.js';

/**
 * Which file column goes to which field. Suggestions match each header against every field's key and
 * its label in the six languages of the web app (its locale files: `fields.<name>` and the type's
 * own `<table>.fields.<name>`), and custom fields' keys and labels, ignoring case, accents, script
 * and punctuation: "Příjmení", "Nazwisko", "Фамилия", "Apelido" and "last_name" all find `lastName`.
 */

const LOCALES = new URL('../../../web/locales/', import.meta.url);

type Messages = { [key: string]: string | Messages };

/**
 * Headers other programs write (Outlook, Google Contacts, spreadsheets in nearby languages such as
 * Czech) that are not the app's own labels, by field name.
 */
const ALIASES: Record<string, string[]> = {
  firstName: ['given name', 'forename', 'jméno', 'imie'],
  lastName: ['surname', 'family name', 'příjmení', 'prijmeni'],
  emails: ['email address', 'e-mail address', 'mail', 'e-mailová adresa'],
  phones: ['telephone', 'tel', 'mobile', 'mobile phone', 'phone number', 'telefon'],
  companyId: ['organization', 'organisation', 'company name', 'společnost', 'firma'],
  jobTitle: ['title', 'position', 'role', 'funkce', 'pozice'],
  city: ['town', 'locality', 'město', 'mesto'],
  country: ['country code', 'země', 'krajina'],
  domain: ['website', 'web', 'url'],
  tags: ['labels', 'categories', 'štítky'],
};

let labels: Messages[] | null = null;

/** The web app's locale files, read once. */
function localeMessages(): Messages[] {
  labels ??= readdirSync(LOCALES)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(new URL(name, LOCALES), 'utf8')) as Messages);
  return labels;
}

function lookup(messages: Messages, path: string[]): string | null {
  let node: string | Messages | undefined = messages;
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : null;
}

/** Text compared for matching: folded, without spaces or punctuation (`E-mail` = `email`). */
const matchKey = (text: string) =>
  foldText(text.replace(/([a-z])([A-Z])/g, '$1 $2')).replace(/[^\p{L}\p{N}]/gu, '');

/** Every name a column may go by in a header. */
function namesOf(type: RecordType, column: Column, customFields: CustomField[]): string[] {
  if (column.custom) {
    const field = customFields.find((f) => f.key === column.field)!;
    const suffix = column.kind === 'currency' ? ' currency' : '';
    return [column.name, `${field.key}${suffix}`, `${field.label}${suffix}`];
  }
  // A list of emails is also found by the singular ("E-mail" for `emails`).
  const keys = [column.name, ...(column.kind === 'contacts' ? [column.name.replace(/s$/, '')] : [])];
  const names = [...keys, ...(ALIASES[column.name] ?? [])];
  for (const messages of localeMessages())
    for (const key of keys) {
      if (column.kind === 'currency') continue;
      for (const path of [
        ['fields', key],
        [type.table, 'fields', key],
      ]) {
        const label = lookup(messages, path);
        if (label) names.push(label);
      }
    }
  return names;
}

/** Columns a file's column may go to: what a record stores, and its id to match by. */
export function importableColumns(columns: Column[]): Column[] {
  return columns.filter((column) => !column.readOnly || column.name === 'id');
}

/** header → column name, or null where nothing fits; each column suggested once (lists may repeat). */
export function suggestMapping(
  type: RecordType,
  columns: Column[],
  customFields: CustomField[],
  headers: string[],
): Record<string, string | null> {
  const byName = new Map<string, Column>();
  for (const column of importableColumns(columns))
    for (const name of namesOf(type, column, customFields)) {
      const key = matchKey(name);
      if (key && !byName.has(key)) byName.set(key, column);
    }
  const taken = new Set<string>();
  const mapping: Record<string, string | null> = {};
  for (const header of headers) {
    const column = byName.get(matchKey(header));
    const repeatable = column?.kind === 'contacts' || column?.kind === 'list';
    if (column && (repeatable || !taken.has(column.name))) {
      mapping[header] = column.name;
      taken.add(column.name);
    } else mapping[header] = null;
  }
  return mapping;
}

/**
 * Checks a mapping against the file's headers and the type's columns: every header is the file's,
 * every target a column a record stores (or `id`), none hidden from the role, none mapped twice
 * (lists aside), money with a currency column or the workspace's currency. Errors name
 * `mapping.<header>`.
 */
export function checkMapping(
  columns: Column[],
  hidden: Set<string>,
  headers: string[],
  mapping: Record<string, string | null>,
): Map<string, Column> {
  const byName = new Map(importableColumns(columns).map((column) => [column.name, column]));
  const chosen = new Map<string, Column>();
  const used = new Set<string>();
  for (const [header, target] of Object.entries(mapping)) {
    const field = `mapping.${header}`;
    if (!headers.includes(header)) throw invalid(field, 'is not a column of the file');
    if (target === null || target === '') continue;
    const column = byName.get(target);
    if (!column) throw invalid(field, `unknown field "${target}"`);
    if (!column.custom && hidden.has(column.field))
      throw new AppError('forbidden', `Your role may not set ${target}`, [
        { field, message: 'only roles that may read and change every record set it' },
      ]);
    if (used.has(target) && column.kind !== 'contacts' && column.kind !== 'list')
      throw invalid(field, `"${target}" is already mapped from another column`);
    used.add(target);
    chosen.set(header, column);
  }
  if (chosen.size === 0) throw invalid('mapping', 'maps no column to a field');
  return chosen;
}
