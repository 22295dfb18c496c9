import { Button, Card, Group, SegmentedControl, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconPlus, IconRestore, IconSearch, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
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
import { usePhone } from '../../lib/use-phone.js';
import type { RecordEntity, RecordOf } from '../../lib/types.js';
import type { RecordTypeDef } from '../../records/record-type.js';
import { ColumnChooser } from './ColumnChooser.js';
import { ExportMenu, exportUrl } from './ExportMenu.js';
import { FilterEditor } from './FilterEditor.js';
import { fieldEdit, updatableFields } from './field-edit.js';
import { customFieldDefs, type FieldDef, type RenderContext } from './fields.js';
import {
  listSearchOf,
  listStateOf,
  parseListSearch,
  useRecordCount,
  useRecordList,
  type ListConfig,
  type ListState,
} from './list-state.js';
import { BulkBar } from './BulkBar.js';
import { isBare, rememberedList, rememberedPart, rememberList } from './remembered-list.js';
import { useSearchBox } from './use-search-box.js';
import { RecordCards } from './RecordCards.js';
import { RecordTable } from './RecordTable.js';
import { fromViewConfig, toViewConfig, type SavedView } from './view-config.js';
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
  // On a phone the records are cards under a compact toolbar (no export, import, views or trash).
  const phone = usePhone();
  const fields = useMemo(
    () => type.fields(fmt).filter((field) => sensitive || !field.sensitive),
    [type, fmt, sensitive],
  );
  const moneyDigits = currencyDigits(session.workspace.defaultCurrency);
  const navigate = useNavigate();
  const search = useSearch({ strict: false });
  const state = useMemo(
    () => listStateOf(parseListSearch(search), type.defaultColumns),
    [search, type.defaultColumns],
  );
  const { viewId, trash } = state;
  const userId = session.user.id;
  const show = useCallback(
    (next: Partial<ListState>) => {
      const search = listSearchOf({ ...state, ...next }, type.defaultColumns);
      // Kept before the address changes, so that a list the user emptied is not filled again below.
      rememberList(userId, type.entity, search);
      void navigate({ to: type.routePath, search, replace: true, resetScroll: false });
    },
    [navigate, state, type, userId],
  );
  // The list runs the search box's search as soon as it settles; the address follows it, unless the
  // user has meanwhile left the list (a row found by the first letters opened).
  const router = useRouter();
  const searchBox = useSearchBox(state.config.q, (q) => {
    if (router.state.location.pathname === type.routePath) show({ config: { ...state.config, q } });
  });
  const config = useMemo(() => ({ ...state.config, q: searchBox.q }), [state.config, searchBox.q]);
  const setConfig = (patch: Partial<ListConfig>) => show({ config: { ...config, ...patch } });
  // A bare address (the navigation's link, any link to the list) opens the list the user left; the
  // bare list is not asked for meanwhile.
  const restoring = isBare(search) && !isBare(rememberedList(userId, type.entity));
  useEffect(() => {
    if (!isBare(search)) {
      // An address with more than a search or the trash (a shared link) is the list now left.
      const part = rememberedPart(parseListSearch(search));
      if (!isBare(part)) rememberList(userId, type.entity, part);
      return;
    }
    const remembered = rememberedList(userId, type.entity);
    if (!isBare(remembered))
      void navigate({ to: type.routePath, search: remembered, replace: true, resetScroll: false });
  }, [search]);

  const allFields = useMemo(
    () => [...fields, ...customFieldDefs<T>(customFields.data ?? [])],
    [fields, customFields.data],
  );
  const selectView = (view: SavedView | null) => {
    const next = view
      ? fromViewConfig(view.config, allFields, moneyDigits)
      : { columns: type.defaultColumns, sort: [], filter: [], q: '' };
    searchBox.setText(next.q);
    show({ viewId: view?.id ?? null, config: next });
  };
  const columnFields = useMemo(() => allFields.filter((f) => f.column !== false), [allFields]);
  const visible = useMemo(
    () => columnFields.filter((f, i) => i === 0 || config.columns.includes(f.id)),
    [columnFields, config.columns],
  );
  const list = useRecordList<T>({
    entity: type.entity,
    apiPath: type.apiPath,
    config,
    fields: allFields,
    trash,
    moneyDigits,
    enabled: !restoring,
  });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);
  const total = useRecordCount<T>({
    entity: type.entity,
    apiPath: type.apiPath,
    config,
    fields: allFields,
    trash,
    moneyDigits,
    enabled: list.hasNextPage,
  });
  // Ticked rows, or (matching) every record the search and filters match; a new list clears them.
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [matching, setMatching] = useState(false);
  const clearSelection = useCallback(() => {
    setSelected(new Set());
    setMatching(false);
  }, []);
  useEffect(clearSelection, [config, trash, clearSelection]);
  const selection = useMemo(
    () => ({
      ids: selected,
      onChange: (ids: Set<string>) => {
        setSelected(ids);
        setMatching(false);
      },
    }),
    [selected],
  );
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
  const defaultCurrency = session.workspace.defaultCurrency;
  // What the form lets the user change is what the table and the bulk bar offer to change.
  const updatable = useMemo(
    () => updatableFields(type.form, { defaultCurrency, sensitive, prefill: {} }),
    [type, defaultCurrency, sensitive],
  );
  const editing = useMemo(
    () => ({
      apiPath: type.apiPath,
      canEdit: (row: T) => canOnRecord(session, type.module, 'update', row.ownerId),
      editOf: (field: FieldDef<T>) => fieldEdit(field, updatable),
      defaultCurrency,
      onSaved: () => void queryClient.invalidateQueries({ queryKey: ['records', type.entity] }),
    }),
    [type, session, queryClient, updatable, defaultCurrency],
  );
  const filtered = config.filter.length > 0 || config.q.trim() !== '';
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
      config,
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
          {!phone && type.ListSwitch && <type.ListSwitch />}
          {!phone && (
            <>
              <ExportMenu csvUrl={exportOf('csv')} vCardUrl={type.vCard ? exportOf('vcf') : null} />
              {importButton}
            </>
          )}
          {newButton}
        </Group>
      </Group>
      <Group gap="sm" mb="sm" align="flex-end" justify="space-between">
        <Group gap="sm" align="flex-end">
          <TextInput
            label={phone ? undefined : t(type.text('search'))}
            aria-label={t(type.text('search'))}
            placeholder={phone ? t(type.text('search')) : undefined}
            w={{ base: '100%', xs: 240 }}
            leftSection={<IconSearch size={16} />}
            value={searchBox.text}
            onChange={(e) => searchBox.setText(e.currentTarget.value)}
            data-list-search
          />
          <FilterEditor
            fields={allFields}
            value={config.filter}
            onApply={(filter) => setConfig({ filter })}
          />
          <ColumnChooser
            fields={columnFields}
            columns={config.columns}
            onChange={(columns) => setConfig({ columns })}
          />
        </Group>
        <Group gap="sm" align="flex-end" visibleFrom="sm">
          <ViewPicker
            object={type.entity}
            selectedId={viewId}
            onSelect={selectView}
            currentConfig={() => toViewConfig(config, allFields, moneyDigits)}
          />
          <SegmentedControl
            aria-label={t('list.show')}
            value={trash ? 'trash' : 'active'}
            onChange={(value) => show({ trash: value === 'trash' })}
            data={[
              { value: 'active', label: t('list.active') },
              { value: 'trash', label: t('list.trash') },
            ]}
          />
        </Group>
      </Group>
      {selected.size > 0 && !trash && (
        <BulkBar
          entity={type.entity}
          apiPath={type.apiPath}
          module={type.module}
          selected={selected.size}
          canSelectMatching={list.hasNextPage && rows.every((row) => selected.has(row.id))}
          matching={matching}
          onSelectMatching={() => setMatching(true)}
          ids={[...selected]}
          config={config}
          fields={allFields}
          moneyDigits={moneyDigits}
          editOf={editing.editOf}
          defaultCurrency={defaultCurrency}
          onClear={clearSelection}
        />
      )}
      <Card
        withBorder
        p={0}
        radius="md"
        // The search the rows shown answer (a measure of bench/web-perceived.ts), none while older
        // rows stand in.
        data-results-for={list.isPlaceholderData || list.isPending ? undefined : config.q}
        style={{ opacity: list.isPlaceholderData ? 0.75 : undefined }}
      >
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
        ) : phone ? (
          <RecordCards<T>
            rows={rows}
            fields={visible}
            context={context}
            primaryLink={primaryLink}
            actions={trash ? restoreAction : undefined}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={loadMore}
            height="calc(100dvh - 260px)"
          />
        ) : (
          <RecordTable<T>
            rows={rows}
            fields={visible}
            sort={config.sort}
            onSortChange={(sort) => setConfig({ sort })}
            context={context}
            primaryLink={primaryLink}
            actions={trash ? restoreAction : undefined}
            selection={trash ? undefined : selection}
            editing={trash ? undefined : editing}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={loadMore}
            height="calc(100vh - 230px)"
          />
        )}
      </Card>
      {rows.length > 0 && (
        <Text size="xs" c="dimmed" mt={6}>
          {!list.hasNextPage
            ? t('list.count', { count: rows.length, formatted: fmt.number(rows.length) })
            : total.data
              ? t(total.data.exact ? 'list.count' : 'list.countMore', {
                  count: total.data.count,
                  formatted: fmt.number(total.data.count),
                })
              : t('list.loadedMore', { count: rows.length })}
          {config.q.trim() !== '' && config.sort.length > 0 && ` · ${t('list.sortedSearch')}`}
        </Text>
      )}
    </>
  );
}
