import { defineRecordType, type RecordOf, type RecordValues } from '../../records/record-type.js';
import { billingFields } from '../customer-billing/billing-details.js';
import { companyCreateBody, companyUpdateBody } from './companies.schemas.js';
import { customerValueFields } from '../customer-value/customer-value.fields.js';

export const companyType = defineRecordType({
  entity: 'company',
  table: 'companies',
  names: { singular: 'company', plural: 'companies' },
  fields: {
    name: { column: 'name', type: 'text', sortable: true, keyed: true },
    domain: { column: 'domain', type: 'text', sortable: true, nullable: true },
    country: { column: 'country', type: 'text', sortable: true, nullable: true },
    industry: { column: 'industry', type: 'text', sortable: true, nullable: true, keyed: true },
    annualRevenue: { column: 'annual_revenue', currencyColumn: 'currency', type: 'money', nullable: true },
    language: { column: 'language', type: 'text', nullable: true },
    ...billingFields({ city: true }),
    ...customerValueFields(),
  },
  defaultSort: 'name',
  display: ['name'],
  mergeable: true,
  duplicates: { keys: companyKeys, fields: ['domain'], byField: ['domain'] },
  input: { create: companyCreateBody, update: companyUpdateBody },
  search: (company) => {
    const text = (key: string) => (company[key] as string | null) ?? null;
    return {
      title: text('name') ?? '',
      subtitle: text('domain'),
      text: [text('name'), text('domain'), text('industry'), text('country')].filter(Boolean).join(' '),
    };
  },
});

export type Company = RecordOf<typeof companyType>;

/** A company's domain, lower-case and without `www.`. */
function companyKeys(company: RecordValues): string[] {
  const domain = (company.domain as string | null | undefined)
    ?.trim()
    .toLowerCase()
    .replace(/^www\./, '');
  return domain ? [`domain:${domain}`] : [];
}
