import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format.js';

/** Net, tax and gross of a document, right-aligned; dashes while the lines cannot be read. */
export function TotalsTable(props: {
  totals: { netMinor: number; taxMinor: number; grossMinor: number } | null;
  currency: string;
  /** Further rows under the gross: paid, credited, balance. */
  more?: { label: string; amountMinor: number }[];
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const money = (amount: number | undefined) =>
    amount === undefined ? '—' : fmt.money({ amount, currency: props.currency });
  const rows: [string, number | undefined, boolean][] = [
    [t('salesDocs.totals.net'), props.totals?.netMinor, false],
    [t('salesDocs.totals.tax'), props.totals?.taxMinor, false],
    [t('salesDocs.totals.gross'), props.totals?.grossMinor, true],
    ...(props.more ?? []).map((row): [string, number, boolean] => [row.label, row.amountMinor, false]),
  ];
  return (
    <Table w="auto" verticalSpacing={2} withRowBorders={false} aria-label={t('salesDocs.totals.title')}>
      <Table.Tbody>
        {rows.map(([label, amount, strong]) => (
          <Table.Tr key={label}>
            <Table.Th fw={strong ? 700 : 500} pr="xl">
              {label}
            </Table.Th>
            <Table.Td ta="right" fw={strong ? 700 : 400} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {money(amount)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
