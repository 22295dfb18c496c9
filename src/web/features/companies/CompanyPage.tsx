import { Anchor, Card, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RecordSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { companyQuery } from '../../lib/queries.js';
import { useSession } from '../../lib/session.js';
import type { Company } from '../../lib/types.js';
import { RecordPage, useRecordEditor } from '../records/RecordPage.js';
import { CompanyForm, companyBody, companyInput, type CompanyInput } from './CompanyForm.js';
import { CompanyPeople } from './CompanyPeople.js';

export function CompanyPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const query = companyQuery(id);
  const company = useQuery(query);
  const editor = useRecordEditor({
    object: 'company',
    queryKey: query.queryKey,
    id,
    save: (input: CompanyInput, headers) =>
      api<Company>(`/companies/${id}`, { method: 'PATCH', body: companyBody(input, false), headers }),
    // People show their company's name, so every list may have changed.
    listsKey: ['records'],
  });

  if (company.isPending) return <RecordSkeleton />;
  if (company.isError) return <ErrorAlert error={company.error} />;
  const c = company.data;

  const items = [
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
  ];

  return (
    <RecordPage
      object="company"
      record={c}
      title={c.name}
      subtitle={c.industry}
      apiPath="/companies"
      listPath="/companies"
      listLabel={t('companies.title')}
      queryKey={query.queryKey}
      items={items}
      editor={editor}
      editTitle={t('companies.editTitle', { name: c.name })}
      editForm={
        <CompanyForm
          initial={companyInput(session.workspace.defaultCurrency, c)}
          submitLabel={t('record.save')}
          {...editor.formProps}
        />
      }
    >
      <Card withBorder p="lg">
        <Text fw={600} mb="sm">
          {t('companies.people')}
        </Text>
        <CompanyPeople companyId={id} readOnly={c.deletedAt !== null} />
      </Card>
    </RecordPage>
  );
}
