import { Alert, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { api } from '../../lib/api.js';
import { currencyDigits, useFormatters } from '../../lib/format.js';
import { useMemberName } from '../../lib/queries.js';
import { useTeams } from '../admin/admin-queries.js';
import type { Pipeline } from '../deals/pipelines-query.js';
import { EChart, type ChartOption } from './EChart.js';
import { SummaryTable, type Report } from './SummaryTable.js';
import { DEAL_QUERIES } from '../deals/board-data.js';

/** Axes in the reader's language: compact amounts ("12 тыс."), months by name, every stage named. */
function useChartText(currency: string) {
  const { locale } = useFormatters();
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const scale = 10 ** currencyDigits(currency);
  return {
    major: (minor: number) => minor / scale,
    valueAxis: { type: 'value', axisLabel: { formatter: (value: number) => compact.format(value) } },
    month: (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`)),
    categoryAxis: (names: string[]) => ({
      type: 'category',
      data: names,
      axisLabel: { interval: 0, width: 90, overflow: 'break' },
    }),
  };
}

function ReportCharts({ report, pipeline }: { report: Report; pipeline: Pipeline }) {
  const { t } = useTranslation();
  const text = useChartText(report.currency);
  const stageNames = report.byStage.map(
    (row) => pipeline.stages.find((s) => s.id === row.stageId)?.name ?? '',
  );
  const amount = t('deals.reports.amount');
  const weighted = t('deals.reports.weighted');
  const byStage: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { data: [amount, weighted], bottom: 0 },
    grid: { left: 56, right: 16, top: 16, bottom: 64 },
    xAxis: text.categoryAxis(stageNames),
    yAxis: text.valueAxis,
    series: [
      { name: amount, type: 'bar', data: report.byStage.map((r) => text.major(r.amount)) },
      { name: weighted, type: 'bar', data: report.byStage.map((r) => text.major(r.weighted)) },
    ],
  };
  const forecast: ChartOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 16, top: 16, bottom: 40 },
    xAxis: text.categoryAxis(report.forecast.map((r) => text.month(r.month))),
    yAxis: text.valueAxis,
    series: [{ name: weighted, type: 'line', data: report.forecast.map((r) => text.major(r.weighted)) }],
  };
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Stack gap={4}>
        <Title order={3} size="h4">
          {t('deals.reports.byStage')}
        </Title>
        <EChart label={t('deals.reports.byStage')} option={byStage} />
      </Stack>
      <Stack gap={4}>
        <Title order={3} size="h4">
          {t('deals.reports.forecast')}
        </Title>
        {report.forecast.length === 0 ? (
          <Text c="dimmed">{t('deals.reports.noForecast')}</Text>
        ) : (
          <EChart label={t('deals.reports.forecast')} option={forecast} />
        )}
      </Stack>
    </SimpleGrid>
  );
}

/** Sales reports beside the board: only deals the member may read are counted (the API sees to it). */
export function SalesReports({ pipeline }: { pipeline: Pipeline }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const memberName = useMemberName();
  const teams = useTeams();
  const report = useQuery({
    queryKey: [...DEAL_QUERIES, 'reports', pipeline.id],
    queryFn: ({ signal }) => api<Report>('/deals/reports', { query: { pipelineId: pipeline.id }, signal }),
  });
  if (report.isPending) return <Loader aria-label={t('common.loading')} />;
  if (report.error) return <ErrorAlert error={report.error} />;
  const data = report.data;
  const teamName = (id: string | null) =>
    id === null ? t('deals.reports.noTeam') : (teams.data?.find((team) => team.id === id)?.name ?? '—');
  const everyone = { key: 'everyone', name: t('deals.reports.everyone'), summary: data.summary };
  return (
    <Stack>
      {data.missingRates.length > 0 && (
        <Alert color="orange">
          {t('deals.board.missingRates', { currencies: data.missingRates.join(', ') })}
        </Alert>
      )}
      <ReportCharts report={data} pipeline={pipeline} />
      <Text size="sm" c="dimmed">
        {t('deals.reports.period', {
          from: fmt.date(data.from),
          to: fmt.date(data.to),
          currency: data.currency,
        })}
      </Text>
      {data.summary.won + data.summary.lost === 0 && <Text c="dimmed">{t('deals.reports.noClosed')}</Text>}
      <SummaryTable
        heading={t('deals.reports.who')}
        currency={data.currency}
        rows={[
          everyone,
          ...data.byOwner.map((row) => ({
            key: `owner-${row.id}`,
            name: memberName(row.id) ?? t('deals.reports.noOwner'),
            summary: row,
          })),
        ]}
      />
      {data.byTeam.some((row) => row.id !== null) && (
        <SummaryTable
          heading={t('deals.reports.team')}
          currency={data.currency}
          rows={data.byTeam.map((row) => ({ key: `team-${row.id}`, name: teamName(row.id), summary: row }))}
        />
      )}
    </Stack>
  );
}
