import { Anchor, Badge, Card, Grid, Group, Modal, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { AnchorLink } from '../../components/links.js';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RecordSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { useCustomFields, useMemberName } from '../../lib/queries.js';
import type { Person } from '../../lib/types.js';
import { HistoryPanel } from '../history/HistoryPanel.js';
import { NotesPanel } from '../notes/NotesPanel.js';
import { CustomValue, TagList } from '../records/fields.js';
import { FieldList } from '../records/FieldList.js';
import { RecordHeader } from '../records/RecordHeader.js';
import { personName } from './person-fields.js';
import { PersonForm, personBody, personInput, type PersonInput } from './PersonForm.js';

export function PersonPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const memberName = useMemberName();
  const queryClient = useQueryClient();
  const customFields = useCustomFields('person');
  const [editing, setEditing] = useState(false);
  const queryKey = ['person', id];
  const person = useQuery({ queryKey, queryFn: () => api<Person>(`/people/${id}`) });

  const update = useMutation({
    mutationFn: (input: PersonInput) =>
      api<Person>(`/people/${id}`, { method: 'PATCH', body: personBody(input, false) }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKey, saved);
      setEditing(false);
      notifications.show({ color: 'green', message: t('record.saved') });
      await queryClient.invalidateQueries({ queryKey: ['history', id] });
      await queryClient.invalidateQueries({ queryKey: ['records', 'person'] });
    },
  });

  if (person.isPending) return <RecordSkeleton />;
  if (person.isError) return <ErrorAlert error={person.error} />;
  const p = person.data;
  const name = personName(p) || t('people.unnamed');
  const context = { fmt, t, memberName };
  const labelFor = (field: string) =>
    field.startsWith('custom.')
      ? (customFields.data?.find((f) => `custom.${f.key}` === field)?.label ?? field)
      : t(`fields.${field}`, { defaultValue: field });

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
    { label: t('fields.owner'), value: memberName(p.ownerId) },
    { label: t('fields.tags'), value: p.tags.length ? <TagList tags={p.tags} /> : null },
    ...(customFields.data ?? []).map((field) => ({
      label: field.label,
      value:
        p.custom[field.key] == null ? null : (
          <CustomValue field={field} value={p.custom[field.key]} context={context} />
        ),
    })),
    { label: t('fields.createdAt'), value: fmt.dateTime(p.createdAt) },
    { label: t('fields.updatedAt'), value: fmt.dateTime(p.updatedAt) },
  ];

  const subtitle = [p.jobTitle, p.companyName].filter(Boolean).join(' · ');
  return (
    <>
      <RecordHeader
        record={p}
        title={name}
        subtitle={subtitle ? <Text c="dimmed">{subtitle}</Text> : undefined}
        apiPath="/people"
        listPath="/people"
        listLabel={t('people.title')}
        queryKey={queryKey}
        onEdit={() => {
          update.reset();
          setEditing(true);
        }}
      />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder p="lg">
            <Text fw={600} mb="md">
              {t('record.details')}
            </Text>
            <FieldList items={items} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card withBorder p="lg">
            <Tabs defaultValue="notes" keepMounted={false}>
              <Tabs.List mb="md">
                <Tabs.Tab value="notes">{t('notes.title')}</Tabs.Tab>
                <Tabs.Tab value="history">{t('history.title')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="notes">
                <NotesPanel entityType="person" entityId={id} readOnly={p.deletedAt !== null} />
              </Tabs.Panel>
              <Tabs.Panel value="history">
                <HistoryPanel apiPath="/people" id={id} labelFor={labelFor} />
              </Tabs.Panel>
            </Tabs>
          </Card>
        </Grid.Col>
      </Grid>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('people.editTitle', { name })}
        size="xl"
      >
        <PersonForm
          initial={personInput(p)}
          submitLabel={t('record.save')}
          pending={update.isPending}
          error={update.error}
          onSubmit={(input) => update.mutate(input)}
          onCancel={() => setEditing(false)}
        />
      </Modal>
    </>
  );
}
