import { Anchor } from '@mantine/core';
import { COUNTRY_CODES } from '../../lib/countries.js';
import type { Formatters } from '../../lib/format.js';
import type { Company } from '../../lib/types.js';
import { commonFieldDefs, type FieldDef } from '../records/fields.js';

export const COMPANY_DEFAULT_COLUMNS = ['name', 'domain', 'industry', 'country', 'annualRevenue', 'ownerId'];

export function companyFieldDefs(fmt: Formatters): FieldDef<Company>[] {
  const countries = COUNTRY_CODES.map((code) => ({ value: code, label: fmt.country(code) }));
  return [
    {
      id: 'name',
      labelKey: 'fields.name',
      sortKeys: ['name'],
      filter: 'text',
      width: 240,
      render: (c) => c.name,
    },
    {
      id: 'domain',
      labelKey: 'fields.domain',
      sortKeys: ['domain'],
      filter: 'text',
      width: 180,
      render: (c) =>
        c.domain ? (
          <Anchor href={`https://${c.domain}`} target="_blank" rel="noreferrer" size="sm">
            {c.domain}
          </Anchor>
        ) : null,
    },
    {
      id: 'industry',
      labelKey: 'fields.industry',
      sortKeys: ['industry'],
      filter: 'text',
      width: 170,
      render: (c) => c.industry,
    },
    {
      id: 'country',
      labelKey: 'fields.country',
      sortKeys: ['country'],
      filter: 'select',
      choices: countries,
      width: 150,
      render: (c) => (c.country ? fmt.country(c.country) : null),
    },
    {
      id: 'annualRevenue',
      labelKey: 'fields.annualRevenue',
      width: 160,
      render: (c) => (c.annualRevenue ? fmt.money(c.annualRevenue) : null),
    },
    ...commonFieldDefs<Company>(),
  ];
}
