import { Badge, Card, Group, Text } from '@mantine/core';
import { useDraggable } from '@dnd-kit/core';
import { Link } from '@tanstack/react-router';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deal } from '../../lib/api-types.generated.js';
import { useFormatters } from '../../lib/format.js';
import { isRotting } from './board-data.js';

/** A deal on the board: dragged with the mouse, or moved with the keyboard (see useKeyboardMove). */
export function DealCard(props: {
  deal: Deal;
  rottingDays: number | null;
  lifted: boolean;
  onKeyDown: (deal: Deal, event: KeyboardEvent) => void;
  onBlur: () => void;
}) {
  const { deal } = props;
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: deal.id,
    data: { deal },
  });
  const rotting = isRotting(deal, props.rottingDays);
  return (
    <Card
      ref={setNodeRef}
      withBorder
      padding="xs"
      radius="sm"
      data-deal-id={deal.id}
      aria-label={t('deals.board.cardLabel', { title: deal.title, amount: fmt.money(deal.amount) })}
      {...attributes}
      aria-describedby="deal-board-help"
      {...listeners}
      aria-pressed={props.lifted}
      onKeyDown={(event) => props.onKeyDown(deal, event)}
      onBlur={props.onBlur}
      style={{
        cursor: 'grab',
        opacity: isDragging ? 0.4 : 1,
        transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
        outline: props.lifted ? '2px solid var(--mantine-color-blue-6)' : undefined,
        borderLeft: rotting ? '3px solid var(--mantine-color-red-6)' : undefined,
      }}
    >
      <Link to="/deals/$id" params={{ id: deal.id }} onPointerDown={(e) => e.stopPropagation()}>
        <Text size="sm" fw={500} lineClamp={2}>
          {deal.title}
        </Text>
      </Link>
      <Group justify="space-between" gap={4} mt={4}>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {deal.companyName ?? ''}
        </Text>
        <Text size="xs" fw={500}>
          {fmt.money(deal.amount)}
        </Text>
      </Group>
      {rotting && (
        <Badge color="red" variant="light" size="xs" mt={4}>
          {t('deals.board.rotting')}
        </Badge>
      )}
    </Card>
  );
}
