import { Button, Checkbox, Group, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { DndContext, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { notifications } from '@mantine/notifications';
import { IconChartBar, IconTrash } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/dates.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ButtonLink } from '../../components/links.js';
import { problemMessage } from '../../components/problem-message.js';
import { RecordSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { canOnRecord, useSession } from '../../lib/session.js';
import { usePhone } from '../../lib/use-phone.js';
import type { RecordEntity } from '../../lib/types.js';
import { findRecordType } from '../../records/registry.js';
import { FilterEditor } from '../records/FilterEditor.js';
import { move, ordered, resize } from './dashboard-layout.js';
import { DashboardWidget } from './DashboardWidget.js';
import { fromApiFilter, toApiFilter, useListFields } from './report-fields.js';
import {
  DASHBOARD_QUERIES,
  type Dashboard,
  type DashboardResults,
  type ReportContext,
  type Widget,
} from './report-types.js';

/** The range and filters over every widget; filters are on the fields of the first widget's records. */
function DashboardFilters({
  context,
  entity,
  onChange,
}: {
  context: ReportContext;
  entity: RecordEntity | undefined;
  onChange: (context: ReportContext) => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const currency = session.workspace.defaultCurrency;
  const fields = useListFields(entity);
  const day = (value: string | null) => value ?? undefined;
  return (
    <Group align="flex-end" gap="md">
      <DateField
        label={t('dashboards.from')}
        value={context.from ?? null}
        onChange={(from) => onChange({ ...context, from: day(from) })}
        w={170}
      />
      <DateField
        label={t('dashboards.to')}
        value={context.to ?? null}
        onChange={(to) => onChange({ ...context, to: day(to) })}
        w={170}
      />
      {fields.length > 0 && (
        <FilterEditor
          fields={fields}
          value={fromApiFilter(context.filter, fields, currency)}
          onApply={(rules) => onChange({ ...context, filter: toApiFilter(rules, fields, currency) })}
        />
      )}
    </Group>
  );
}

function DashboardSettings({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState(dashboard.name);
  const [shared, setShared] = useState(dashboard.shared);
  const save = useMutation({
    mutationFn: () =>
      api<Dashboard>(`/dashboards/${dashboard.id}`, { method: 'PATCH', body: { name, shared } }),
    onSuccess: (saved) => {
      queryClient.setQueryData([...DASHBOARD_QUERIES, dashboard.id], saved);
      void queryClient.invalidateQueries({ queryKey: [...DASHBOARD_QUERIES, 'list'] });
      notifications.show({ message: t('dashboards.saved', { name: saved.name }) });
    },
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(t, error) }),
  });
  const remove = useMutation({
    mutationFn: () => api(`/dashboards/${dashboard.id}`, { method: 'DELETE' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: DASHBOARD_QUERIES });
      void navigate({ to: '/reports' });
    },
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(t, error) }),
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Group align="flex-end" gap="md">
        <TextInput
          label={t('dashboards.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          w={260}
        />
        <Checkbox
          label={t('dashboards.shared')}
          checked={shared}
          onChange={(e) => setShared(e.currentTarget.checked)}
          mb={8}
        />
        <Button type="submit" variant="default" loading={save.isPending}>
          {t('dashboards.save')}
        </Button>
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} />}
          loading={remove.isPending}
          onClick={() => remove.mutate()}
        >
          {t('dashboards.delete')}
        </Button>
      </Group>
    </form>
  );
}

function Board({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const session = useSession();
  const phone = usePhone();
  const queryClient = useQueryClient();
  const editable = canOnRecord(session, 'views', 'update', dashboard.ownerId);
  const [widgets, setWidgets] = useState<Widget[]>(() => ordered(dashboard.widgets));
  const [context, setContext] = useState<ReportContext>(dashboard.filters);
  const [announcement, setAnnouncement] = useState('');
  // The handle of a widget moved with the keyboard keeps the focus as the widget changes places.
  const [movedId, setMovedId] = useState<string | null>(null);
  const results = useQuery({
    queryKey: [...DASHBOARD_QUERIES, dashboard.id, 'results', context, widgets.map((w) => w.id)],
    queryFn: ({ signal }) =>
      api<DashboardResults>(`/dashboards/${dashboard.id}/results`, {
        method: 'POST',
        body: { context },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
  const patch = useMutation({
    mutationFn: (body: Partial<Pick<Dashboard, 'widgets' | 'filters'>>) =>
      api<Dashboard>(`/dashboards/${dashboard.id}`, { method: 'PATCH', body }),
    onSuccess: (saved) => queryClient.setQueryData([...DASHBOARD_QUERIES, dashboard.id], saved),
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(t, error) }),
  });
  const change = (next: Widget[], spoken?: string) => {
    setWidgets(next);
    if (spoken) setAnnouncement(spoken);
    patch.mutate({ widgets: next });
  };
  const moveWidget = (from: number, to: number) => {
    if (to < 0 || to >= widgets.length || from === to) return;
    const widget = widgets[from]!;
    change(
      move(widgets, from, to),
      t('dashboards.moved', { title: widget.title, place: to + 1, count: widgets.length }),
    );
    setMovedId(widget.id);
  };
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    moveWidget(
      widgets.findIndex((w) => w.id === active.id),
      widgets.findIndex((w) => w.id === over.id),
    );
  };
  const byId = useMemo(() => new Map(results.data?.widgets.map((w) => [w.id, w])), [results.data]);
  const firstObject = results.data?.widgets.find((w) => w.result)?.result?.object;
  return (
    <Stack gap="md">
      <DashboardFilters
        context={context}
        entity={findRecordType(firstObject ?? '')?.entity}
        onChange={(next) => {
          setContext(next);
          if (editable) patch.mutate({ filters: next });
        }}
      />
      {results.error && <ErrorAlert error={results.error} />}
      {widgets.length === 0 ? (
        <EmptyState
          icon={IconChartBar}
          title={t('dashboards.emptyTitle')}
          body={t('dashboards.emptyBody')}
          action={<ButtonLink to="/reports/new">{t('reports.newReport')}</ButtonLink>}
        />
      ) : (
        <DndContext sensors={sensors} onDragEnd={onDragEnd}>
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: phone ? '1fr' : 'repeat(12, minmax(0, 1fr))',
              gap: 16,
            }}
          >
            {widgets.map((widget, index) => (
              <DashboardWidget
                key={widget.id}
                widget={phone ? { ...widget, layout: { ...widget.layout, w: 1 } } : widget}
                index={index}
                count={widgets.length}
                result={byId.get(widget.id)}
                editable={editable}
                refocus={movedId === widget.id}
                actions={{
                  move: (by) => moveWidget(index, index + by),
                  resize: () => change(resize(widgets, widget.id)),
                  remove: () => change(widgets.filter((w) => w.id !== widget.id)),
                }}
              />
            ))}
          </div>
        </DndContext>
      )}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {editable && <DashboardSettings dashboard={dashboard} />}
    </Stack>
  );
}

/** `/dashboards/$id`: a dashboard's widgets under one date range and filters. */
export function DashboardPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const dashboard = useQuery({
    queryKey: [...DASHBOARD_QUERIES, id],
    queryFn: ({ signal }) => api<Dashboard>(`/dashboards/${id}`, { signal }),
  });
  if (dashboard.isPending) return <RecordSkeleton />;
  if (dashboard.error) return <ErrorAlert error={dashboard.error} />;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {dashboard.data.name}
        </Title>
        <Group gap="xs">
          {dashboard.data.shared && (
            <Text size="sm" c="dimmed">
              {t('dashboards.sharedNote')}
            </Text>
          )}
          <ButtonLink to="/reports/new" variant="default">
            {t('reports.newReport')}
          </ButtonLink>
        </Group>
      </Group>
      <Board key={id} dashboard={dashboard.data} />
    </Stack>
  );
}
