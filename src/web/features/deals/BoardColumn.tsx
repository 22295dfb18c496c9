import { Button, Group, Loader, Paper, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryParams } from '../../lib/api.js';
import type { Deal } from '../../lib/api-types.generated.js';
import { useFormatters } from '../../lib/format.js';
import { useColumnPages, useWhenVisible, type BoardColumn as Column } from './board-data.js';
import type { Lifted } from './BoardColumns.js';
import { DealCard } from './DealCard.js';
import type { PipelineStage } from './pipelines-query.js';

const COLUMN_WIDTH = 270;

/** A stage's frame: its name and probability, what the caller puts under them, and its cards. */
function ColumnFrame(props: {
  stage: PipelineStage;
  summary: ReactNode;
  children: ReactNode;
  over?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="xs"
      w={COLUMN_WIDTH}
      miw={COLUMN_WIDTH}
      bg={props.over ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-gray-light)'}
      role="region"
      aria-label={props.stage.name}
      data-stage-id={props.stage.id}
    >
      <Stack gap={2} mb="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm" lineClamp={1}>
            {props.stage.name}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('deals.board.probability', { value: props.stage.probability })}
          </Text>
        </Group>
        {props.summary}
      </Stack>
      {props.children}
    </Paper>
  );
}

/** A column while the board loads: the stage is known from the pipeline, its deals are not yet. */
export function BoardColumnSkeleton({ stage }: { stage: PipelineStage }) {
  return (
    <ColumnFrame stage={stage} summary={<Skeleton height={12} width="60%" mt={4} />}>
      <Stack gap="xs">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} height={62} radius="sm" />
        ))}
      </Stack>
    </ColumnFrame>
  );
}

/**
 * One stage of the board: its totals in the workspace currency and its deals, the next page loading
 * as the column scrolls near its end.
 */
export function BoardColumn(props: {
  stage: PipelineStage;
  column: Column;
  pipelineId: string;
  listParams: QueryParams;
  lifted: Lifted | null;
  onCardKeyDown: (deal: Deal, event: KeyboardEvent) => void;
  onCardBlur: () => void;
}) {
  const { stage, column, lifted } = props;
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { setNodeRef, isOver } = useDroppable({ id: stage.id });
  const more = useColumnPages(column, props.pipelineId, props.listParams);
  const deals = [...column.data, ...(more.data?.pages.flatMap((page) => page.data) ?? [])];
  const hasMore = more.data ? more.hasNextPage : column.nextCursor !== null;
  const scroller = useRef<HTMLDivElement>(null);
  const loadMore = () => {
    if (more.isFetching || more.error) return;
    void (more.data ? more.fetchNextPage() : more.refetch());
  };
  const sentinel = useWhenVisible<HTMLDivElement>(loadMore, hasMore, scroller, deals.length);
  const { total } = column;
  const summary = (
    <>
      <Tooltip
        label={t('deals.board.convertedHint', { currency: total.currency })}
        disabled={!total.converted}
      >
        <Text size="xs" c="dimmed" data-testid="stage-total">
          {t('deals.board.count', { count: column.count })} · {total.converted ? '≈ ' : ''}
          {fmt.money({ amount: total.amount, currency: total.currency })}
        </Text>
      </Tooltip>
      {total.missingRates.length > 0 && (
        <Text size="xs" c="orange">
          {t('deals.board.missingRates', { currencies: total.missingRates.join(', ') })}
        </Text>
      )}
    </>
  );
  return (
    <div ref={setNodeRef}>
      <ColumnFrame stage={stage} summary={summary} over={isOver || lifted?.stageId === stage.id}>
        <Stack
          ref={scroller}
          gap="xs"
          style={{ maxHeight: 'calc(100vh - 300px)', minHeight: 80, overflowY: 'auto' }}
        >
          {deals.length === 0 && (
            <Text size="xs" c="dimmed" ta="center" py="md">
              {t('deals.board.emptyColumn')}
            </Text>
          )}
          {deals.map((deal) => (
            <DealCard
              key={deal.id}
              deal={deal}
              rottingDays={stage.rottingDays}
              lifted={lifted?.dealId === deal.id}
              onKeyDown={props.onCardKeyDown}
              onBlur={props.onCardBlur}
            />
          ))}
          {hasMore && (
            <Group ref={sentinel} justify="center" py="xs" data-testid="column-more">
              <Loader size="xs" aria-label={t('list.loadingMore')} />
            </Group>
          )}
          {more.error && (
            <Button variant="subtle" size="xs" color="red" onClick={() => void more.fetchNextPage()}>
              {t('errors.retry')}
            </Button>
          )}
        </Stack>
      </ColumnFrame>
    </div>
  );
}
