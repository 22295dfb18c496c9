import { Card, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../../lib/api-types.generated.js';
import { useFormatters } from '../../lib/format.js';
import type { SalesLine } from './line-drafts.js';
import { TotalsTable } from './TotalsTable.js';

type TaxBreakdown = components['schemas']['SalesTaxBreakdown'];

/**
 * A saved document's lines with the server's amounts, its tax per rate and its totals; `columns`
 * adds per-line quantities (delivered, invoiced, credited) after the quantity.
 */
export function DocumentLines(props: {
  doc: {
    currency: string;
    lines: SalesLine[];
    totals: { netMinor: number; taxMinor: number; grossMinor: number };
    taxBreakdown: TaxBreakdown;
    documentDiscountPercent: string | null;
  };
  columns?: { label: string; values: string[] }[];
  more?: { label: string; amountMinor: number }[];
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { currency, lines } = props.doc;
  const money = (amount: number) => fmt.money({ amount, currency });
  const quantity = (text: string | undefined) => (text === undefined ? '—' : fmt.number(Number(text)));
  const columns = props.columns ?? [];
  // The page's side column is narrow: a discount column only when a line has one, gross in the totals.
  const discounts = lines.some((line) => line.discountPercent);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('salesDocs.lines.title')}
      </Title>
      <Table.ScrollContainer minWidth={440}>
        <Table verticalSpacing={4} horizontalSpacing={6} striped fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('salesDocs.lines.description')}</Table.Th>
              <Table.Th ta="right">{t('salesDocs.lines.quantity')}</Table.Th>
              {columns.map((column) => (
                <Table.Th key={column.label} ta="right">
                  {column.label}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('salesDocs.lines.unitPrice', { currency })}</Table.Th>
              {discounts && <Table.Th ta="right">{t('salesDocs.lines.discount')}</Table.Th>}
              <Table.Th ta="right">{t('salesDocs.lines.taxRate')}</Table.Th>
              <Table.Th ta="right">{t('salesDocs.lines.net')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, i) => (
              <Table.Tr key={i}>
                <Table.Td>{line.description}</Table.Td>
                <Table.Td ta="right">{quantity(line.quantity)}</Table.Td>
                {columns.map((column) => (
                  <Table.Td key={column.label} ta="right">
                    {quantity(column.values[i])}
                  </Table.Td>
                ))}
                <Table.Td ta="right">{money(line.unitPriceMinor)}</Table.Td>
                {discounts && (
                  <Table.Td ta="right">
                    {line.discountPercent ? fmt.percent(Number(line.discountPercent)) : ''}
                  </Table.Td>
                )}
                <Table.Td ta="right">{fmt.percent(Number(line.taxRate))}</Table.Td>
                <Table.Td ta="right">{money(line.netMinor)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" align="flex-start" mt="sm">
        <div>
          {props.doc.documentDiscountPercent && (
            <Text size="sm">
              {t('salesDocs.fields.documentDiscount')}:{' '}
              {fmt.percent(Number(props.doc.documentDiscountPercent))}
            </Text>
          )}
          {props.doc.taxBreakdown.map((entry) => (
            <Text size="sm" c="dimmed" key={entry.taxRate}>
              {t('salesDocs.totals.taxAt', {
                rate: fmt.percent(Number(entry.taxRate)),
                base: money(entry.taxableMinor),
                tax: money(entry.taxMinor),
              })}
            </Text>
          ))}
        </div>
        <TotalsTable totals={props.doc.totals} currency={currency} more={props.more} />
      </Group>
    </Card>
  );
}
