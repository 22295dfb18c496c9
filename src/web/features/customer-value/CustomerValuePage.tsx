import {
  Alert,
  Button,
  Card,
  Group,
  Progress,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconChartDots } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { HeatmapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { useFormatters, type Formatters } from '../../lib/format.js';
import type { Company, Page, Person } from '../../lib/types.js';
import { RecordLink } from '../records/RecordLink.js';
import { EChart } from '../sales-reports/EChart.js';
import { ChurnRiskBadge } from './customer-value-fields.js';
import { ANALYSIS_PAGES, analysisOf, useAnalysis, type AnalysisPage } from './customer-value-queries.js';

echarts.use([HeatmapChart, VisualMapComponent]);

type Level = 'company' | 'person';
type Figures = Record<string, unknown>;
const money = (fmt: Formatters, currency: string, amount: number) => fmt.money({ amount, currency });

function RunBar({ page }: { page: AnalysisPage }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const client = useQueryClient();
  const state = useAnalysis(page);
  const run = useMutation({
    mutationFn: () =>
      api(`/customer-analyses/${analysisOf(page)}/runs`, { method: 'POST', body: { params: {} } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['customer-analyses'] }),
  });
  const current = state.data?.current;
  const latest = state.data?.latest;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {latest?.finishedAt
            ? t('customerValue.lastRun', { when: fmt.dateTime(latest.finishedAt) })
            : t('customerValue.neverRun')}
        </Text>
        <Button onClick={() => run.mutate()} loading={run.isPending} disabled={Boolean(current)}>
          {t('customerValue.runNow')}
        </Button>
      </Group>
      {current && <Progress value={current.progress} animated aria-label={t('customerValue.progress')} />}
      {run.error && <ErrorAlert error={run.error} />}
    </Stack>
  );
}

function useTopCustomers(level: Level, params: string) {
  const path = level === 'company' ? '/companies' : '/people';
  return useQuery({
    queryKey: ['customer-value-top', level, params],
    queryFn: ({ signal }) => api<Page<Person | Company>>(`${path}?limit=10&${params}`, { signal }),
  });
}

function TopCustomers({ level, params, title }: { level: Level; params: string; title: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const top = useTopCustomers(level, params);
  if (top.isPending) return <TableSkeleton rows={5} columns={4} />;
  if (top.error) return <ErrorAlert error={top.error} />;
  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        {title}
      </Title>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customerValue.customer')}</Table.Th>
            <Table.Th>{t('customerValue.fields.lifetimeValue')}</Table.Th>
            <Table.Th>{t('customerValue.fields.probabilityAlive')}</Table.Th>
            <Table.Th>{t('customerValue.fields.churnRisk')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {top.data.data.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <RecordLink entity={level} id={r.id}>
                  {'name' in r ? r.name : [r.firstName, r.lastName].filter(Boolean).join(' ')}
                </RecordLink>
              </Table.Td>
              <Table.Td>{r.lifetimeValue ? fmt.money(r.lifetimeValue) : ''}</Table.Td>
              <Table.Td>
                {r.probabilityAlive === null ? '' : fmt.percent(Math.round(r.probabilityAlive * 100))}
              </Table.Td>
              <Table.Td>{r.churnRisk && <ChurnRiskBadge risk={r.churnRisk} t={t} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function RfmView({ figures, currency }: { figures: Figures; currency: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const segments = figures.segments as { segment: string; customers: number; revenueMinor: number }[];
  const names = segments.map((s) => t(`customerValue.segments.${s.segment}`));
  return (
    <Stack>
      <EChart
        label={t('customerValue.rfm.chart')}
        height={320}
        option={{
          tooltip: {},
          grid: { left: 140, right: 20, top: 10, bottom: 30 },
          xAxis: { type: 'value' },
          yAxis: { type: 'category', data: names, inverse: true },
          series: [
            { type: 'bar', data: segments.map((s) => s.customers), name: t('customerValue.customers') },
          ],
        }}
      />
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customerValue.fields.rfmSegment')}</Table.Th>
            <Table.Th>{t('customerValue.customers')}</Table.Th>
            <Table.Th>{t('customerValue.revenue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {segments.map((s, i) => (
            <Table.Tr key={s.segment}>
              <Table.Td>{names[i]}</Table.Td>
              <Table.Td>{fmt.number(s.customers)}</Table.Td>
              <Table.Td>{money(fmt, currency, s.revenueMinor)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function ModelFit({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const model = figures.model as { name: string; params: Record<string, number> };
  const spend = figures.spend as { params: Record<string, number> };
  const validation = figures.validation as {
    error?: string;
    holdout?: {
      actual: number;
      predicted: number;
      byFrequency: { frequency: string; actual: number; predicted: number }[];
    };
  };
  const params = (p: Record<string, number>) =>
    Object.entries(p)
      .map(([k, v]) => `${k} = ${fmt.number(Number(v.toPrecision(4)))}`)
      .join(', ');
  return (
    <Card withBorder>
      <Title order={4}>{t('customerValue.fit.title')}</Title>
      <Text size="sm">{t(`customerValue.fit.model.${model.name}`, { params: params(model.params) })}</Text>
      <Text size="sm">{t('customerValue.fit.spend', { params: params(spend.params) })}</Text>
      {validation.holdout ? (
        <>
          <Text size="sm" mt="xs">
            {t('customerValue.fit.holdout', {
              actual: fmt.number(validation.holdout.actual),
              predicted: fmt.number(Math.round(validation.holdout.predicted * 10) / 10),
            })}
          </Text>
          <EChart
            label={t('customerValue.fit.chart')}
            option={{
              tooltip: {},
              legend: {},
              xAxis: {
                type: 'category',
                data: validation.holdout.byFrequency.map((b) => b.frequency),
                name: t('customerValue.fit.repeat'),
              },
              yAxis: { type: 'value' },
              series: [
                {
                  type: 'bar',
                  name: t('customerValue.fit.actual'),
                  data: validation.holdout.byFrequency.map((b) => b.actual),
                },
                {
                  type: 'bar',
                  name: t('customerValue.fit.predicted'),
                  data: validation.holdout.byFrequency.map((b) => Math.round(b.predicted * 10) / 10),
                },
              ],
            }}
          />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('customerValue.fit.noHoldout')}
        </Text>
      )}
    </Card>
  );
}

function ClvView({ figures, currency, level }: { figures: Figures; currency: string; level: Level }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const bins = figures.distribution as { fromMinor: number; toMinor: number; customers: number }[];
  return (
    <Stack>
      <EChart
        label={t('customerValue.clv.chart')}
        option={{
          tooltip: {},
          xAxis: {
            type: 'category',
            data: bins.map((b) => money(fmt, currency, b.toMinor)),
            name: t('customerValue.fields.lifetimeValue'),
          },
          yAxis: { type: 'value', name: t('customerValue.customers') },
          series: [{ type: 'bar', data: bins.map((b) => b.customers) }],
        }}
      />
      <TopCustomers level={level} params="sort=-lifetimeValue" title={t('customerValue.clv.top')} />
      <ModelFit figures={figures} />
    </Stack>
  );
}

function ChurnView({ figures, level }: { figures: Figures; level: Level }) {
  const { t } = useTranslation();
  const churn = figures.churn as Record<string, number>;
  const risks = ['low', 'medium', 'high'];
  return (
    <Stack>
      <EChart
        label={t('customerValue.churn.chart')}
        option={{
          tooltip: {},
          xAxis: { type: 'category', data: risks.map((r) => t(`customerValue.risk.${r}`)) },
          yAxis: { type: 'value', name: t('customerValue.customers') },
          series: [
            {
              type: 'bar',
              data: risks.map((r) => ({
                value: churn[r] ?? 0,
                itemStyle: { color: { low: '#12b886', medium: '#fab005', high: '#fa5252' }[r] },
              })),
            },
          ],
        }}
      />
      <TopCustomers
        level={level}
        params="filter[churnRisk]=high&sort=-lifetimeValue"
        title={t('customerValue.churn.top')}
      />
    </Stack>
  );
}

function CohortView({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const cohorts = figures.cohorts as { cohort: string; customers: number; retention: number[] }[];
  const months = Math.max(0, ...cohorts.map((c) => c.retention.length));
  const cells = cohorts.flatMap((c, y) => c.retention.map((r, x) => [x, y, Math.round(r * 1000) / 10]));
  return (
    <EChart
      label={t('customerValue.cohorts.chart')}
      height={Math.max(260, cohorts.length * 22 + 80)}
      option={{
        tooltip: { formatter: (p: { value: number[] }) => `${fmt.number(p.value[2]!)} %` },
        grid: { left: 110, right: 20, top: 10, bottom: 70 },
        xAxis: {
          type: 'category',
          data: Array.from({ length: months }, (_, i) => String(i)),
          name: t('customerValue.cohorts.month'),
        },
        yAxis: { type: 'category', data: cohorts.map((c) => `${c.cohort} (${c.customers})`), inverse: true },
        visualMap: { min: 0, max: 100, orient: 'horizontal', left: 'center', bottom: 0, calculable: false },
        series: [{ type: 'heatmap', data: cells }],
      }}
    />
  );
}

export function CustomerValuePage({ page }: { page: AnalysisPage }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [level, setLevel] = useState<Level>('company');
  const state = useAnalysis(page);
  const result = state.data?.latest?.result;
  const figures = result?.[level] as Figures | undefined;
  const currency = (result?.currency as string | undefined) ?? 'EUR';
  return (
    <Stack maw={1100}>
      <Title order={2}>{t('customerValue.title')}</Title>
      <SegmentedControl
        value={page}
        onChange={(value) => void navigate({ to: '/customer-value/$analysis', params: { analysis: value } })}
        data={ANALYSIS_PAGES.map((p) => ({ value: p, label: t(`customerValue.pages.${p}`) }))}
      />
      <Text>{t(`customerValue.explain.${page}`)}</Text>
      <RunBar page={page} />
      <SegmentedControl
        value={level}
        onChange={(value) => setLevel(value as Level)}
        data={[
          { value: 'company', label: t('customerValue.levels.company') },
          { value: 'person', label: t('customerValue.levels.person') },
        ]}
      />
      {state.isPending && <TableSkeleton rows={6} columns={3} />}
      {state.error && <ErrorAlert error={state.error} />}
      {state.data && !figures && (
        <EmptyState
          icon={IconChartDots}
          title={t('customerValue.emptyTitle')}
          body={t('customerValue.emptyBody')}
        />
      )}
      {figures && typeof figures.error === 'string' && (
        <Alert color="yellow">{t('customerValue.notEnough', { reason: figures.error })}</Alert>
      )}
      {figures && typeof figures.error !== 'string' && (
        <>
          {page === 'rfm' && <RfmView figures={figures} currency={currency} />}
          {page === 'clv' && <ClvView figures={figures} currency={currency} level={level} />}
          {page === 'churn' && <ChurnView figures={figures} level={level} />}
          {page === 'cohorts' && <CohortView figures={figures} />}
        </>
      )}
    </Stack>
  );
}
