import { Anchor, Card, Grid, Modal, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RecordSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { companyQuery, useCustomFields, useMemberName } from '../../lib/queries.js';
import { useSession } from '../../lib/session.js';
import type { Company } from '../../lib/types.js';
import { HistoryPanel } from '../history/HistoryPanel.js';
import { NotesPanel } from '../notes/NotesPanel.js';
import { CustomValue, TagList } from '../records/fields.js';
import { FieldList } from '../records/FieldList.js';
import { RecordHeader } from '../records/RecordHeader.js';
import { CompanyForm, companyBody, companyInput, type CompanyInput } from './CompanyForm.js';
import { CompanyPeople } from './CompanyPeople.js';

export function CompanyPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const memberName = useMemberName();
  const queryClient = useQueryClient();
  const customFields = useCustomFields('company');
  const [editing, setEditing] = useState(false);
  const query = companyQuery(id);
  const company = useQuery(query);

  const update = useMutation({
    mutationFn: (input: CompanyInput) =>
      api<Company>(`/companies/${id}`, { method: 'PATCH', body: companyBody(input, false) }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(query.queryKey, saved);
      setEditing(false);
      notifications.show({ color: 'green', message: t('record.saved') });
      await queryClient.invalidateQueries({ queryKey: ['history', id] });
      await queryClient.invalidateQueries({ queryKey: ['records'] });
    },
  });

  if (company.isPending) return <RecordSkeleton />;
  if (company.isError) return <ErrorAlert error={company.error} />;
  const c = company.data;
  const context = { fmt, t, memberName };
  const labelFor = (field: string) =>
    field.startsWith('custom.')
      ? (customFields.data?.find((f) => `custom.${f.key}` === field)?.label ?? field)
      : t(`fields.${field}`, { defaultValue: field });

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
    { label: t('fields.owner'), value: memberName(c.ownerId) },
    { label: t('fields.tags'), value: c.tags.length ? <TagList tags={c.tags} /> : null },
    ...(customFields.data ?? []).map((field) => ({
      label: field.label,
      value:
        c.custom[field.key] == null ? null : (
          <CustomValue field={field} value={c.custom[field.key]} context={context} />
        ),
    })),
    { label: t('fields.createdAt'), value: fmt.dateTime(c.createdAt) },
    { label: t('fields.updatedAt'), value: fmt.dateTime(c.updatedAt) },
  ];

  return (
    <>
      <RecordHeader
        record={c}
        title={c.name}
        subtitle={c.industry ? <Text c="dimmed">{c.industry}</Text> : undefined}
        apiPath="/companies"
        listPath="/companies"
        listLabel={t('companies.title')}
        queryKey={query.queryKey}
        onEdit={() => {
          update.reset();
          setEditing(true);
        }}
      />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder p="lg" mb="lg">
            <Text fw={600} mb="md">
              {t('record.details')}
            </Text>
            <FieldList items={items} />
          </Card>
          <Card withBorder p="lg">
            <Text fw={600} mb="sm">
              {t('companies.people')}
            </Text>
            <CompanyPeople companyId={id} readOnly={c.deletedAt !== null} />
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
                <NotesPanel entityType="company" entityId={id} readOnly={c.deletedAt !== null} />
              </Tabs.Panel>
              <Tabs.Panel value="history">
                <HistoryPanel apiPath="/companies" id={id} labelFor={labelFor} />
              </Tabs.Panel>
            </Tabs>
          </Card>
        </Grid.Col>
      </Grid>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('companies.editTitle', { name: c.name })}
        size="xl"
      >
        <CompanyForm
          initial={companyInput(session.workspace.defaultCurrency, c)}
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
