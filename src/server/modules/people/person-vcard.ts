import type { PersonEmail, PersonPhone } from './people.schemas.js';

/**
 * People as vCard 4.0 (RFC 6350) and back. Written: FN, N, EMAIL, TEL, ORG, TITLE, ADR (city and
 * country), CATEGORIES (tags), UID and REV, with text escaped and lines folded at 75 octets. Read:
 * the same properties from vCard 3.0 and 4.0, folded lines and escaped characters included.
 */

export interface VCardPerson {
  id: string;
  firstName: string;
  lastName: string;
  emails: PersonEmail[];
  phones: PersonPhone[];
  companyName: string | null;
  jobTitle: string | null;
  city: string | null;
  country: string | null;
  tags: string[];
  updatedAt: string;
}

/** A person as read from a vCard: the cells of an import row, named like the people's columns. */
export interface VCardRow {
  firstName: string;
  lastName: string;
  emails: string;
  phones: string;
  company: string;
  jobTitle: string;
  city: string;
  country: string;
  tags: string;
}

export const VCARD_COLUMNS: (keyof VCardRow)[] = [
  'firstName',
  'lastName',
  'emails',
  'phones',
  'company',
  'jobTitle',
  'city',
  'country',
  'tags',
];

const escapeText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');

/** Splits a line into 75-octet pieces joined by CRLF and a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (octets + size > (pieces.length === 0 ? 75 : 74)) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += ch;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

const PHONE_TYPES: Record<string, string> = {
  mobile: 'cell',
  cell: 'cell',
  work: 'work',
  office: 'work',
  home: 'home',
  fax: 'fax',
};

function typeParameter(label: string | null, known: Record<string, string>): string {
  const type = label ? known[label.toLowerCase()] : undefined;
  return type ? `;TYPE=${type}` : '';
}

const EMAIL_TYPES: Record<string, string> = { work: 'work', office: 'work', home: 'home', private: 'home' };

/** `2026-11-27T12:00:00.000Z` → `20261127T120000Z`. */
const timestamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+/, '');

export function personToVCard(person: VCardPerson): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `UID:urn:uuid:${person.id}`,
    `FN:${escapeText(`${person.firstName} ${person.lastName}`.trim())}`,
    `N:${escapeText(person.lastName)};${escapeText(person.firstName)};;;`,
  ];
  for (const email of person.emails)
    lines.push(
      `EMAIL${typeParameter(email.label, EMAIL_TYPES)}${email.primary ? ';PREF=1' : ''}:${escapeText(email.email)}`,
    );
  for (const phone of person.phones)
    lines.push(`TEL;VALUE=text${typeParameter(phone.label, PHONE_TYPES)}:${escapeText(phone.number)}`);
  if (person.companyName) lines.push(`ORG:${escapeText(person.companyName)}`);
  if (person.jobTitle) lines.push(`TITLE:${escapeText(person.jobTitle)}`);
  if (person.city || person.country)
    lines.push(`ADR:;;;${escapeText(person.city ?? '')};;;${escapeText(person.country ?? '')}`);
  if (person.tags.length > 0) lines.push(`CATEGORIES:${person.tags.map(escapeText).join(',')}`);
  lines.push(`REV:${timestamp(person.updatedAt)}`, 'END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

interface Property {
  name: string;
  params: Record<string, string[]>;
  value: string;
}

/** `item1.EMAIL;TYPE=work,pref;PREF=1:jan@x.sk` → its name, parameters and raw value. */
function parseProperty(line: string): Property | null {
  let i = 0;
  let inQuotes = false;
  for (; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === ':' && !inQuotes) break;
  }
  if (i === line.length) return null;
  const [head, ...paramTexts] = splitOutsideQuotes(line.slice(0, i), ';');
  const params: Record<string, string[]> = {};
  for (const text of paramTexts) {
    const eq = text.indexOf('=');
    // vCard 2.1 writes bare types (`TEL;CELL:`).
    const [key, raw] = eq < 0 ? ['TYPE', text] : [text.slice(0, eq), text.slice(eq + 1)];
    const values = splitOutsideQuotes(raw, ',').map((v) => v.replace(/^"|"$/g, '').toLowerCase());
    params[key.toUpperCase()] = [...(params[key.toUpperCase()] ?? []), ...values];
  }
  const name = head!.includes('.') ? head!.slice(head!.indexOf('.') + 1) : head!;
  return { name: name.toUpperCase(), params, value: line.slice(i + 1) };
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    if (ch === separator && !inQuotes) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** A value's components (split on unescaped `;`), each unescaped. */
function components(value: string, separator = ';'): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && i + 1 < value.length) {
      const next = value[++i]!;
      current += next === 'n' || next === 'N' ? '\n' : next;
    } else if (ch === separator) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((part) => part.trim());
}

const preference = (property: Property) => {
  const pref = Number(property.params.PREF?.[0]);
  if (Number.isInteger(pref)) return pref;
  return property.params.TYPE?.includes('pref') ? 1 : 101;
};

/** One vCard's unfolded content lines (between BEGIN and END) as an import row. */
export function vCardToRow(lines: string[]): VCardRow {
  const properties = lines.map(parseProperty).filter((p): p is Property => p !== null);
  const all = (name: string) => properties.filter((p) => p.name === name);
  const first = (name: string) => all(name)[0];
  const text = (name: string) => {
    const property = first(name);
    return property ? components(property.value)[0]! : '';
  };
  const [lastName = '', firstName = ''] = first('N') ? components(first('N')!.value) : [];
  let given = firstName;
  let family = lastName;
  if (!given && !family) {
    // Only FN: its last word is taken for the family name.
    const words = text('FN').split(/\s+/).filter(Boolean);
    family = words.length > 1 ? words.pop()! : (words[0] ?? '');
    given = words.length > 0 && family !== words[0] ? words.join(' ') : '';
  }
  const byPreference = (name: string) =>
    all(name)
      .map((property, index) => ({ property, index }))
      .sort((a, b) => preference(a.property) - preference(b.property) || a.index - b.index)
      .map(({ property }) => components(property.value).join(' ').replace(/^tel:/i, '').trim())
      .filter(Boolean);
  const address = first('ADR') ? components(first('ADR')!.value) : [];
  const country = (address[6] ?? '').trim();
  return {
    firstName: given,
    lastName: family,
    emails: byPreference('EMAIL').join('; '),
    phones: byPreference('TEL').join('; '),
    company: text('ORG'),
    jobTitle: text('TITLE'),
    city: address[3] ?? '',
    country: /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : '',
    tags: first('CATEGORIES') ? components(first('CATEGORIES')!.value, ',').filter(Boolean).join('; ') : '',
  };
}

/**
 * Reads vCards from lines as they arrive: unfolds continuation lines and hands each card's lines over
 * at its END. `push` returns a finished card, or null while inside one.
 */
export function vCardCollector() {
  let card: string[] | null = null;
  return {
    push(line: string): string[] | null {
      if (card && /^[ \t]/.test(line) && card.length > 0) {
        card[card.length - 1] += line.slice(1);
        return null;
      }
      const upper = line.trim().toUpperCase();
      if (upper === 'BEGIN:VCARD') {
        card = [];
        return null;
      }
      if (upper === 'END:VCARD' && card) {
        const done = card;
        card = null;
        return done;
      }
      if (card && line.trim() !== '') card.push(line);
      return null;
    },
  };
}
