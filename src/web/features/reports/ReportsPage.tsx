import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconChartBar, IconLayoutDashboard, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { AnchorLink, ButtonLink } from '../../components/links.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { Button } from '@mantine/core';
import { useFormatters } from '../../lib/format.js';
import { useMemberName } from '../../lib/queries.js';
import { findRecordType } from '../../records/registry.js';
import { useDashboards, useSavedReports } from './report-queries.js';
import { DASHBOARD_QUERIES, type Dashboard } from './report-types.js';

function SavedReports() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const memberName = useMemberName();
  const reports = useSavedReports();
  if (reports.isPending) return <TableSkeleton rows={4} columns={4} />;
  if (reports.error) return <ErrorAlert error={reports.error} />;
  if (reports.data.length === 0)
    return (
      <EmptyState
        icon={IconChartBar}
        title={t('reports.emptyTitle')}
        body={t('reports.emptyBody')}
        action={<ButtonLink to="/reports/new">{t('reports.newReport')}</ButtonLink>}
      />
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reports.name')}</Table.Th>
            <Table.Th>{t('reports.object')}</Table.Th>
            <Table.Th>{t('reports.showAs')}</Table.Th>
            <Table.Th>{t('fields.owner')}</Table.Th>
            <Table.Th>{t('fields.updatedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.data.map((report) => {
            const type = findRecordType(report.definition.object);
            return (
              <Table.Tr key={report.id}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <AnchorLink to="/reports/$id" params={{ id: report.id }}>
                      {report.name}
                    </AnchorLink>
                    {report.shared && (
                      <Badge size="xs" variant="light">
                        {t('reports.sharedBadge')}
                      </Badge>
                    )}
                    {report.schedule && (
                      <Badge size="xs" variant="light" color="grape">
                        {t(`reports.everyOption.${report.schedule.every}`)}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{type ? t(type.text('title')) : report.definition.object}</Table.Td>
                <Table.Td>{t(`reports.charts.${report.chart}`)}</Table.Td>
                <Table.Td>{memberName(report.ownerId) ?? '—'}</Table.Td>
                <Table.Td>{fmt.dateTime(report.updatedAt)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Dashboards() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const dashboards = useDashboards();
  const create = useMutation({
    mutationFn: () =>
      api<Dashboard>('/dashboards', { method: 'POST', body: { name: t('dashboards.defaultName') } }),
    onSuccess: (dashboard) => {
      void queryClient.invalidateQueries({ queryKey: DASHBOARD_QUERIES });
      void navigate({ to: '/dashboards/$id', params: { id: dashboard.id } });
    },
  });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('dashboards.title')}
        </Title>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} />}
          loading={create.isPending}
          onClick={() => create.mutate()}
        >
          {t('dashboards.new')}
        </Button>
      </Group>
      <ErrorAlert error={create.error ?? dashboards.error} />
      {dashboards.isPending ? (
        <TableSkeleton rows={2} columns={3} />
      ) : dashboards.data?.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('dashboards.none')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {dashboards.data?.map((dashboard) => (
            <Card key={dashboard.id} withBorder padding="sm">
              <Group gap="xs" wrap="nowrap">
                <IconLayoutDashboard size={18} />
                <AnchorLink to="/dashboards/$id" params={{ id: dashboard.id }} fw={600}>
                  {dashboard.name}
                </AnchorLink>
              </Group>
              <Text size="sm" c="dimmed">
                {t('dashboards.widgetCount', { count: dashboard.widgets.length })}
                {dashboard.shared ? ` · ${t('reports.sharedBadge')}` : ''}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

/** `/reports`: the workspace's dashboards and saved reports (one's own and the shared ones). */
export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('reports.title')}
        </Title>
        <ButtonLink to="/reports/new" leftSection={<IconPlus size={16} />}>
          {t('reports.newReport')}
        </ButtonLink>
      </Group>
      <Dashboards />
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('reports.savedTitle')}
        </Title>
        <SavedReports />
      </Stack>
    </Stack>
  );
}
