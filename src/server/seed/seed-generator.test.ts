import { describe, expect, it } from 'vitest';
import { slavicFeminine } from './countries/country-profile.js';
import { COUNTRIES } from './countries/index.js';
import { Prng } from './prng.js';
import { companyCountFor, SeedGenerator, type SeedOptions } from './seed-generator.js';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const OWNERS = ['01a20000-0000-7000-8000-000000000001', '01a20000-0000-7000-8000-000000000002'];

/** Fixed id bits, so that whole outputs (ids included) can be compared. */
function fixedBits(seed: string) {
  const rng = new Prng(`ids:${seed}`);
  return () => rng.nextUint32();
}

function generate(options: Partial<SeedOptions> & { batch?: number } = {}) {
  const seed = options.seed ?? 'test';
  const generator = new SeedGenerator({
    seed,
    people: 2000,
    ownerIds: OWNERS,
    now: NOW,
    idBits: fixedBits(seed),
    ...options,
  });
  const { companies, notes } = generator.companies();
  const people = [];
  while (generator.remaining > 0) {
    const batch = generator.nextPeople(options.batch ?? 1000);
    people.push(...batch.people);
    notes.push(...batch.notes);
  }
  return { companies, people, notes };
}

describe('seed generator', () => {
  it('makes the same data for the same seed, whatever the batch size, and other data for another seed', () => {
    const first = generate();
    expect(generate({ batch: 137 })).toEqual(first);
    const other = generate({ seed: 'other' });
    expect(other.people.map((p) => p.person.lastName)).not.toEqual(
      first.people.map((p) => p.person.lastName),
    );
  });

  it('keeps names and dates deterministic even with fresh random ids', () => {
    const strip = (data: ReturnType<typeof generate>) =>
      data.people.map(({ person, companyName }) => ({
        ...person,
        id: '',
        companyId: person.companyId && '',
        companyName,
      }));
    const a = generate({ idBits: undefined });
    const b = generate({ idBits: undefined });
    expect(a.people[0]!.person.id).not.toBe(b.people[0]!.person.id);
    expect(strip(a)).toEqual(strip(b));
  });

  it('makes the requested number of people and about one company per 15 people', () => {
    const { companies, people, notes } = generate();
    expect(people).toHaveLength(2000);
    expect(companies).toHaveLength(companyCountFor(2000));
    expect(companyCountFor(2000)).toBe(133);
    expect(companyCountFor(1)).toBe(1);
    expect(notes.length).toBeGreaterThan(0);
    expect(new Set(people.map((p) => p.person.id)).size).toBe(2000);
    expect(new Set(companies.map((c) => c.domain)).size).toBe(companies.length);
  });

  it('writes names in each country’s script, with its diacritics', () => {
    const { people } = generate();
    const names = (country: string) =>
      people
        .filter((p) => p.person.country === country)
        .map((p) => `${p.person.firstName} ${p.person.lastName}`);
    for (const country of ['BG', 'RU']) {
      expect(names(country).length).toBeGreaterThan(50);
      for (const name of names(country)) expect(name).toMatch(/^[\p{Script=Cyrillic} -]+$/u);
    }
    for (const country of ['GB', 'US', 'SK', 'PL', 'PT', 'BR']) {
      for (const name of names(country)) expect(name).toMatch(/^[\p{Script=Latin}' -]+$/u);
    }
    expect(names('PL').join(' ')).toMatch(/[ąćęłńóśźż]/);
    expect(names('SK').join(' ')).toMatch(/[áäčďéíľňôšťúýž]/);
    expect(names('PT').join(' ')).toMatch(/[ãçéíóú]/);
  });

  it('gives women the feminine form of Slavic surnames', () => {
    const { people } = generate();
    const lastNames = (country: string, female: boolean) => {
      const profile = COUNTRIES.find((c) => c.code === country)!;
      const firstNames = new Set(female ? profile.femaleFirstNames : profile.maleFirstNames);
      return people
        .filter((p) => p.person.country === country && firstNames.has(p.person.firstName))
        .map((p) => p.person.lastName);
    };
    for (const name of lastNames('PL', true)) expect(name).not.toMatch(/(ski|cki|dzki)$/);
    for (const name of lastNames('PL', false)) expect(name).not.toMatch(/(ska|cka|dzka)$/);
    for (const name of lastNames('SK', true)) expect(name).toMatch(/(ová|á|a)$/);
    for (const name of lastNames('SK', false)) expect(name).not.toMatch(/ová$/);
    for (const name of lastNames('RU', true)) expect(name).toMatch(/(а|ая|ых|ко|ук)$/);
    for (const name of lastNames('BG', false)) expect(name).toMatch(/(ов|ев|ки)$/);
  });

  it('derives feminine surnames by the Slavic rules', () => {
    const cases = {
      Kowalski: 'Kowalska',
      Nowak: 'Nowak',
      Zawadzki: 'Zawadzka',
      Czarnecki: 'Czarnecka',
      Иванов: 'Иванова',
      Соловьёв: 'Соловьёва',
      Ильин: 'Ильина',
      Вишневский: 'Вишневская',
      Троицкий: 'Троицкая',
      Толстой: 'Толстая',
      Черных: 'Черных',
      Шевченко: 'Шевченко',
      Джамбазки: 'Джамбазка',
    };
    for (const [male, female] of Object.entries(cases)) expect(slavicFeminine(male)).toBe(female);
    const slovakia = COUNTRIES.find((c) => c.code === 'SK')!;
    expect(slovakia.feminineSurname('Oravec')).toBe('Oravcová');
    expect(slovakia.feminineSurname('Hrubý')).toBe('Hrubá');
  });

  it('names companies with local legal forms and dials phones with the country code', () => {
    const { companies, people } = generate();
    const legalForm: Record<string, RegExp> = {
      GB: / (Ltd|Limited|plc|LLP)$/,
      US: / (Inc\.|LLC|Corp\.)$/,
      BG: / (ООД|ЕООД|АД)$/,
      RU: /^(ООО|АО|ПАО) «.+»$/,
      SK: /( s\.r\.o\.| a\.s\.|, k\.s\.)$/,
      PL: / (Sp\. z o\.o\.|S\.A\.|sp\.k\.)$/,
      PT: /(, Lda\.|, S\.A\.)$/,
      BR: / (Ltda\.|S\.A\.)$/,
    };
    const dialling: Record<string, string> = {
      GB: '+44 ',
      US: '+1 ',
      BG: '+359 ',
      RU: '+7 ',
      SK: '+421 ',
      PL: '+48 ',
      PT: '+351 ',
      BR: '+55 ',
    };
    for (const company of companies) {
      expect(company.name).toMatch(legalForm[company.country!]!);
      expect(company.domain).toMatch(/^[a-z0-9-]+(\.[a-z]+)+$/);
    }
    for (const { person } of people) {
      for (const phone of person.phones)
        expect(phone.number.startsWith(dialling[person.country!]!)).toBe(true);
      for (const phone of person.phones) expect(phone.number).toMatch(/^[0-9+ ()-]+$/);
    }
    expect(companies.some((c) => c.name.includes('Sp. z o.o.'))).toBe(true);
    expect(companies.some((c) => c.name.endsWith(' s.r.o.'))).toBe(true);
  });

  it('derives ASCII addresses from transliterated names and the company’s domain', () => {
    const { companies, people } = generate();
    const domains = new Map(companies.map((c) => [c.id, c.domain]));
    for (const { person } of people) {
      expect(person.emails.filter((e) => e.primary).length).toBe(person.emails.length > 0 ? 1 : 0);
      for (const { email, label } of person.emails) {
        expect(email).toMatch(/^[a-z0-9._]+@[a-z0-9.-]+$/);
        if (label === 'work') expect(email.endsWith(`@${domains.get(person.companyId!)}`)).toBe(true);
      }
    }
    const ivan = people.find((p) => p.person.firstName === 'Иван' && p.person.emails.length > 0);
    expect(ivan?.person.emails[0]!.email).toContain('ivan');
  });

  it('hands records to the workspace’s members and dates them in the three years before now', () => {
    const { companies, people } = generate();
    const threeYearsAgo = NOW - 3 * 365 * 86_400_000;
    for (const { person } of people) {
      expect(OWNERS).toContain(person.ownerId);
      const created = Date.parse(person.createdAt);
      expect(created).toBeGreaterThanOrEqual(threeYearsAgo);
      expect(created).toBeLessThan(NOW);
      expect(Date.parse(person.updatedAt)).toBeGreaterThanOrEqual(created);
      // UUIDv7: the first 48 bits are the creation time in milliseconds.
      expect(parseInt(person.id.replace('-', '').slice(0, 12), 16)).toBe(created);
      expect(person.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    for (const company of companies) expect(OWNERS).toContain(company.ownerId);
    expect(new Set(people.map((p) => p.person.ownerId)).size).toBe(OWNERS.length);
  });
});

describe('prng', () => {
  it('repeats for a seed and stays in range', () => {
    const a = new Prng('x');
    const b = new Prng('x');
    const values = Array.from({ length: 1000 }, () => a.int(3, 7));
    expect(values).toEqual(Array.from({ length: 1000 }, () => b.int(3, 7)));
    expect(new Set(values)).toEqual(new Set([3, 4, 5, 6, 7]));
    expect(new Prng('y').nextUint32()).not.toBe(new Prng('x').nextUint32());
  });

  it('fills digit patterns', () => {
    const digits = new Prng('d').digits('+421 9## @##');
    expect(digits).toMatch(/^\+421 9\d\d [2-9]\d\d$/);
  });
});
