import { Button, Card, Group, SegmentedControl, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconPlus, IconRestore, IconSearch, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { AnchorLink, ButtonLink } from '../../components/links.js';
import { problemMessage } from '../../components/problem-message.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { currencyDigits, useFormatters } from '../../lib/format.js';
import { useCustomFields, useMemberName } from '../../lib/queries.js';
import { canOnRecord, seesSensitive, useSession } from '../../lib/session.js';
import type { RecordEntity, RecordOf } from '../../lib/types.js';
import type { RecordTypeDef } from '../../records/record-type.js';
import { ColumnChooser } from './ColumnChooser.js';
import { ExportMenu, exportUrl } from './ExportMenu.js';
import { FilterEditor } from './FilterEditor.js';
import { customFieldDefs, type RenderContext } from './fields.js';
import { useRecordList, type ListConfig } from './list-state.js';
import { RecordTable } from './RecordTable.js';
import { fromViewConfig, toViewConfig } from './view-config.js';
import { ViewPicker } from './ViewPicker.js';

/**
 * A record type's list: search, filters, columns, saved views, the trash, and a virtualised table that
 * loads the next page as it scrolls; every record type of the registry has one.
 */
export function RecordListPage<E extends RecordEntity, Input>({ type }: { type: RecordTypeDef<E, Input> }) {
  type T = RecordOf<E>;
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const queryClient = useQueryClient();
  const memberName = useMemberName();
  const customFields = useCustomFields(type.entity);
  const sensitive = seesSensitive(session, type.module);
  const fields = useMemo(
    () => type.fields(fmt).filter((field) => sensitive || !field.sensitive),
    [type, fmt, sensitive],
  );
  const moneyDigits = currencyDigits(session.workspace.defaultCurrency);
  const [config, setConfig] = useState<ListConfig>({
    columns: type.defaultColumns,
    sort: [],
    filter: [],
    q: '',
  });
  const [viewId, setViewId] = useState<string | null>(null);
  const [trash, setTrash] = useState(false);
  const [q] = useDebouncedValue(config.q, 250);

  const allFields = useMemo(
    () => [...fields, ...customFieldDefs<T>(customFields.data ?? [])],
    [fields, customFields.data],
  );
  const columnFields = useMemo(() => allFields.filter((f) => f.column !== false), [allFields]);
  const visible = useMemo(
    () => columnFields.filter((f, i) => i === 0 || config.columns.includes(f.id)),
    [columnFields, config.columns],
  );
  const list = useRecordList<T>({
    entity: type.entity,
    apiPath: type.apiPath,
    config: { ...config, q },
    fields: allFields,
    trash,
    moneyDigits,
  });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);
  const context = useMemo<RenderContext>(() => ({ fmt, t, memberName }), [fmt, t, memberName]);

  const restore = useMutation({
    mutationFn: (id: string) => api(`${type.apiPath}/${id}/restore`, { method: 'POST' }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t(type.text('restored')) });
      await queryClient.invalidateQueries({ queryKey: ['records', type.entity] });
    },
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(t, error) }),
  });
  // Restoring takes the right to delete the record (as on the server); others see no button.
  const restoreAction = useCallback(
    (row: T) =>
      canOnRecord(session, type.module, 'delete', row.ownerId) && (
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconRestore size={14} />}
          onClick={() => restore.mutate(row.id)}
        >
          {t('record.restore')}
        </Button>
      ),
    [restore, t, session, type.module],
  );
  const loadMore = useCallback(() => void list.fetchNextPage(), [list]);
  const filtered = config.filter.length > 0 || q.trim() !== '';
  const newButton = canOnRecord(session, type.module, 'create', session.user.id) && (
    <ButtonLink {...type.newLink()} leftSection={<IconPlus size={16} />}>
      {t(type.text('new'))}
    </ButtonLink>
  );
  const importButton = canOnRecord(session, type.module, 'create', session.user.id) && (
    <ButtonLink {...type.importLink()} variant="default" leftSection={<IconFileImport size={16} />}>
      {t('imports.button')}
    </ButtonLink>
  );
  const exportOf = (format: 'csv' | 'vcf') =>
    exportUrl({
      apiPath: type.apiPath,
      format,
      config: { ...config, q },
      fields: allFields,
      visible,
      trash,
      moneyDigits,
    });
  const primaryLink = useCallback(
    (row: T, children: ReactNode) => (
      <AnchorLink {...type.link(row.id)} size="sm" fw={500}>
        {children}
      </AnchorLink>
    ),
    [type],
  );

  return (
    <>
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Title order={1} size="h2">
          {t(type.text('title'))}
        </Title>
        <Group gap="sm" wrap="nowrap">
          <ExportMenu csvUrl={exportOf('csv')} vCardUrl={type.vCard ? exportOf('vcf') : null} />
          {importButton}
          {newButton}
        </Group>
      </Group>
      <Group gap="sm" mb="sm" align="flex-end" justify="space-between">
        <Group gap="sm" align="flex-end">
          <TextInput
            label={t(type.text('search'))}
            w={240}
            leftSection={<IconSearch size={16} />}
            value={config.q}
            onChange={(e) => setConfig((c) => ({ ...c, q: e.currentTarget.value }))}
            data-list-search
          />
          <FilterEditor
            fields={allFields}
            value={config.filter}
            onApply={(filter) => setConfig((c) => ({ ...c, filter }))}
          />
          <ColumnChooser
            fields={columnFields}
            columns={config.columns}
            onChange={(columns) => setConfig((c) => ({ ...c, columns }))}
          />
        </Group>
        <Group gap="sm" align="flex-end">
          <ViewPicker
            object={type.entity}
            selectedId={viewId}
            onSelect={(view) => {
              setViewId(view?.id ?? null);
              setConfig(
                view
                  ? fromViewConfig(view.config, allFields, moneyDigits)
                  : { columns: type.defaultColumns, sort: [], filter: [], q: '' },
              );
            }}
            currentConfig={() => toViewConfig(config, allFields, moneyDigits)}
          />
          <SegmentedControl
            aria-label={t('list.show')}
            value={trash ? 'trash' : 'active'}
            onChange={(value) => setTrash(value === 'trash')}
            data={[
              { value: 'active', label: t('list.active') },
              { value: 'trash', label: t('list.trash') },
            ]}
          />
        </Group>
      </Group>
      <Card withBorder p={0} radius="md">
        {list.isPending ? (
          <TableSkeleton columns={Math.min(visible.length, 5)} />
        ) : list.isError ? (
          <div style={{ padding: 16 }}>
            <ErrorAlert error={list.error} />
          </div>
        ) : rows.length === 0 ? (
          trash && !filtered ? (
            <EmptyState icon={IconTrash} title={t('list.trashEmpty')} />
          ) : filtered ? (
            <EmptyState icon={IconSearch} title={t('list.noMatch')} body={t('list.noMatchBody')} />
          ) : (
            <EmptyState
              icon={type.listIcon}
              title={t(type.text('empty'))}
              body={t(type.text('emptyBody'))}
              action={
                <Group gap="sm" justify="center">
                  {newButton}
                  {importButton}
                </Group>
              }
            />
          )
        ) : (
          <RecordTable<T>
            rows={rows}
            fields={visible}
            sort={config.sort}
            onSortChange={(sort) => setConfig((c) => ({ ...c, sort }))}
            context={context}
            primaryLink={primaryLink}
            actions={trash ? restoreAction : undefined}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={loadMore}
            height="calc(100vh - 230px)"
          />
        )}
      </Card>
      {rows.length > 0 && (
        <Text size="xs" c="dimmed" mt={6}>
          {list.hasNextPage
            ? t('list.loadedMore', { count: rows.length })
            : t('list.count', { count: rows.length })}
          {q.trim() !== '' && config.sort.length > 0 && ` · ${t('list.sortedSearch')}`}
        </Text>
      )}
    </>
  );
}
