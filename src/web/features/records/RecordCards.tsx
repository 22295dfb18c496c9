import { Center, Group, Loader, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel, type FieldDef, type RenderContext } from './fields.js';

/** How many of the list's columns after the first a card shows, each on a line of its own. */
const CARD_LINES = 3;

export interface RecordCardsProps<T extends { id: string }> {
  rows: T[];
  fields: FieldDef<T>[];
  context: RenderContext;
  /** Wraps the first column's content in a link to the record. */
  primaryLink: (row: T, children: ReactNode) => ReactNode;
  actions?: ((row: T) => ReactNode) | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  height: string;
}

/**
 * A list's records as cards, for a phone's width: the first column as the record's name and the next
 * columns' values under it, labelled. Virtualised like the table; nearing the end asks for the next page.
 */
export function RecordCards<T extends { id: string }>(props: RecordCardsProps<T>) {
  const { t } = useTranslation();
  const { rows, fields, context, primaryLink, actions, hasMore, loadingMore, onLoadMore } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [primary, ...rest] = fields;
  const lines = rest.slice(0, CARD_LINES);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64 + 20 * lines.length,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - 10) onLoadMore();
  }, [lastIndex, rows.length, hasMore, loadingMore, onLoadMore]);

  if (!primary) return null;
  return (
    <div ref={scrollRef} style={{ height: props.height, overflow: 'auto' }} data-testid="record-cards">
      <ul className="record-cards" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index]!;
          return (
            <li
              key={row.id}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="record-card"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" fw={600} truncate>
                  {primaryLink(row, primary.render(row, context))}
                </Text>
                {actions?.(row)}
              </Group>
              {lines.map((field) => {
                const value = field.render(row, context);
                if (value === null || value === undefined || value === '') return null;
                return (
                  <Text key={field.id} size="xs" truncate>
                    <Text span c="dimmed" size="xs">
                      {fieldLabel(field, t)}:{' '}
                    </Text>
                    {value}
                  </Text>
                );
              })}
            </li>
          );
        })}
      </ul>
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
