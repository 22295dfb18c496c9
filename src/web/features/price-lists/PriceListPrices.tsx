import { ActionIcon, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import type { PriceList } from '../../lib/api-types.generated.js';
import { toMinorUnits, useFormatters } from '../../lib/format.js';
import { canOnRecord, useSession } from '../../lib/session.js';
import { AmountWithCurrencyInput } from '../records/common-inputs.js';
import { recordQuery } from '../../lib/queries.js';
import { recordType } from '../../records/registry.js';
import { RecordSelect } from '../records/RecordSelect.js';

interface ListPrices {
  data: { productId: string; unitPriceMinor: number }[];
}
interface PricesChange {
  prices: { productId: string; unitPriceMinor: number }[];
  remove: string[];
}

/** A product's name, loaded by its id (shared with the product pickers' cache). */
function ProductName({ id }: { id: string }) {
  const type = recordType('product');
  const product = useQuery(recordQuery(type, id));
  return <>{product.data ? type.displayName(product.data) : '…'}</>;
}

/** The prices of a price list, per product: set one by picking the product, or take one off. */
export function PriceListPrices({ record: list }: { record: PriceList }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const queryClient = useQueryClient();
  const editable = canOnRecord(session, 'price_lists', 'update', list.ownerId);
  const [productId, setProductId] = useState<string | null>(null);
  const [amount, setAmount] = useState<number | ''>('');
  const key = ['price-list-prices', list.id];
  const prices = useQuery({
    queryKey: key,
    queryFn: () => api<ListPrices>(`/price_lists/${list.id}/prices`),
  });
  const change = useMutation({
    mutationFn: (body: PricesChange) =>
      api<ListPrices>(`/price_lists/${list.id}/prices`, { method: 'POST', body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      setProductId(null);
      setAmount('');
    },
  });
  const rows = prices.data?.data ?? [];
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('priceLists.prices')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {prices.isPending ? t('common.loading') : t('priceLists.noPrices')}
        </Text>
      ) : (
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.productId}>
                <Table.Td>
                  <ProductName id={row.productId} />
                </Table.Td>
                <Table.Td ta="right">
                  {fmt.money({ amount: row.unitPriceMinor, currency: list.currency })}
                </Table.Td>
                {editable && (
                  <Table.Td w={40}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('priceLists.removePrice')}
                      onClick={() => change.mutate({ prices: [], remove: [row.productId] })}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (productId && amount !== '')
              change.mutate({
                prices: [{ productId, unitPriceMinor: toMinorUnits(amount, list.currency) }],
                remove: [],
              });
          }}
        >
          <Group align="flex-start" mt="sm">
            <RecordSelect
              entity="product"
              label={t('priceLists.product')}
              value={productId}
              onChange={setProductId}
              error={fieldError(t, change.error, 'prices.0.productId')}
            />
            <AmountWithCurrencyInput
              label={t('priceLists.price')}
              amount={amount}
              currency={list.currency}
              onAmountChange={setAmount}
              onCurrencyChange={() => undefined}
              error={fieldError(t, change.error, 'prices.0.unitPriceMinor')}
            />
            <Button type="submit" mt={24} loading={change.isPending} disabled={!productId || amount === ''}>
              {t('priceLists.setPrice')}
            </Button>
          </Group>
          <ErrorAlert error={change.error} shownFields={['prices']} />
        </form>
      )}
    </Card>
  );
}
