import {
  Button,
  Card,
  Checkbox,
  Group,
  Menu,
  Select,
  Stack,
  TagsInput,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDeviceFloppy, IconLayoutDashboard, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { problemMessage } from '../../components/problem-message.js';
import { api, isApiError } from '../../lib/api.js';
import { canOnRecord, useSession } from '../../lib/session.js';
import { addWidget } from './dashboard-layout.js';
import { useDashboards } from './report-queries.js';
import {
  DASHBOARD_QUERIES,
  REPORT_QUERIES,
  type ChartType,
  type Dashboard,
  type ReportDefinition,
  type ReportSchedule,
  type SavedReport,
} from './report-types.js';

const EVERY: ReportSchedule['every'][] = ['day', 'week', 'month'];
const FORMATS: ReportSchedule['format'][] = ['csv', 'pdf'];

/** Putting a saved report on a dashboard, an existing one or a new one. */
function AddToDashboard({ report }: { report: SavedReport }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const dashboards = useDashboards();
  const session = useSession();
  const add = useMutation({
    mutationFn: async (dashboard: Dashboard | null) => {
      const widgets = addWidget(dashboard?.widgets ?? [], report);
      return dashboard
        ? api<Dashboard>(`/dashboards/${dashboard.id}`, { method: 'PATCH', body: { widgets } })
        : api<Dashboard>('/dashboards', {
            method: 'POST',
            body: { name: t('dashboards.defaultName'), widgets },
          });
    },
    onSuccess: (dashboard) => {
      void queryClient.invalidateQueries({ queryKey: DASHBOARD_QUERIES });
      notifications.show({ message: t('reports.addedTo', { name: dashboard.name }) });
      void navigate({ to: '/dashboards/$id', params: { id: dashboard.id } });
    },
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(t, error) }),
  });
  const mine = (dashboards.data ?? []).filter((d) => canOnRecord(session, 'views', 'update', d.ownerId));
  return (
    <Menu position="bottom-start">
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconLayoutDashboard size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={add.isPending}
        >
          {t('reports.addToDashboard')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {mine.map((dashboard) => (
          <Menu.Item key={dashboard.id} onClick={() => add.mutate(dashboard)}>
            {dashboard.name}
          </Menu.Item>
        ))}
        {mine.length > 0 && <Menu.Divider />}
        <Menu.Item onClick={() => add.mutate(null)}>{t('reports.newDashboard')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Name, sharing and the email schedule of a report; saving, deleting, and putting it on a dashboard. */
export function ReportSaveCard({
  saved,
  definition,
  chart,
}: {
  saved: SavedReport | null;
  definition: ReportDefinition;
  chart: ChartType;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const [name, setName] = useState(saved?.name ?? '');
  const [shared, setShared] = useState(saved?.shared ?? false);
  const [schedule, setSchedule] = useState<ReportSchedule | null>(saved?.schedule ?? null);
  const mayChange = !saved || canOnRecord(session, 'views', 'update', saved.ownerId);
  const save = useMutation({
    mutationFn: () => {
      const body = { name, shared, chart, definition, schedule };
      return saved
        ? api<SavedReport>(`/reports/${saved.id}`, { method: 'PATCH', body })
        : api<SavedReport>('/reports', { method: 'POST', body });
    },
    onSuccess: (report) => {
      void queryClient.invalidateQueries({ queryKey: REPORT_QUERIES });
      notifications.show({ message: t('reports.saved', { name: report.name }) });
      if (!saved) void navigate({ to: '/reports/$id', params: { id: report.id } });
    },
  });
  const remove = useMutation({
    mutationFn: () => api(`/reports/${saved!.id}`, { method: 'DELETE' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: REPORT_QUERIES });
      notifications.show({ message: t('reports.deleted', { name: saved!.name }) });
      void navigate({ to: '/reports' });
    },
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(t, error) }),
  });
  const fieldError = (field: string) => (isApiError(save.error) ? save.error.forField(field) : undefined);
  return (
    <Card withBorder component="section" aria-label={t('reports.saveTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('reports.saveTitle')}
          </Title>
          <Group align="flex-end" gap="md">
            <TextInput
              label={t('reports.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError('name')}
              disabled={!mayChange}
              w={280}
              required
            />
            <Checkbox
              label={t('reports.shared')}
              checked={shared}
              disabled={!mayChange}
              onChange={(e) => setShared(e.currentTarget.checked)}
              mb={8}
            />
          </Group>
          <Checkbox
            label={t('reports.emailIt')}
            checked={schedule !== null}
            disabled={!mayChange}
            onChange={(e) =>
              setSchedule(
                e.currentTarget.checked
                  ? { every: 'week', format: 'csv', recipients: [session.user.email] }
                  : null,
              )
            }
          />
          {schedule && (
            <Group align="flex-start" gap="md">
              <Select
                label={t('reports.every')}
                data={EVERY.map((every) => ({ value: every, label: t(`reports.everyOption.${every}`) }))}
                value={schedule.every}
                allowDeselect={false}
                w={160}
                onChange={(every) =>
                  setSchedule({ ...schedule, every: (every ?? 'week') as ReportSchedule['every'] })
                }
              />
              <Select
                label={t('reports.format')}
                data={FORMATS.map((format) => ({ value: format, label: format.toUpperCase() }))}
                value={schedule.format}
                allowDeselect={false}
                w={110}
                onChange={(format) =>
                  setSchedule({ ...schedule, format: (format ?? 'csv') as ReportSchedule['format'] })
                }
              />
              <TagsInput
                label={t('reports.recipients')}
                description={t('reports.recipientsHint')}
                value={schedule.recipients}
                onChange={(recipients) => setSchedule({ ...schedule, recipients })}
                error={fieldError('schedule.recipients')}
                w={360}
                splitChars={[',', ' ', ';']}
              />
            </Group>
          )}
          <ErrorAlert error={save.error} shownFields={['name', 'schedule.recipients']} />
          <Group gap="sm">
            {mayChange && (
              <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={save.isPending}>
                {t(saved ? 'reports.saveChanges' : 'reports.save')}
              </Button>
            )}
            {saved && <AddToDashboard report={saved} />}
            {saved && mayChange && (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} />}
                loading={remove.isPending}
                onClick={() => remove.mutate()}
              >
                {t('reports.delete')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
