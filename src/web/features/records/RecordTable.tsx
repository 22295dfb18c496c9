import { Center, Checkbox, Loader, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useElementScrollRestoration } from '@tanstack/react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel, type FieldDef, type RenderContext } from './fields.js';
import { CellEditor, type InlineEditing } from './inline-edit.js';
import type { SortRule } from './list-state.js';

const SCROLL_ID = 'record-table';

const ROW_HEIGHT = 41;
const SELECT_WIDTH = 40;

/** Rows ticked for a bulk action. */
export interface RowSelection {
  ids: ReadonlySet<string>;
  onChange: (ids: Set<string>) => void;
}

/** Cut-off text shows in full on hover. */
function titleWhenCut(event: MouseEvent<HTMLTableCellElement>) {
  const cell = event.currentTarget;
  cell.title = cell.scrollWidth > cell.clientWidth ? (cell.textContent ?? '') : '';
}

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
  /** With a selection, each row has a checkbox and the header one for every loaded row. */
  selection?: RowSelection | undefined;
  /** With it, cells change in place on double-click, Enter or F2. */
  editing?: InlineEditing<T> | undefined;
}

/** A virtualised table: only visible rows are in the DOM; nearing the end asks for the next page. */
export function RecordTable<T extends { id: string }>(props: RecordTableProps<T>) {
  const { t } = useTranslation();
  const { rows, fields, context, primaryLink, actions, selection } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // Widths the user dragged to, by column; they last while the list is open.
  const [columnSizing, setColumnSizing] = useState<Record<string, number>>({});
  const [editCell, setEditCell] = useState<{ rowId: string; fieldId: string } | null>(null);
  const { editing } = props;
  /** How a cell is edited in place, or null when it is not (the first column opens the record). */
  const editableValue = (row: T, fieldId: string) => {
    const field = fields.find((f) => f.id === fieldId);
    if (!editing || !field || field === fields[0] || !editing.canEdit(row)) return null;
    return editing.editOf(field);
  };
  /** Ends an edit; Tab moves on to the row's next editable cell, and the focus returns to the table. */
  const closeEdit = (row: T, fieldId: string, move: 1 | -1 | 0) => {
    const index = fields.findIndex((f) => f.id === fieldId);
    const later = move === 0 ? [] : move === 1 ? fields.slice(index + 1) : fields.slice(0, index).reverse();
    const next = later.find((f) => editableValue(row, f.id) !== null);
    setEditCell(next ? { rowId: row.id, fieldId: next.id } : null);
    const target = `${row.id}:${next?.id ?? fieldId}`;
    if (!next)
      setTimeout(() => scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${target}"]`)?.focus());
  };

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
    if (selection) {
      const all = rows.length > 0 && rows.every((row) => selection.ids.has(row.id));
      const some = rows.some((row) => selection.ids.has(row.id));
      defs.unshift({
        id: '_select',
        header: () => (
          <Checkbox
            size="xs"
            aria-label={t('bulk.selectLoaded')}
            checked={all}
            indeterminate={some && !all}
            onChange={() => selection.onChange(new Set(all ? [] : rows.map((row) => row.id)))}
          />
        ),
        size: SELECT_WIDTH,
        enableSorting: false,
        enableResizing: false,
        cell: ({ row }) => (
          <Checkbox
            size="xs"
            aria-label={t('bulk.selectRow')}
            checked={selection.ids.has(row.id)}
            onChange={(event) => {
              const next = new Set(selection.ids);
              if (event.currentTarget.checked) next.add(row.id);
              else next.delete(row.id);
              selection.onChange(next);
            }}
          />
        ),
      });
    }
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
  }, [fields, context, primaryLink, actions, selection, rows, t]);

  const sorting: SortingState = props.sort;
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, columnSizing },
    enableColumnResizing: true,
    columnResizeMode: 'onChange',
    onColumnSizingChange: setColumnSizing,
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
  // Back to a list finds it scrolled where it was (its rows come from the query cache).
  const scrolled = useElementScrollRestoration({ id: SCROLL_ID });
  const virtualizer = useVirtualizer({
    initialOffset: scrolled?.scrollY,
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

  // The checkbox and the first field stay in view when the table scrolls sideways.
  const stickyLeft = (columnId: string) =>
    columnId === '_select' ? 0 : columnId === fields[0]?.id ? (selection ? SELECT_WIDTH : 0) : null;
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <div
      ref={scrollRef}
      style={{ height: props.height, overflow: 'auto' }}
      data-testid="record-table"
      data-scroll-restoration-id={SCROLL_ID}
    >
      <table className="record-table" aria-rowcount={tableRows.length}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                const left = stickyLeft(header.column.id);
                return (
                  <th
                    key={header.id}
                    className={left === null ? undefined : 'sticky-column'}
                    style={{ width: header.getSize(), left: left ?? undefined }}
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
                    {header.column.getCanResize() && (
                      <div
                        className="column-resizer"
                        data-resizing={header.column.getIsResizing() || undefined}
                        onMouseDown={header.getResizeHandler()}
                        onTouchStart={header.getResizeHandler()}
                        onDoubleClick={() => header.column.resetSize()}
                        title={t('list.resizeColumn')}
                        aria-hidden
                      />
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
              <tr
                key={row.id}
                data-index={item.index}
                data-selected={selection?.ids.has(row.id) || undefined}
              >
                {row.getVisibleCells().map((cell) => {
                  const left = stickyLeft(cell.column.id);
                  const width = cell.column.getSize();
                  const fieldId = cell.column.id;
                  const edit = editableValue(row.original, fieldId);
                  const isEditing = editCell?.rowId === row.id && editCell.fieldId === fieldId;
                  const field = fields.find((f) => f.id === fieldId);
                  return (
                    <td
                      key={cell.id}
                      className={left === null ? undefined : 'sticky-column'}
                      style={{ width, maxWidth: width, left: left ?? undefined }}
                      onMouseEnter={titleWhenCut}
                      {...(edit !== null && {
                        'data-cell': `${row.id}:${fieldId}`,
                        'data-editable': true,
                        tabIndex: 0,
                        onDoubleClick: () => setEditCell({ rowId: row.id, fieldId }),
                        onKeyDown: (event: KeyboardEvent) => {
                          if (isEditing || (event.key !== 'Enter' && event.key !== 'F2')) return;
                          event.preventDefault();
                          setEditCell({ rowId: row.id, fieldId });
                        },
                      })}
                    >
                      {isEditing && edit !== null && field && editing ? (
                        <CellEditor
                          row={row.original}
                          field={field}
                          edit={edit}
                          label={fieldLabel(field, t)}
                          editing={editing}
                          shown={flexRender(cell.column.columnDef.cell, cell.getContext())}
                          onClose={(move) => closeEdit(row.original, fieldId, move)}
                        />
                      ) : (
                        flexRender(cell.column.columnDef.cell, cell.getContext())
                      )}
                    </td>
                  );
                })}
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
