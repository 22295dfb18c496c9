import { ActionIcon, Button, Group, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconList } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format.js';
import { useSession } from '../../lib/session.js';
import { findRecordType } from '../../records/registry.js';
import { EChart } from '../sales-reports/EChart.js';
import { drillExportUrl, drillRules, useListFields } from './report-fields.js';
import { keyText, measureText, reportChart, rowText, valueText, type ReportText } from './report-data.js';
import type { ChartType, ReportResult, ReportRow } from './report-types.js';

/** Opening the records behind a row: their list, filtered by the row's filter. */
export function useDrillDown(result: ReportResult) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const type = findRecordType(result.object);
  const fields = useListFields(type?.entity);
  return {
    canDrill: (row: ReportRow) => Boolean(type && row.filter),
    open: (row: ReportRow) => {
      const rules =
        type && row.filter ? drillRules(row.filter, fields, session.workspace.defaultCurrency) : null;
      if (!type || !rules) {
        notifications.show({ color: 'orange', message: t('reports.cannotDrill') });
        return;
      }
      void navigate({ to: type.routePath, search: { filter: rules } });
    },
    exportUrl: (row: ReportRow) => (row.filter ? drillExportUrl(result.table, row.filter) : null),
  };
}

function ResultTable({ text, result }: { text: ReportText; result: ReportResult }) {
  const { t } = text;
  const drill = useDrillDown(result);
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {result.groups.map((group) => (
              <Table.Th key={group.field}>{text.fieldText(group.field)}</Table.Th>
            ))}
            {result.measures.map((measure, i) => (
              <Table.Th key={i} ta="right">
                {measureText(text, measure)}
              </Table.Th>
            ))}
            <Table.Th>{t('reports.records')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.rows.map((row, r) => {
            const name = rowText(text, result, row);
            const csv = drill.exportUrl(row);
            return (
              <Table.Tr key={r}>
                {row.others ? (
                  <Table.Td colSpan={result.groups.length}>{name}</Table.Td>
                ) : (
                  row.keys.map((key, k) => (
                    <Table.Td key={k}>{keyText(text, result.groups[k], key)}</Table.Td>
                  ))
                )}
                {result.measures.map((_m, m) => (
                  <Table.Td key={m} ta="right">
                    {valueText(text, row.values[m] ?? null)}
                  </Table.Td>
                ))}
                <Table.Td>
                  {drill.canDrill(row) && (
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        leftSection={<IconList size={14} />}
                        aria-label={t('reports.openRecordsOf', { name })}
                        onClick={() => drill.open(row)}
                      >
                        {t('reports.open')}
                      </Button>
                      {csv && (
                        <Tooltip label={t('reports.exportRecordsOf', { name })}>
                          <ActionIcon
                            component="a"
                            href={csv}
                            download
                            variant="subtle"
                            size="sm"
                            aria-label={t('reports.exportRecordsOf', { name })}
                          >
                            <IconFileSpreadsheet size={14} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function BigNumber({ text, result }: { text: ReportText; result: ReportResult }) {
  const drill = useDrillDown(result);
  const row = result.rows[0];
  const measure = result.measures[0]!;
  const value = valueText(text, row?.values[0] ?? (measure.op === 'count' ? 0 : null));
  const label = measureText(text, measure);
  return (
    <Stack gap={0} align="flex-start">
      {row && drill.canDrill(row) ? (
        <UnstyledButton
          onClick={() => drill.open(row)}
          aria-label={text.t('reports.openRecordsOf', { name: `${label}: ${value}` })}
        >
          <Text fz={40} fw={700} lh={1.1} c="blue">
            {value}
          </Text>
        </UnstyledButton>
      ) : (
        <Text fz={40} fw={700} lh={1.1}>
          {value}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

/**
 * A report's result as a chart or a table; a click on a bar, slice, point or the number opens the
 * records behind it. `withTable` puts the figures under a chart too (keyboard and screen readers).
 */
export function ReportView({
  result,
  chart,
  label,
  fieldText,
  height,
  withTable = false,
}: {
  result: ReportResult;
  chart: ChartType;
  label: string;
  fieldText: (field: string) => string;
  height?: number;
  withTable?: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const text = useMemo(() => ({ t, fmt, fieldText }), [t, fmt, fieldText]);
  const drill = useDrillDown(result);
  const drawn = useMemo(
    () =>
      chart === 'table' || chart === 'number' || result.rows.length === 0
        ? null
        : reportChart(text, result, chart),
    [text, result, chart],
  );
  if (result.rows.length === 0 && chart !== 'number')
    return (
      <Text c="dimmed" size="sm" py="md">
        {t('reports.noRows')}
      </Text>
    );
  if (chart === 'number') return <BigNumber text={text} result={result} />;
  if (!drawn) return <ResultTable text={text} result={result} />;
  return (
    <Stack gap="xs">
      <EChart
        option={drawn.option}
        label={label}
        height={height}
        onClick={(click) => {
          const row = drawn.rowAt(click);
          if (row && drill.canDrill(row)) drill.open(row);
        }}
      />
      {withTable && <ResultTable text={text} result={result} />}
      {!withTable && (
        <Text size="xs" c="dimmed">
          {t('reports.clickToDrill')}
        </Text>
      )}
    </Stack>
  );
}
