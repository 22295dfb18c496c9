import { AnchorLink, ButtonLink } from '../../components/links.js';
import { IconBuilding, IconPlus } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import { useFormatters } from '../../lib/format.js';
import type { Company } from '../../lib/types.js';
import { RecordListPage } from '../records/RecordListPage.js';
import { COMPANY_DEFAULT_COLUMNS, companyFieldDefs } from './company-fields.js';

const TEXTS = {
  title: 'companies.title',
  new: 'companies.new',
  search: 'companies.search',
  empty: 'companies.empty',
  emptyBody: 'companies.emptyBody',
  trashEmpty: 'list.trashEmpty',
  noMatch: 'list.noMatch',
};

const newButton = (label: string) => (
  <ButtonLink to="/companies/new" leftSection={<IconPlus size={16} />}>
    {label}
  </ButtonLink>
);

const primaryLink = (company: Company, children: ReactNode) => (
  <AnchorLink to="/companies/$companyId" params={{ companyId: company.id }} size="sm" fw={500}>
    {children}
  </AnchorLink>
);

export function CompaniesPage() {
  const fmt = useFormatters();
  const fields = useMemo(() => companyFieldDefs(fmt), [fmt]);
  return (
    <RecordListPage<Company>
      object="company"
      apiPath="/companies"
      texts={TEXTS}
      icon={IconBuilding}
      fields={fields}
      defaultColumns={COMPANY_DEFAULT_COLUMNS}
      newButton={newButton}
      primaryLink={primaryLink}
    />
  );
}
