import { Center, Loader, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel, type FieldDef, type RenderContext } from './fields.js';
import type { SortRule } from './list-state.js';

const ROW_HEIGHT = 41;

export interface RecordTableProps<T extends { id: string }> {
  rows: T[];
  fields: FieldDef<T>[];
  sort: SortRule[];
  onSortChange: (sort: SortRule[]) => void;
  context: RenderContext;
  /** Wraps the first column's content in a link to the record. */
  primaryLink: (row: T, children: ReactNode) => ReactNode;
  actions?: ((row: T) => ReactNode) | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  height: string;
}

/** A virtualised table: only visible rows are in the DOM; nearing the end asks for the next page. */
export function RecordTable<T extends { id: string }>(props: RecordTableProps<T>) {
  const { t } = useTranslation();
  const { rows, fields, context, primaryLink, actions } = props;
  const scrollRef = useRef<HTMLDivElement>(null);

  const columns = useMemo<ColumnDef<T>[]>(() => {
    const defs: ColumnDef<T>[] = fields.map((field, index) => ({
      id: field.id,
      // Sorting happens on the server; TanStack Table only allows it on columns with an accessor.
      accessorFn: (row) => row.id,
      header: fieldLabel(field, t),
      size: field.width,
      enableSorting: Boolean(field.sortKeys?.length),
      cell: ({ row }) => {
        const content = field.render(row.original, context);
        return index === 0 ? primaryLink(row.original, content) : content;
      },
    }));
    if (actions) {
      defs.push({
        id: '_actions',
        header: t('common.actions'),
        size: 140,
        enableSorting: false,
        cell: ({ row }) => actions(row.original),
      });
    }
    return defs;
  }, [fields, context, primaryLink, actions, t]);

  const sorting: SortingState = props.sort;
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    manualSorting: true,
    sortDescFirst: false,
    enableMultiSort: true,
    maxMultiSortColCount: 3,
    onSortingChange: (updater: Updater<SortingState>) =>
      props.onSortChange(typeof updater === 'function' ? updater(sorting) : updater),
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
  });

  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;
  const { hasMore, loadingMore, onLoadMore } = props;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= tableRows.length - 15) onLoadMore();
  }, [lastIndex, tableRows.length, hasMore, loadingMore, onLoadMore]);

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <div ref={scrollRef} style={{ height: props.height, overflow: 'auto' }} data-testid="record-table">
      <table className="record-table" aria-rowcount={tableRows.length}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    style={{ width: header.getSize() }}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="header-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{label}</span>
                        {sorted === 'asc' ? (
                          <IconArrowUp size={14} aria-hidden />
                        ) : sorted === 'desc' ? (
                          <IconArrowDown size={14} aria-hidden />
                        ) : (
                          <IconArrowsSort size={14} aria-hidden color="var(--mantine-color-gray-5)" />
                        )}
                      </button>
                    ) : (
                      <div className="header-button" style={{ cursor: 'default' }}>
                        {label}
                      </div>
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden>
              <td style={{ height: paddingTop, padding: 0, border: 0 }} colSpan={columns.length} />
            </tr>
          )}
          {items.map((item) => {
            const row = tableRows[item.index]!;
            return (
              <tr key={row.id} data-index={item.index}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} style={{ width: cell.column.getSize(), maxWidth: cell.column.getSize() }}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden>
              <td style={{ height: paddingBottom, padding: 0, border: 0 }} colSpan={columns.length} />
            </tr>
          )}
        </tbody>
      </table>
      {loadingMore && (
        <Center py="sm" aria-live="polite">
          <Loader size="sm" />
          <Text size="sm" c="dimmed" ml="xs">
            {t('list.loadingMore')}
          </Text>
        </Center>
      )}
    </div>
  );
}
