import type { ReactNode } from 'react';
import type { Formatters } from '../../lib/format.js';
import type { Person } from '../../lib/types.js';
import { commonFieldDefs, countryFieldDef, type FieldDef } from '../records/fields.js';
import { RecordLink } from '../records/RecordLink.js';
import { customerValueFieldDefs } from '../customer-value/customer-value-fields.js';

export const primaryEmail = (p: Person) => (p.emails.find((e) => e.primary) ?? p.emails[0])?.email ?? null;

export const PERSON_DEFAULT_COLUMNS = ['name', 'email', 'phone', 'company', 'jobTitle', 'country', 'tags'];

export function personFieldDefs(fmt: Formatters): FieldDef<Person>[] {
  return [
    {
      id: 'name',
      labelKey: 'people.fields.name',
      viewKey: 'lastName',
      exportKeys: ['firstName', 'lastName'],
      sortKeys: ['lastName', 'firstName'],
      width: 220,
      render: (p) => [p.firstName, p.lastName].filter(Boolean).join(' '),
    },
    {
      id: 'firstName',
      labelKey: 'fields.firstName',
      column: false,
      filter: 'text',
      width: 0,
      render: (p) => p.firstName,
    },
    {
      id: 'lastName',
      labelKey: 'fields.lastName',
      column: false,
      filter: 'text',
      width: 0,
      render: (p) => p.lastName,
    },
    {
      id: 'email',
      labelKey: 'fields.email',
      sortKeys: ['email'],
      filter: 'text',
      width: 230,
      render: (p) => primaryEmail(p),
    },
    {
      id: 'phone',
      labelKey: 'fields.phone',
      viewKey: 'phones',
      width: 160,
      render: (p) => p.phones[0]?.number ?? null,
    },
    {
      id: 'company',
      labelKey: 'fields.company',
      viewKey: 'companyId',
      exportKeys: ['companyName'],
      filterField: 'companyId',
      filter: 'record',
      ref: 'company',
      width: 200,
      render: (p): ReactNode =>
        p.companyId && p.companyName ? (
          <RecordLink entity="company" id={p.companyId}>
            {p.companyName}
          </RecordLink>
        ) : null,
    },
    {
      id: 'jobTitle',
      labelKey: 'fields.jobTitle',
      sortKeys: ['jobTitle'],
      filter: 'text',
      width: 180,
      render: (p) => p.jobTitle,
    },
    {
      id: 'city',
      labelKey: 'fields.city',
      sortKeys: ['city'],
      filter: 'text',
      width: 140,
      render: (p) => p.city,
    },
    countryFieldDef<Person>(fmt),
    ...customerValueFieldDefs<Person>(fmt),
    ...commonFieldDefs<Person>(),
  ];
}
