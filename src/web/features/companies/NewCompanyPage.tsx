import { Card, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { useSession } from '../../lib/session.js';
import type { Company } from '../../lib/types.js';
import { CompanyForm, companyBody, companyInput, type CompanyInput } from './CompanyForm.js';

export function NewCompanyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (input: CompanyInput) =>
      api<Company>('/companies', { method: 'POST', body: companyBody(input, true) }),
    onSuccess: async (company) => {
      notifications.show({ color: 'green', message: t('companies.created', { name: company.name }) });
      await queryClient.invalidateQueries({ queryKey: ['records', 'company'] });
      await queryClient.invalidateQueries({ queryKey: ['company-options'] });
      await navigate({ to: '/companies/$companyId', params: { companyId: company.id } });
    },
  });
  return (
    <>
      <Title order={1} size="h2" mb="md">
        {t('companies.new')}
      </Title>
      <Card withBorder maw={860} p="lg">
        <CompanyForm
          initial={companyInput(session.workspace.defaultCurrency)}
          submitLabel={t('companies.create')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input)}
          onCancel={() => void navigate({ to: '/companies' })}
        />
      </Card>
    </>
  );
}
