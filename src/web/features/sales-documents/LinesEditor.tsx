import { ActionIcon, Button, Group, NumberInput, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import type { Product } from '../../lib/api-types.generated.js';
import { currencyDigits, toMajorUnits, useFormatters } from '../../lib/format.js';
import { RecordSelect } from '../records/RecordSelect.js';
import { draftAmounts, emptyLine, type LineDraft } from './line-drafts.js';
import { TotalsTable } from './TotalsTable.js';

interface ListPrices {
  data: { productId: string; unitPriceMinor: number }[];
}

/** A product's price in a currency: the price list's, else its list price, else a further price. */
async function productPrice(
  product: Product,
  currency: string,
  listPrices: ListPrices | null,
): Promise<number | null> {
  const listed = listPrices?.data.find((price) => price.productId === product.id);
  if (listed) return listed.unitPriceMinor;
  if (product.price?.currency === currency) return product.price.amount;
  return product.prices.find((price) => price.currency === currency)?.amount ?? null;
}

/**
 * The lines of a quote, order or invoice being written: a product fills its line's description,
 * price (from the customer's price list when there is one) and tax rate; every line's net and the
 * totals follow as typed, computed by the rule the server uses.
 */
export function LinesEditor(props: {
  lines: LineDraft[];
  currency: string;
  documentDiscountPercent: string;
  priceListId: string | null;
  onChange: (lines: LineDraft[]) => void;
  error: (field: string) => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const { lines, currency, onChange, error } = props;
  const amounts = draftAmounts(lines, currency, props.documentDiscountPercent);
  const set = (index: number, patch: Partial<LineDraft>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const pick = async (index: number, productId: string | null) => {
    if (!productId) return set(index, { productId: null });
    const product = await api<Product>(`/products/${productId}`);
    const listPrices = props.priceListId
      ? await queryClient.fetchQuery({
          queryKey: ['price-list-prices', props.priceListId],
          queryFn: () => api<ListPrices>(`/price_lists/${props.priceListId}/prices`),
          staleTime: 60_000,
        })
      : null;
    const price = await productPrice(product, currency, listPrices);
    const language = i18n.language.slice(0, 2) as keyof Product['names'];
    set(index, {
      productId,
      description: product.names[language] ?? product.name,
      ...(price !== null && { unitPrice: toMajorUnits(price, currency) }),
      ...(product.taxRate !== null && { taxRate: product.taxRate }),
    });
  };
  const money = (amount: number | undefined) =>
    amount === undefined ? '—' : fmt.money({ amount, currency });
  const numbered = (key: string, n: number) => t(key, { n });
  const decimalInput = (index: number, field: 'quantity' | 'discountPercent' | 'taxRate', key: string) => (
    <TextInput
      size="xs"
      inputMode="decimal"
      aria-label={numbered(key, index + 1)}
      value={lines[index]![field]}
      onChange={(e) => set(index, { [field]: e.currentTarget.value })}
      error={error(`lines.${index}.${field}`)}
    />
  );
  return (
    <div>
      <Text fw={600} size="sm" mb={4}>
        {t('salesDocs.lines.title')}
      </Text>
      {lines.length === 0 ? (
        <Text size="sm" c={error('lines') ? 'red' : 'dimmed'}>
          {error('lines') ?? t('salesDocs.lines.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={190}>{t('salesDocs.lines.product')}</Table.Th>
                <Table.Th>{t('salesDocs.lines.description')}</Table.Th>
                <Table.Th w={80}>{t('salesDocs.lines.quantity')}</Table.Th>
                <Table.Th w={120}>{t('salesDocs.lines.unitPrice', { currency })}</Table.Th>
                <Table.Th w={80}>{t('salesDocs.lines.discount')}</Table.Th>
                <Table.Th w={80}>{t('salesDocs.lines.taxRate')}</Table.Th>
                <Table.Th w={110} ta="right">
                  {t('salesDocs.lines.net')}
                </Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((line, i) => (
                <Table.Tr key={line.key}>
                  <Table.Td>
                    <RecordSelect
                      entity="product"
                      label={numbered('salesDocs.lines.productOf', i + 1)}
                      size="xs"
                      value={line.productId}
                      onChange={(id) => void pick(i, id)}
                      error={error(`lines.${i}.productId`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={numbered('salesDocs.lines.descriptionOf', i + 1)}
                      value={line.description}
                      onChange={(e) => set(i, { description: e.currentTarget.value })}
                      error={error(`lines.${i}.description`)}
                    />
                  </Table.Td>
                  <Table.Td>{decimalInput(i, 'quantity', 'salesDocs.lines.quantityOf')}</Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      aria-label={numbered('salesDocs.lines.unitPriceOf', i + 1)}
                      value={line.unitPrice}
                      min={0}
                      decimalScale={currencyDigits(currency)}
                      hideControls
                      onChange={(value) => set(i, { unitPrice: typeof value === 'number' ? value : '' })}
                      error={error(`lines.${i}.unitPriceMinor`)}
                    />
                  </Table.Td>
                  <Table.Td>{decimalInput(i, 'discountPercent', 'salesDocs.lines.discountOf')}</Table.Td>
                  <Table.Td>{decimalInput(i, 'taxRate', 'salesDocs.lines.taxRateOf')}</Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">{money(amounts?.lines[i]?.netMinor)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={numbered('salesDocs.lines.remove', i + 1)}
                      onClick={() => onChange(lines.filter((_, j) => j !== i))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between" align="flex-start" mt="xs">
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...lines, emptyLine(lines.at(-1)?.taxRate ?? '')])}
        >
          {t('salesDocs.lines.add')}
        </Button>
        {lines.length > 0 && <TotalsTable totals={amounts?.totals ?? null} currency={currency} />}
      </Group>
    </div>
  );
}
