import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes/root.js';
import { parseListSearch } from '../records/list-state.js';
import type { BoardSearch } from './DealBoardPage.js';

// The board, with its dragging and charts, is a chunk of its own: the first screen is a list.
const DealBoardPage = lazyRouteComponent(() => import('./DealBoardPage.js'), 'DealBoardPage');

/** `/deals/board`: the board (and reports) of a pipeline, with the deals list's search and filters. */
export const dealBoardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/deals/board',
  validateSearch: (search: Record<string, unknown>): BoardSearch => ({
    ...parseListSearch(search),
    ...(typeof search.pipeline === 'string' && { pipeline: search.pipeline }),
    ...((search.tab === 'reports' || search.tab === 'board') && { tab: search.tab }),
  }),
  component: function DealBoardRoute() {
    return <DealBoardPage search={dealBoardRoute.useSearch()} />;
  },
});
