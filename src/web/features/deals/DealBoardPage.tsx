import { Group, Loader, Select, Stack, Tabs, TextInput, Title } from '@mantine/core';
import { IconSearch, IconTargetArrow } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ButtonLink } from '../../components/links.js';
import { currencyDigits, useFormatters } from '../../lib/format.js';
import { can, canOnRecord, useSession } from '../../lib/session.js';
import { FilterEditor } from '../records/FilterEditor.js';
import {
  filterParams,
  listSearchOf,
  listStateOf,
  sortParam,
  type ListSearch,
} from '../records/list-state.js';
import { BoardColumns } from './BoardColumns.js';
import { DEAL_DEFAULT_COLUMNS, dealFieldDefs } from './deal-fields.js';
import { DealViewSwitch } from './DealViewSwitch.js';
import { usePipelines } from './pipelines-query.js';

// ECharts is large: the reports and their charts load in a chunk of their own, when opened.
const SalesReports = lazy(() =>
  import('../sales-reports/SalesReports.js').then((m) => ({ default: m.SalesReports })),
);

export type BoardSearch = ListSearch & { pipeline?: string; tab?: 'board' | 'reports' };

const pipelineKey = (userId: string) => `rapport.dealBoard.${userId}.pipeline`;

/** The pipeline shown last on this device, so the board and the switch from the table reopen it. */
function rememberedPipeline(userId: string): string | null {
  try {
    return localStorage.getItem(pipelineKey(userId));
  } catch {
    return null; // storage may be off (private windows): the first pipeline then opens
  }
}

function rememberPipeline(userId: string, id: string) {
  try {
    localStorage.setItem(pipelineKey(userId), id);
  } catch {
    // as above
  }
}

/**
 * A pipeline's deals by stage, as another view of the deals list: the list's saved view, search,
 * filters and sort apply to every column. Sales reports are its other tab.
 */
export function DealBoardPage({ search }: { search: BoardSearch }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const navigate = useNavigate();
  const pipelines = usePipelines();
  const wanted = search.pipeline ?? rememberedPipeline(session.user.id);
  const pipeline = pipelines.data?.find((p) => p.id === wanted) ?? pipelines.data?.[0];
  const go = (patch: Partial<BoardSearch>) =>
    void navigate({ to: '/deals/board', search: { ...search, ...patch }, replace: true });
  const fields = useMemo(() => dealFieldDefs(fmt), [fmt]);
  const { config } = listStateOf(search, DEAL_DEFAULT_COLUMNS);
  const moneyDigits = currencyDigits(session.workspace.defaultCurrency);
  const listParams = useMemo(
    () => ({
      q: config.q || undefined,
      sort: sortParam(config.sort, fields),
      ...filterParams(config.filter, fields, moneyDigits),
    }),
    [config.q, config.sort, config.filter, fields, moneyDigits],
  );

  if (pipelines.isPending) return <Loader m="xl" aria-label={t('common.loading')} />;
  if (pipelines.error) return <ErrorAlert error={pipelines.error} />;
  if (!pipeline)
    return (
      <EmptyState
        icon={IconTargetArrow}
        title={t('deals.board.noPipelines')}
        body={t('deals.board.noPipelinesBody')}
        action={
          can(session, 'pipelines', 'create') && (
            <ButtonLink to="/settings/pipelines">{t('pipelines.add')}</ButtonLink>
          )
        }
      />
    );
  const tab = search.tab ?? 'board';
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group>
          <Title order={1} size="h2">
            {t('deals.board.title')}
          </Title>
          <Select
            aria-label={t('deals.fields.pipeline')}
            data={pipelines.data.map((p) => ({ value: p.id, label: p.name }))}
            value={pipeline.id}
            onChange={(id) => {
              if (id) rememberPipeline(session.user.id, id);
              go({ pipeline: id ?? undefined });
            }}
            allowDeselect={false}
          />
        </Group>
        <Group gap="sm">
          <DealViewSwitch />
          {canOnRecord(session, 'deals', 'create', session.user.id) && (
            <ButtonLink to="/deals/new" search={{ pipelineId: pipeline.id }}>
              {t('deals.new')}
            </ButtonLink>
          )}
        </Group>
      </Group>
      <Group gap="sm" align="flex-end">
        <TextInput
          aria-label={t('deals.search')}
          placeholder={t('deals.search')}
          leftSection={<IconSearch size={16} />}
          defaultValue={search.q ?? ''}
          key={search.q ?? ''}
          onKeyDown={(e) => e.key === 'Enter' && go({ q: e.currentTarget.value.trim() || undefined })}
        />
        <FilterEditor
          fields={fields}
          value={config.filter}
          onApply={(filter) =>
            go(
              listSearchOf(
                { viewId: search.view ?? null, config: { ...config, filter }, trash: false },
                DEAL_DEFAULT_COLUMNS,
              ),
            )
          }
        />
      </Group>
      <Tabs value={tab} onChange={(next) => go({ tab: next === 'reports' ? 'reports' : undefined })}>
        <Tabs.List>
          <Tabs.Tab value="board">{t('deals.board.tab')}</Tabs.Tab>
          <Tabs.Tab value="reports">{t('deals.reports.tab')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {tab === 'board' ? (
        <BoardColumns pipeline={pipeline} listParams={listParams} />
      ) : (
        <Suspense fallback={<Loader aria-label={t('common.loading')} />}>
          <SalesReports pipeline={pipeline} />
        </Suspense>
      )}
    </Stack>
  );
}
