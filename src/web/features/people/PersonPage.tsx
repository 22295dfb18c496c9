import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { AnchorLink } from '../../components/links.js';
import { RecordSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import type { Person } from '../../lib/types.js';
import { RecordPage, useRecordEditor } from '../records/RecordPage.js';
import { personName } from './person-fields.js';
import { PersonForm, personBody, personInput, type PersonInput } from './PersonForm.js';

export function PersonPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryKey = ['person', id];
  const person = useQuery({ queryKey, queryFn: () => api<Person>(`/people/${id}`) });
  const editor = useRecordEditor({
    object: 'person',
    queryKey,
    id,
    save: (input: PersonInput, headers) =>
      api<Person>(`/people/${id}`, { method: 'PATCH', body: personBody(input, false), headers }),
    listsKey: ['records', 'person'],
  });

  if (person.isPending) return <RecordSkeleton />;
  if (person.isError) return <ErrorAlert error={person.error} />;
  const p = person.data;
  const name = personName(p) || t('people.unnamed');

  const items = [
    {
      label: t('fields.emails'),
      value: p.emails.length ? (
        <Stack gap={2}>
          {p.emails.map((e) => (
            <Group key={e.email} gap={6}>
              <Anchor href={`mailto:${e.email}`} size="sm">
                {e.email}
              </Anchor>
              {e.label && (
                <Text span size="xs" c="dimmed">
                  {e.label}
                </Text>
              )}
              {e.primary && p.emails.length > 1 && (
                <Badge size="xs" variant="light">
                  {t('people.primary')}
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
      ) : null,
    },
    {
      label: t('fields.phones'),
      value: p.phones.length ? (
        <Stack gap={2}>
          {p.phones.map((ph) => (
            <Group key={ph.number} gap={6}>
              <Anchor href={`tel:${ph.number}`} size="sm">
                {ph.number}
              </Anchor>
              {ph.label && (
                <Text span size="xs" c="dimmed">
                  {ph.label}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      ) : null,
    },
    {
      label: t('fields.company'),
      value: p.companyId ? (
        <AnchorLink to="/companies/$companyId" params={{ companyId: p.companyId }} size="sm">
          {p.companyName ?? t('companies.unnamed')}
        </AnchorLink>
      ) : null,
    },
    { label: t('fields.jobTitle'), value: p.jobTitle },
    { label: t('fields.city'), value: p.city },
    { label: t('fields.country'), value: p.country ? fmt.country(p.country) : null },
  ];

  return (
    <RecordPage
      object="person"
      record={p}
      title={name}
      subtitle={[p.jobTitle, p.companyName].filter(Boolean).join(' · ')}
      apiPath="/people"
      listPath="/people"
      listLabel={t('people.title')}
      queryKey={queryKey}
      items={items}
      editor={editor}
      editTitle={t('people.editTitle', { name })}
      editForm={<PersonForm initial={personInput(p)} submitLabel={t('record.save')} {...editor.formProps} />}
    />
  );
}
