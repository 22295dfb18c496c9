import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { paths } from '../../lib/api-types.generated.js';
import { useFormatters } from '../../lib/format.js';

export type Report = paths['/deals/reports']['get']['responses'][200]['content']['application/json'];
type Summary = Report['summary'];

/** Won, lost, win rate, average deal size and sales cycle, a row per owner or team. */
export function SummaryTable(props: {
  heading: string;
  currency: string;
  rows: { key: string; name: string; summary: Summary }[];
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const money = (amount: number | null) =>
    amount === null ? '—' : fmt.money({ amount, currency: props.currency });
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{props.heading}</Table.Th>
            <Table.Th ta="right">{t('deals.status.won')}</Table.Th>
            <Table.Th ta="right">{t('deals.status.lost')}</Table.Th>
            <Table.Th ta="right">{t('deals.reports.winRate')}</Table.Th>
            <Table.Th ta="right">{t('deals.reports.averageDealSize')}</Table.Th>
            <Table.Th ta="right">{t('deals.reports.cycle')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map(({ key, name, summary: s }) => (
            <Table.Tr key={key}>
              <Table.Td>{name}</Table.Td>
              <Table.Td ta="right">{fmt.number(s.won)}</Table.Td>
              <Table.Td ta="right">{fmt.number(s.lost)}</Table.Td>
              <Table.Td ta="right">{s.winRate === null ? '—' : fmt.percent(s.winRate * 100)}</Table.Td>
              <Table.Td ta="right">{money(s.averageDealSize)}</Table.Td>
              <Table.Td ta="right">
                {s.averageCycleDays === null ? '—' : t('deals.reports.days', { count: s.averageCycleDays })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
