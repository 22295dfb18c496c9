import { SegmentedControl } from '@mantine/core';
import { useNavigate, useRouterState, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { parseListSearch } from '../records/list-state.js';

/**
 * Table or board: two views of one deals list. The switch keeps the list's saved view, search,
 * filters and sort (and the board's pipeline), so each shows the same deals.
 */
export function DealViewSwitch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useSearch({ strict: false });
  const onBoard = useRouterState({ select: (state) => state.location.pathname === '/deals/board' });
  const { trash: _trash, ...list } = parseListSearch(search);
  const pipeline = typeof search.pipeline === 'string' ? search.pipeline : undefined;
  return (
    <SegmentedControl
      aria-label={t('deals.board.viewAs')}
      value={onBoard ? 'board' : 'table'}
      data={[
        { value: 'table', label: t('deals.board.table') },
        { value: 'board', label: t('deals.board.tab') },
      ]}
      onChange={(value) =>
        void navigate(
          value === 'board'
            ? { to: '/deals/board', search: { ...list, ...(pipeline && { pipeline }) } }
            : { to: '/deals', search: list },
        )
      }
    />
  );
}
