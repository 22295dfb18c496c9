import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, type RefObject } from 'react';
import { api, type QueryParams } from '../../lib/api.js';
import type { Deal, paths } from '../../lib/api-types.generated.js';

export type Board = paths['/deals/board']['get']['responses'][200]['content']['application/json'];
export type BoardColumn = Board['stages'][number];

/** Deals per column page: the first comes with the board, the next as the column scrolls. */
export const COLUMN_PAGE = 20;
/** How a column is sorted when the list has no sort: longest in the stage first. */
const DEFAULT_SORT = 'stageEnteredAt';

/** The board of a pipeline: per stage its totals and first page, with the list's search, filters and sort. */
export function useBoard(pipelineId: string | undefined, listParams: QueryParams) {
  return useQuery({
    queryKey: [...DEAL_QUERIES, 'board', pipelineId, listParams],
    queryFn: ({ signal }) =>
      api<Board>('/deals/board', {
        query: { pipelineId, limit: COLUMN_PAGE, ...listParams, sort: listParams.sort ?? DEFAULT_SORT },
        signal,
      }),
    enabled: Boolean(pipelineId),
  });
}

/**
 * A column's further pages, from the deals list filtered to the stage's open deals and sorted as the
 * board is, after the board's first page (keyset cursors: the hundredth page costs what the first does).
 */
export function useColumnPages(column: BoardColumn, pipelineId: string, listParams: QueryParams) {
  return useInfiniteQuery({
    queryKey: [...DEAL_QUERIES, 'board', pipelineId, listParams, column.stageId, column.nextCursor],
    initialPageParam: column.nextCursor,
    enabled: false,
    queryFn: ({ pageParam, signal }) =>
      api<{ data: Deal[]; nextCursor: string | null }>('/deals', {
        query: {
          ...listParams,
          sort: listParams.sort ?? DEFAULT_SORT,
          limit: COLUMN_PAGE,
          cursor: pageParam ?? undefined,
          'filter[pipelineId]': pipelineId,
          'filter[stageId]': column.stageId,
          'filter[status]': 'open',
        },
        signal,
      }),
    getNextPageParam: (last) => last.nextCursor,
  });
}

/**
 * Calls `onVisible` whenever the returned element comes within `margin` of the visible part of
 * `root` (a scrolling column), so a column asks for its next page before its last card is reached.
 * `loaded` (how many items are shown) renews the watch: an element still in view after a page has
 * arrived is reported again, and the next page follows.
 */
export function useWhenVisible<T extends Element>(
  onVisible: () => void,
  enabled: boolean,
  root: RefObject<Element | null>,
  loaded: number,
  margin = '300px',
) {
  const element = useRef<T>(null);
  const callback = useRef(onVisible);
  callback.current = onVisible;
  useEffect(() => {
    const target = element.current;
    if (!enabled || !target) return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && callback.current(),
      { root: root.current, rootMargin: margin },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [enabled, root, loaded, margin]);
  return element;
}

const DAY_MS = 86_400_000;

/** Whether an open deal has stayed in its stage longer than the stage allows. */
export function isRotting(
  deal: Pick<Deal, 'stageEnteredAt' | 'status'>,
  rottingDays: number | null,
  now = Date.now(),
) {
  if (rottingDays === null || deal.status !== 'open') return false;
  return now - Date.parse(deal.stageEnteredAt) > rottingDays * DAY_MS;
}

/**
 * Where the deals' board, its columns and the reports sit in the query cache: under the deals lists,
 * so that whatever refreshes the lists (a saved deal, a colleague's change) refreshes them too.
 */
export const DEAL_QUERIES = ['records', 'deal'] as const;
