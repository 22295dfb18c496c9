import { invalid } from '../../lib/errors.js';
import { customerValueFields } from '../customer-value/customer-value.fields.js';
import { defineRecordType, type RecordOf, type RecordValues } from '../../records/record-type.js';
import { billingFields } from '../customer-billing/billing-details.js';
import { normalizeEmails, normalizePhones } from './person-values.js';
import {
  emailsSchema,
  personCreateBody,
  phonesSchema,
  type PersonEmail,
  type PersonPhone,
} from './people.schemas.js';

export const personType = defineRecordType({
  entity: 'person',
  table: 'people',
  names: { singular: 'person', plural: 'people' },
  fields: {
    firstName: { column: 'first_name', type: 'text', sortable: true, keyed: true },
    lastName: { column: 'last_name', type: 'text', sortable: true, keyed: true },
    emails: { column: 'emails', type: 'json', schema: emailsSchema, entryKey: 'email' },
    // Denormalised so lists can sort and filter by the primary address with an index.
    email: {
      column: 'primary_email',
      type: 'text',
      sortable: true,
      nullable: true,
      derive: (person) => (person.emails as PersonEmail[]).find((e) => e.primary)?.email ?? null,
    },
    phones: { column: 'phones', type: 'json', schema: phonesSchema, entryKey: 'number' },
    companyId: { column: 'company_id', type: 'uuid', nullable: true, ref: 'company', refName: 'companyName' },
    jobTitle: { column: 'job_title', type: 'text', sortable: true, nullable: true, keyed: true },
    city: { column: 'city', type: 'text', sortable: true, nullable: true, keyed: true },
    country: { column: 'country', type: 'text', sortable: true, nullable: true },
    language: { column: 'language', type: 'text', nullable: true },
    ...billingFields({ city: false }),
    ...customerValueFields(),
  },
  defaultSort: 'lastName,firstName',
  display: ['firstName', 'lastName'],
  input: { create: personCreateBody, update: personCreateBody },
  mergeable: true,
  relatedList: { field: 'companyId', summary: 'List the people of a company' },
  normalize: (person) => ({
    ...person,
    emails: normalizeEmails(person.emails as PersonEmail[]),
    phones: normalizePhones(person.phones as PersonPhone[]),
  }),
  validate: (person) => {
    if (!person.firstName && !person.lastName)
      throw invalid('firstName', 'a first or a last name is required');
  },
  search: personSearchText,
  duplicates: { keys: personKeys, fields: ['emails', 'phones'] },
});

/** A person's email addresses, and phone numbers of six digits or more as digits only. */
function personKeys(person: RecordValues): string[] {
  return [
    ...((person.emails as PersonEmail[] | undefined) ?? []).map((e) => `email:${e.email.toLowerCase()}`),
    ...((person.phones as PersonPhone[] | undefined) ?? [])
      .map((p) => p.number.replace(/\D/g, ''))
      .filter((digits) => digits.length >= 6)
      .map((digits) => `phone:${digits}`),
  ];
}

/** Words a search should find a person by; emails and phones are also split into their parts. */
export function personSearchText(person: RecordValues, names: Record<string, string | null>) {
  const companyName = names.companyName ?? null;
  const text = (key: string) => (person[key] as string | null) ?? null;
  const words: (string | null)[] = [
    text('firstName'),
    text('lastName'),
    text('jobTitle'),
    text('city'),
    companyName,
  ];
  for (const { email } of person.emails as PersonEmail[]) {
    // The parts let `novak` find `jan.novak@…`; the run-together form lets a typed full address match
    // as one prefix, because query terms lose their punctuation (see searchTerms).
    const parts = email.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    words.push(email, ...parts, parts.join(''));
  }
  for (const { number } of person.phones as PersonPhone[]) {
    // Every tail of the digit groups, so a number is found with or without its country and area code.
    const groups = number.match(/\d+/g) ?? [];
    words.push(...groups.map((_, i) => groups.slice(i).join('')));
  }
  return {
    title: `${text('firstName') ?? ''} ${text('lastName') ?? ''}`.trim(),
    subtitle: [text('jobTitle'), companyName].filter(Boolean).join(' · ') || null,
    text: words.filter(Boolean).join(' '),
  };
}

export type Person = RecordOf<typeof personType>;
