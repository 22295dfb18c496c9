import { isLocale, type Locale } from '../../lib/i18n.js';
import type { Person, PersonEmail, PersonPhone, RequestBody } from '../../lib/types.js';

/**
 * A person form's values and the request body made from them: apart from the form, so that a list
 * (inline editing) has them without the form's script.
 */

export interface PersonInput {
  firstName: string;
  lastName: string;
  emails: PersonEmail[];
  phones: PersonPhone[];
  companyId: string | null;
  jobTitle: string;
  city: string;
  country: string | null;
  language: Locale | null;
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
}

export function personInput(person?: Person, defaults: Partial<PersonInput> = {}): PersonInput {
  return {
    firstName: person?.firstName ?? '',
    lastName: person?.lastName ?? '',
    emails: person?.emails.length ? person.emails : [{ email: '', label: null, primary: true }],
    phones: person?.phones.length ? person.phones : [{ number: '', label: null }],
    companyId: person?.companyId ?? null,
    jobTitle: person?.jobTitle ?? '',
    city: person?.city ?? '',
    country: person?.country ?? null,
    language: isLocale(person?.language) ? person.language : null,
    ownerId: person?.ownerId ?? null,
    tags: person?.tags ?? [],
    custom: person?.custom ?? {},
    ...defaults,
  };
}

/** The request body: blank rows dropped, blank texts as null. */
export function personBody(input: PersonInput, isNew: boolean): RequestBody<'/people', 'post'> {
  const emails = input.emails
    .filter((e) => e.email.trim())
    .map((e) => ({ ...e, label: e.label?.trim() || null }));
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    emails,
    phones: input.phones
      .filter((p) => p.number.trim())
      .map((p) => ({ ...p, label: p.label?.trim() || null })),
    companyId: input.companyId,
    jobTitle: input.jobTitle.trim() || null,
    city: input.city.trim() || null,
    country: input.country,
    language: input.language,
    // A new record without a chosen owner belongs to its creator (the API's default).
    ...(isNew && !input.ownerId ? {} : { ownerId: input.ownerId }),
    tags: input.tags,
    custom: input.custom,
  };
}
