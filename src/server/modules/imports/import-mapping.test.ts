import { describe, expect, it } from 'vitest';
import { recordColumns } from '../../records/record-text.js';
import { recordTypeOf } from '../../records/registry.js';
import type { CustomField } from '../custom-fields/custom-fields.schemas.js';
import { suggestMapping } from './import-mapping.js';

const person = recordTypeOf('person');
const suggest = (headers: string[], customFields: CustomField[] = [], type = person) =>
  suggestMapping(type, recordColumns(type, customFields), customFields, headers);

describe('suggested mappings', () => {
  it('find fields by their labels in all six languages, and by key, whatever the case, accents and script', () => {
    const lastNames = [
      'Last name',
      'Фамилия',
      'Priezvisko',
      'Apelido',
      'Nazwisko',
      'PRIEZVISKO',
      'priezvisko',
      'lastName',
      'last_name',
      'Příjmení',
      'Surname',
    ];
    for (const header of lastNames) expect(suggest([header]), header).toEqual({ [header]: 'lastName' });
    for (const header of [
      'First name',
      'Имя',
      'Собствено име',
      'Krstné meno',
      'Nome próprio',
      'Imię',
      'first_name',
      'Given name',
    ])
      expect(suggest([header]), header).toEqual({ [header]: 'firstName' });
    // Each field is suggested once: the first column that fits takes it.
    expect(suggest(['Imię', 'Имя'])).toEqual({ Imię: 'firstName', Имя: null });
    expect(suggest(['Имейл', 'Телефон', 'Длъжност', 'Град', 'Фирма'])).toEqual({
      Имейл: 'emails',
      Телефон: 'phones',
      Длъжност: 'jobTitle',
      Град: 'city',
      Фирма: 'companyId',
    });
    expect(suggest(['Cargo', 'Cidade', 'Empresa', 'Stanowisko', 'Miasto'])).toMatchObject({
      Cargo: 'jobTitle',
      Cidade: 'city',
      Empresa: 'companyId',
    });
    expect(suggest(['Stanowisko', 'Miasto'])).toEqual({ Stanowisko: 'jobTitle', Miasto: 'city' });
  });

  it('lets several columns fill a list, takes custom fields by key and label, and leaves the rest unmapped', () => {
    const customFields = [{ key: 'externalId', label: 'Číslo zákazníka', type: 'text' } as CustomField];
    expect(
      suggest(
        ['E-mail', 'Email 2', 'Mail', 'Číslo zakaznika', 'externalId', 'Shoe size', 'Created'],
        customFields,
      ),
    ).toEqual({
      'E-mail': 'emails',
      'Email 2': null,
      Mail: 'emails',
      'Číslo zakaznika': 'custom.externalId',
      externalId: null,
      'Shoe size': null,
      Created: null,
    });
    const company = recordTypeOf('company');
    expect(suggest(['Název', 'Name', 'Domain', 'Revenue'], [], company)).toEqual({
      Název: null,
      Name: 'name',
      Domain: 'domain',
      Revenue: null,
    });
  });
});
