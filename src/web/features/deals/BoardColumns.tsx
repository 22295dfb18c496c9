import { Alert, Group, ScrollArea, VisuallyHidden } from '@mantine/core';
import {
  DndContext,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { problemMessage } from '../../components/problem-message.js';
import { api, type QueryParams } from '../../lib/api.js';
import type { Deal } from '../../lib/api-types.generated.js';
import { BoardColumn, BoardColumnSkeleton } from './BoardColumn.js';
import { DEAL_QUERIES, useBoard } from './board-data.js';
import type { Pipeline } from './pipelines-query.js';

type Active = { data: { current?: { deal?: Deal } } };
const dealOf = (active: Active) => active.data.current?.deal;

/** Moving a deal to another stage (a PATCH against the version shown), announced when it lands. */
function useMoveDeal(pipeline: Pipeline, announce: (text: string) => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [moved, setMoved] = useState<string | null>(null);
  // A card shows the board as last loaded: a move made since (and the board not yet read again) is
  // remembered here, so the next move starts from it and sends its version, not the card's.
  const latest = useRef(new Map<string, Deal>());
  const fresh = (deal: Deal) => {
    const known = latest.current.get(deal.id);
    return known && known.version > deal.version ? known : deal;
  };
  const stageName = (id: unknown) => pipeline.stages.find((s) => s.id === id)?.name ?? '';
  const move = useMutation({
    mutationFn: ({ deal, stageId }: { deal: Deal; stageId: string }) =>
      api<Deal>(`/deals/${deal.id}`, {
        method: 'PATCH',
        body: { stageId },
        headers: { 'if-match': `"${deal.version}"` },
      }),
    onSuccess: (deal) => {
      latest.current.set(deal.id, deal);
      setMoved(deal.id);
      announce(t('deals.board.moved', { title: deal.title, stage: stageName(deal.stageId) }));
    },
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(t, error) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: DEAL_QUERIES }),
  });
  const moveTo = (shown: Deal, stageId: string) => {
    const deal = fresh(shown);
    if (stageId !== deal.stageId) move.mutate({ deal, stageId });
  };
  return { moveTo, fresh, stageName, moved };
}

/** A deal picked up with the keyboard and the stage it would be dropped in. */
export type Lifted = { dealId: string; stageId: string };

/**
 * The keyboard on a card: Alt+→ / Alt+← move it to the next or previous stage at once; Space picks
 * it up, ← and → choose the stage (shown on the board and spoken), Space or Enter drops it there and
 * Escape puts it back.
 */
function useKeyboardMove(
  pipeline: Pipeline,
  mover: ReturnType<typeof useMoveDeal>,
  announce: (text: string) => void,
) {
  const { t } = useTranslation();
  const [lifted, setLifted] = useState<Lifted | null>(null);
  const stageAfter = (stageId: string, by: number) =>
    pipeline.stages[pipeline.stages.findIndex((s) => s.id === stageId) + by]?.id;
  const onKeyDown = (shown: Deal, event: KeyboardEvent) => {
    const deal = mover.fresh(shown);
    const by = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const mine = lifted?.dealId === deal.id ? lifted : null;
    if (event.altKey && by !== 0) {
      const target = stageAfter(deal.stageId, by);
      if (target) mover.moveTo(deal, target);
    } else if (!mine && event.key === ' ') {
      setLifted({ dealId: deal.id, stageId: deal.stageId });
      announce(t('deals.board.pickedUp', { title: deal.title }));
    } else if (mine && by !== 0) {
      const target = stageAfter(mine.stageId, by);
      if (!target) return;
      setLifted({ dealId: deal.id, stageId: target });
      announce(t('deals.board.over', { title: deal.title, stage: mover.stageName(target) }));
    } else if (mine && (event.key === ' ' || event.key === 'Enter')) {
      setLifted(null);
      if (mine.stageId === deal.stageId) announce(t('deals.board.cancelled'));
      else mover.moveTo(deal, mine.stageId);
    } else if (mine && event.key === 'Escape') {
      setLifted(null);
      announce(t('deals.board.cancelled'));
    } else return;
    event.preventDefault();
  };
  const drop = () => {
    if (lifted) announce(t('deals.board.cancelled'));
    setLifted(null);
  };
  return { lifted, onKeyDown, drop };
}

/** The columns of a pipeline's board; deals are dragged with the mouse or moved with the keyboard. */
export function BoardColumns({ pipeline, listParams }: { pipeline: Pipeline; listParams: QueryParams }) {
  const { t } = useTranslation();
  const board = useBoard(pipeline.id, listParams);
  const [spoken, setSpoken] = useState('');
  const mover = useMoveDeal(pipeline, setSpoken);
  const { moveTo, stageName, moved } = mover;
  const keyboard = useKeyboardMove(pipeline, mover, setSpoken);
  // The columns are drawn again with the board's new data: the focus goes back to the moved card,
  // so that a keyboard user carries on from it.
  useEffect(() => {
    if (moved) document.querySelector<HTMLElement>(`[data-deal-id="${moved}"]`)?.focus();
  }, [moved, board.dataUpdatedAt]);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  const title = (active: Active) => dealOf(active)?.title ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('deals.board.pickedUp', { title: title(active) }),
    onDragOver: ({ active, over }) =>
      t('deals.board.over', { title: title(active), stage: stageName(over?.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('deals.board.moved', { title: title(active), stage: stageName(over.id) })
        : t('deals.board.cancelled'),
    onDragCancel: () => t('deals.board.cancelled'),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const deal = dealOf(active);
    if (deal && over) moveTo(deal, String(over.id));
  };

  if (board.error) return <ErrorAlert error={board.error} />;
  const columns = board.data?.stages;
  return (
    <DndContext
      sensors={sensors}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('deals.board.instructions') },
      }}
    >
      <VisuallyHidden id="deal-board-help">{t('deals.board.instructions')}</VisuallyHidden>
      <VisuallyHidden aria-live="polite">{spoken}</VisuallyHidden>
      {columns?.every((c) => c.count === 0) && <Alert variant="light">{t('deals.board.emptyBoard')}</Alert>}
      <ScrollArea aria-busy={!columns} data-board-fetching={board.isFetching}>
        <Group align="flex-start" wrap="nowrap" gap="sm" pb="md">
          {pipeline.stages.map((stage) => {
            const column = columns?.find((c) => c.stageId === stage.id);
            if (!columns) return <BoardColumnSkeleton key={stage.id} stage={stage} />;
            return column ? (
              <BoardColumn
                key={stage.id}
                stage={stage}
                column={column}
                pipelineId={pipeline.id}
                listParams={listParams}
                lifted={keyboard.lifted}
                onCardKeyDown={keyboard.onKeyDown}
                onCardBlur={keyboard.drop}
              />
            ) : null;
          })}
        </Group>
      </ScrollArea>
    </DndContext>
  );
}
