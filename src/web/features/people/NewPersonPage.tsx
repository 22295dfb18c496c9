import { Card, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import type { Person } from '../../lib/types.js';
import { personName } from './person-fields.js';
import { PersonForm, personBody, personInput, type PersonInput } from './PersonForm.js';

export function NewPersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { companyId } = useSearch({ from: '/app/people/new' });
  const create = useMutation({
    mutationFn: (input: PersonInput) =>
      api<Person>('/people', { method: 'POST', body: personBody(input, true) }),
    onSuccess: async (person) => {
      notifications.show({ color: 'green', message: t('people.created', { name: personName(person) }) });
      await queryClient.invalidateQueries({ queryKey: ['records', 'person'] });
      await navigate({ to: '/people/$personId', params: { personId: person.id } });
    },
  });
  return (
    <>
      <Title order={1} size="h2" mb="md">
        {t('people.new')}
      </Title>
      <Card withBorder maw={860} p="lg">
        <PersonForm
          initial={personInput(undefined, companyId ? { companyId } : {})}
          submitLabel={t('people.create')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input)}
          onCancel={() => void navigate({ to: '/people' })}
        />
      </Card>
    </>
  );
}
