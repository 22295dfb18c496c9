import { foldText } from '../lib/text-fold.js';
import type { Company } from '../modules/companies/companies.record.js';
import type { Person } from '../modules/people/people.record.js';
import { COUNTRIES, type CountryProfile } from './countries/index.js';
import { Prng } from './prng.js';
import { cryptoBits, uuidv7At } from './seed-ids.js';

export const MAX_SEED_PEOPLE = 5_000_000;
const DAY_MS = 86_400_000;
/** How far back seeded records were created. */
const HISTORY_MS = 3 * 365 * DAY_MS;
const PEOPLE_PER_COMPANY = 15;
const PERSON_NOTE_CHANCE = 0.02;
const COMPANY_NOTE_CHANCE = 0.1;
const PERSON_TAGS = [
  'customer',
  'prospect',
  'lead',
  'partner',
  'vip',
  'newsletter',
  'event-2026',
  'decision-maker',
  'churn-risk',
];
const COMPANY_TAGS = ['customer', 'prospect', 'partner', 'supplier', 'key-account', 'reseller'];
// Reserved for documentation (RFC 2606): seeded private addresses can never reach a real mailbox.
const PRIVATE_MAIL_DOMAINS = ['example.com', 'example.net', 'example.org'];
/** Revenue spreads over 0.1–500 million in each currency's typical magnitude. */
const REVENUE_SCALE: Record<string, number> = { RUB: 90, BRL: 5, PLN: 4 };
const LANGUAGE_OF_COUNTRY: Record<string, string> = {
  GB: 'en',
  US: 'en',
  BG: 'bg',
  RU: 'ru',
  SK: 'sk',
  PT: 'pt',
  BR: 'pt',
  PL: 'pl',
};

export interface SeedOptions {
  seed: string;
  people: number;
  /** Members of the workspace; records are spread over them as owners. */
  ownerIds: readonly string[];
  /** The moment the data is generated "at"; creation dates lie in the three years before it. */
  now: number;
  /** Random bits for ids; fixed in tests, crypto otherwise (see uuidv7At). */
  idBits?: () => number;
}

export interface SeededPerson {
  person: Person;
  companyName: string | null;
}

export interface SeededNote {
  id: string;
  entityType: 'person' | 'company';
  entityId: string;
  body: string;
  authorId: string | null;
  createdAt: string;
}

interface CountryCompanies {
  profile: CountryProfile;
  /** Oldest first. */
  companies: Company[];
  /** How many of them exist at the creation time of the person being made. */
  available: number;
}

export const companyCountFor = (people: number) =>
  people === 0 ? 0 : Math.max(1, Math.round(people / PEOPLE_PER_COMPANY));

/**
 * Deterministic demo data: for a given seed the same names, companies, addresses and dates (relative
 * to `now`), whatever the batch size, because everything is drawn from one random stream in one order:
 * companies first, then people with their notes. Only the ids' random bits come from elsewhere.
 *
 * People come out in creation order, so their UUIDv7 ids only grow. That is what real data looks
 * like, and it lets the database append to its indexes instead of inserting at random places, which
 * is most of what makes a million-row seed fast.
 */
export class SeedGenerator {
  private readonly rng: Prng;
  private readonly idBits: () => number;
  private readonly countryWeights: number[];
  private readonly byCountry: CountryCompanies[];
  private readonly slugs = new Map<string, string>();
  private readonly usedDomains = new Set<string>();
  private generated = 0;

  constructor(private readonly options: SeedOptions) {
    if (options.ownerIds.length === 0)
      throw new Error('a workspace without members cannot own seeded records');
    this.rng = new Prng(options.seed);
    this.idBits = options.idBits ?? cryptoBits();
    let total = 0;
    this.countryWeights = COUNTRIES.map((country) => (total += country.weight));
    this.byCountry = COUNTRIES.map((profile) => ({ profile, companies: [], available: 0 }));
  }

  /** All companies, made once before any person (people need their names and domains). */
  companies(): { companies: Company[]; notes: SeededNote[] } {
    const companies: Company[] = [];
    const notes: SeededNote[] = [];
    const count = companyCountFor(this.options.people);
    for (let i = 0; i < count; i++) {
      const group = this.byCountry[this.rng.weightedIndex(this.countryWeights)]!;
      const company = this.company(group.profile);
      group.companies.push(company);
      companies.push(company);
      if (this.rng.chance(COMPANY_NOTE_CHANCE))
        notes.push(this.note(group.profile, 'company', company.id, company.ownerId, company.createdAt));
    }
    const oldestFirst = (a: Company, b: Company) => a.createdAt.localeCompare(b.createdAt);
    for (const group of this.byCountry) group.companies.sort(oldestFirst);
    return { companies: companies.sort(oldestFirst), notes };
  }

  /** The next `size` people (fewer at the end), with the notes written about them. */
  nextPeople(size: number): { people: SeededPerson[]; notes: SeededNote[] } {
    const people: SeededPerson[] = [];
    const notes: SeededNote[] = [];
    const end = Math.min(this.options.people, this.generated + size);
    for (; this.generated < end; this.generated++) {
      const group = this.byCountry[this.rng.weightedIndex(this.countryWeights)]!;
      const seeded = this.person(group);
      people.push(seeded);
      const { person } = seeded;
      if (this.rng.chance(PERSON_NOTE_CHANCE))
        notes.push(this.note(group.profile, 'person', person.id, person.ownerId, person.createdAt));
    }
    return { people, notes };
  }

  get remaining(): number {
    return this.options.people - this.generated;
  }

  private company(profile: CountryProfile): Company {
    const rng = this.rng;
    const [activity, industry] = rng.pick(profile.company.activities);
    const brand = rng.chance(0.7)
      ? `${rng.pick(profile.company.stems)} ${activity}`
      : `${rng.pick(profile.surnames)} ${activity}`;
    const createdMs = this.options.now - rng.int(30 * DAY_MS, HISTORY_MS + 90 * DAY_MS);
    const revenue = rng.chance(0.8)
      ? Math.round(10 ** (5 + rng.next() * 3.7)) * (REVENUE_SCALE[profile.currency] ?? 1) * 100
      : null;
    const createdAt = new Date(createdMs).toISOString();
    return {
      id: uuidv7At(createdMs, this.idBits),
      name: rng.pick(profile.company.legalForms).replace('{name}', brand),
      domain: this.uniqueDomain(brand, profile.tld),
      country: profile.code,
      industry,
      annualRevenue: revenue === null ? null : { amount: revenue, currency: profile.currency },
      // Companies are written to in their country's language; their people follow the company.
      language: LANGUAGE_OF_COUNTRY[profile.code] ?? null,
      ownerId: rng.pick(this.options.ownerIds),
      tags: rng.subset(COMPANY_TAGS, 0.15, 2),
      custom: {},
      version: 1,
      createdAt,
      updatedAt: createdAt,
      deletedAt: null,
    };
  }

  private uniqueDomain(brand: string, tld: string): string {
    const base = this.slug(brand, '-');
    let domain = `${base}.${tld}`;
    for (let n = 2; this.usedDomains.has(domain); n++) domain = `${base}-${n}.${tld}`;
    this.usedDomains.add(domain);
    return domain;
  }

  private person(group: CountryCompanies): SeededPerson {
    const { profile } = group;
    const rng = this.rng;
    const female = rng.chance(0.5);
    const firstName = rng.pick(female ? profile.femaleFirstNames : profile.maleFirstNames);
    const lastName = this.lastName(profile, female);
    const createdMs = this.creationTime(rng.next());
    const company = this.employer(group, createdMs);
    const updatedMs = rng.chance(0.3) ? rng.int(createdMs, this.options.now - 1000) : createdMs;
    const person: Person = {
      id: uuidv7At(createdMs, this.idBits),
      firstName,
      lastName,
      emails: this.emails(firstName, lastName, company),
      phones: this.phones(profile, company !== null),
      companyId: company?.id ?? null,
      jobTitle: company && rng.chance(0.95) ? this.jobTitle(profile, female) : null,
      city: rng.chance(0.95) ? profile.cities[Math.floor(profile.cities.length * rng.next() ** 1.5)]! : null,
      country: profile.code,
      language: null,
      ownerId: company?.ownerId && rng.chance(0.7) ? company.ownerId : rng.pick(this.options.ownerIds),
      tags: rng.subset(PERSON_TAGS, 0.1, 3),
      custom: {},
      version: 1,
      createdAt: new Date(createdMs).toISOString(),
      updatedAt: new Date(updatedMs).toISOString(),
      deletedAt: null,
    };
    return { person, companyName: company?.name ?? null };
  }

  /** Person n is created in the n-th slice of the history, at a random moment within it. */
  private creationTime(withinSlice: number): number {
    const start = this.options.now - HISTORY_MS;
    const span = HISTORY_MS - 60_000;
    return start + Math.floor(((this.generated + withinSlice) * span) / this.options.people);
  }

  /** A company that already existed at `createdMs`; older (bigger) ones employ more people. */
  private employer(group: CountryCompanies, createdMs: number): Company | null {
    const { companies } = group;
    while (
      group.available < companies.length &&
      Date.parse(companies[group.available]!.createdAt) <= createdMs
    )
      group.available++;
    if (group.available === 0 || !this.rng.chance(0.85)) return null;
    return companies[Math.floor(group.available * this.rng.next() ** 1.6)]!;
  }

  private lastName(profile: CountryProfile, female: boolean): string {
    const form = (surname: string) => (female ? profile.feminineSurname(surname) : surname);
    const first = form(this.rng.pick(profile.surnames));
    return this.rng.chance(profile.doubleSurname)
      ? `${first} ${form(this.rng.pick(profile.surnames))}`
      : first;
  }

  private jobTitle(profile: CountryProfile, female: boolean): string {
    const [masculine, feminine] = this.rng.pick(profile.jobTitles).split('|');
    return (female && feminine) || masculine!;
  }

  private emails(firstName: string, lastName: string, company: Company | null): Person['emails'] {
    const first = this.slug(firstName, '');
    const last = this.slug(lastName.split(' ').pop()!, '');
    const emails: Person['emails'] = [];
    if (company?.domain && this.rng.chance(0.97)) {
      const local = this.rng.pick([
        `${first}.${last}`,
        `${first[0]}.${last}`,
        `${first}${last}`,
        `${first[0]}${last}`,
        first,
      ]);
      emails.push({ email: `${local}@${company.domain}`, label: 'work', primary: true });
    }
    if (!company || this.rng.chance(0.3)) {
      const local = this.rng.pick([
        `${first}.${last}`,
        `${first}_${last}`,
        `${last}.${first}`,
        `${first}${last}${this.rng.int(1, 99)}`,
      ]);
      emails.push({
        email: `${local}@${this.rng.pick(PRIVATE_MAIL_DOMAINS)}`,
        label: 'personal',
        primary: emails.length === 0,
      });
    }
    return emails;
  }

  private phones(profile: CountryProfile, employed: boolean): Person['phones'] {
    const phones: Person['phones'] = [];
    if (this.rng.chance(0.85))
      phones.push({ number: this.phone(this.rng.pick(profile.mobilePhones)), label: 'mobile' });
    if (employed && this.rng.chance(0.4))
      phones.push({ number: this.phone(this.rng.pick(profile.landlinePhones)), label: 'work' });
    return phones;
  }

  private phone(pattern: string): string {
    return this.rng.digits(
      pattern.replace(/\{([^}]+)\}/g, (_, alternatives: string) => this.rng.pick(alternatives.split('|'))),
    );
  }

  private note(
    profile: CountryProfile,
    entityType: SeededNote['entityType'],
    entityId: string,
    authorId: string | null,
    after: string,
  ) {
    const createdMs = this.rng.int(Date.parse(after), this.options.now - 1000);
    return {
      id: uuidv7At(createdMs, this.idBits),
      entityType,
      entityId,
      body: this.rng.pick(profile.noteBodies),
      authorId,
      createdAt: new Date(createdMs).toISOString(),
    };
  }

  /** ASCII form of a name for addresses and domains (`Łukasz` → `lukasz`, `Пловдив` → `plovdiv`). */
  private slug(text: string, separator: string): string {
    const key = `${separator}${text}`;
    let slug = this.slugs.get(key);
    if (slug === undefined) {
      slug = foldText(text)
        .replace(/[^a-z0-9]+/g, separator)
        .replace(/^-+|-+$/g, '');
      this.slugs.set(key, slug);
    }
    return slug;
  }
}
