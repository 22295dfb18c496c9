import { Anchor } from '@mantine/core';
import type { Formatters } from '../../lib/format.js';
import type { Company } from '../../lib/types.js';
import { commonFieldDefs, countryFieldDef, type FieldDef } from '../records/fields.js';
import { customerValueFieldDefs } from '../customer-value/customer-value-fields.js';

export const COMPANY_DEFAULT_COLUMNS = ['name', 'domain', 'industry', 'country', 'annualRevenue', 'ownerId'];

export function companyFieldDefs(fmt: Formatters): FieldDef<Company>[] {
  return [
    {
      id: 'name',
      labelKey: 'companies.fields.name',
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
    countryFieldDef<Company>(fmt),
    {
      id: 'annualRevenue',
      labelKey: 'fields.annualRevenue',
      width: 160,
      render: (c) => (c.annualRevenue ? fmt.money(c.annualRevenue) : null),
    },
    ...customerValueFieldDefs<Company>(fmt),
    ...commonFieldDefs<Company>(),
  ];
}
