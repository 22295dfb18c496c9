import { Anchor, Card, Text } from '@mantine/core';
import { lazyRouteComponent } from '@tanstack/react-router';
import { IconBuilding } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../lib/types.js';
import { defineRecordType } from '../../records/define-record-type.js';
import type { RenderContext } from '../records/fields.js';
import type { FieldItem } from '../records/FieldList.js';
import { COMPANY_DEFAULT_COLUMNS, companyFieldDefs } from './company-fields.js';
import { customerValueDetails } from '../customer-value/customer-value-fields.js';
import { companyBody, companyInput } from './company-input.js';

function companyDetails(c: Company, { fmt, t }: RenderContext): FieldItem[] {
  return [
    {
      label: t('fields.domain'),
      value: c.domain ? (
        <Anchor href={`https://${c.domain}`} target="_blank" rel="noreferrer" size="sm">
          {c.domain}
        </Anchor>
      ) : null,
    },
    { label: t('fields.industry'), value: c.industry },
    { label: t('fields.country'), value: c.country ? fmt.country(c.country) : null },
    { label: t('fields.annualRevenue'), value: c.annualRevenue ? fmt.money(c.annualRevenue) : null },
    ...customerValueDetails(c, fmt, t),
  ];
}

// A record's related cards are chunks of their own, fetched with the record's page.
const CompanyPeople = lazyRouteComponent(() => import('./CompanyPeople.js'), 'CompanyPeople');
const CustomerSalesPanel = lazyRouteComponent(
  () => import('../sales-documents/CustomerSalesPanel.js'),
  'CustomerSalesPanel',
);

function CompanyRelated({ record }: { record: Company }) {
  const { t } = useTranslation();
  return (
    <>
      <Card withBorder p="lg">
        <Text fw={600} mb="sm">
          {t('companies.people')}
        </Text>
        <CompanyPeople companyId={record.id} readOnly={record.deletedAt !== null} />
      </Card>
      <CustomerSalesPanel customer="companies" id={record.id} />
    </>
  );
}

/** The companies the workspace sells to or works with; people work at them. */
export const companyType = defineRecordType({
  entity: 'company',
  module: 'companies',
  apiPath: '/companies',
  routePath: '/companies',
  icon: IconBuilding,
  color: 'teal',
  texts: 'companies',
  display: ['name'],
  fields: companyFieldDefs,
  defaultColumns: COMPANY_DEFAULT_COLUMNS,
  subtitle: (c) => c.industry,
  details: companyDetails,
  Related: CompanyRelated,
  duplicates: true,
  form: {
    Form: lazyRouteComponent(() => import('./CompanyForm.js'), 'CompanyForm'),
    toInput: ({ defaultCurrency }, company) => companyInput(defaultCurrency, company),
    toBody: companyBody,
  },
});
