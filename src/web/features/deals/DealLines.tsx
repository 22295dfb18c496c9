import { ActionIcon, Button, Card, Group, NumberInput, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, problemMessage } from '../../components/problem-message.js';
import { api, isApiError } from '../../lib/api.js';
import type { Deal, Product } from '../../lib/api-types.generated.js';
import { currencyDigits, toMajorUnits, useFormatters } from '../../lib/format.js';
import { canOnRecord, useSession } from '../../lib/session.js';
import { RecordSelect } from '../records/RecordSelect.js';
import { emptyLine, linesBody, linesOf, type LineDraft } from './deal-lines-draft.js';
import { DEAL_QUERIES } from './board-data.js';

type TextField = 'description' | 'quantity' | 'discountPercent' | 'taxRate';

/** One text cell of a line: its value as typed, its field's error from the last save. */
function LineText(props: {
  line: LineDraft;
  field: TextField;
  label: string;
  decimal?: boolean;
  readOnly: boolean;
  onChange: (patch: Partial<LineDraft>) => void;
  error: (field: string) => string | undefined;
}) {
  return (
    <TextInput
      size="xs"
      inputMode={props.decimal ? 'decimal' : undefined}
      aria-label={props.label}
      value={props.line[props.field]}
      readOnly={props.readOnly}
      onChange={(e) => props.onChange({ [props.field]: e.currentTarget.value })}
      error={props.error(props.field)}
    />
  );
}

/**
 * A deal's products on its page: a product fills its line's description, price (in the deal's
 * currency) and tax rate. Once saved, the deal is worth the lines' net total, which the server
 * computes line by line.
 */
export function DealLines({ record: deal }: { record: Deal }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const queryClient = useQueryClient();
  const editable = canOnRecord(session, 'deals', 'update', deal.ownerId);
  const [draft, setDraft] = useState<LineDraft[] | null>(null);
  const lines = draft ?? linesOf(deal);
  const currency = deal.amount.currency;
  const set = (index: number, patch: Partial<LineDraft>) =>
    setDraft(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const pick = async (index: number, productId: string | null) => {
    if (!productId) return set(index, { productId: null });
    const product = await api<Product>(`/products/${productId}`);
    set(index, {
      productId,
      description: product.name,
      ...(product.price?.currency === currency && {
        unitPrice: toMajorUnits(product.price.amount, currency),
      }),
      ...(product.taxRate !== null && { taxRate: String(product.taxRate) }),
    });
  };
  const save = useMutation({
    mutationFn: () =>
      api<Deal>(`/deals/${deal.id}`, {
        method: 'PATCH',
        body: { lines: linesBody(lines, currency) },
        headers: { 'if-match': `"${deal.version}"` },
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['deal', deal.id], saved);
      setDraft(null);
      notifications.show({ color: 'green', message: t('deals.lines.saved') });
      await queryClient.invalidateQueries({ queryKey: DEAL_QUERIES });
    },
  });
  const error = (field: string) => fieldError(t, save.error, field);
  const cellProps = (index: number) => ({
    readOnly: !editable,
    onChange: (patch: Partial<LineDraft>) => set(index, patch),
    error: (field: string) => error(`lines.${index}.${field}`),
  });
  const money = (amount: number | undefined) =>
    amount === undefined ? '—' : fmt.money({ amount, currency });
  const label = (key: string, n: number) => t(key, { n });
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('deals.lines.title')}
        </Title>
        {deal.lines.length > 0 && draft === null && (
          <Text size="sm" c="dimmed">
            {t('deals.lines.amountFromLines')}
          </Text>
        )}
      </Group>
      {lines.length === 0 && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('deals.lines.empty')}
        </Text>
      )}
      {lines.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={200}>{t('deals.lines.product')}</Table.Th>
                <Table.Th>{t('deals.lines.description')}</Table.Th>
                <Table.Th w={90}>{t('deals.lines.quantity')}</Table.Th>
                <Table.Th w={120}>{t('deals.lines.unitPrice', { currency })}</Table.Th>
                <Table.Th w={90}>{t('deals.lines.discount')}</Table.Th>
                <Table.Th w={80}>{t('deals.lines.taxRate')}</Table.Th>
                <Table.Th w={110} ta="right">
                  {t('deals.lines.net')}
                </Table.Th>
                {editable && <Table.Th w={40} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((line, i) => (
                <Table.Tr key={line.key}>
                  <Table.Td>
                    <RecordSelect
                      entity="product"
                      label={label('deals.lines.productOf', i + 1)}
                      size="xs"
                      value={line.productId}
                      onChange={(id) => void pick(i, id)}
                      error={error(`lines.${i}.productId`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <LineText
                      line={line}
                      field="description"
                      label={label('deals.lines.descriptionOf', i + 1)}
                      {...cellProps(i)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <LineText
                      line={line}
                      field="quantity"
                      label={label('deals.lines.quantityOf', i + 1)}
                      decimal
                      {...cellProps(i)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      aria-label={label('deals.lines.unitPriceOf', i + 1)}
                      value={line.unitPrice}
                      readOnly={!editable}
                      min={0}
                      decimalScale={currencyDigits(currency)}
                      hideControls
                      onChange={(value) => set(i, { unitPrice: typeof value === 'number' ? value : '' })}
                      error={error(`lines.${i}.unitPriceMinor`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <LineText
                      line={line}
                      field="discountPercent"
                      label={label('deals.lines.discountOf', i + 1)}
                      decimal
                      {...cellProps(i)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <LineText
                      line={line}
                      field="taxRate"
                      label={label('deals.lines.taxRateOf', i + 1)}
                      decimal
                      {...cellProps(i)}
                    />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">{draft === null ? money(deal.lines[i]?.netMinor) : '—'}</Text>
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={label('deals.lines.remove', i + 1)}
                        onClick={() => setDraft(lines.filter((_, j) => j !== i))}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
            {draft === null && deal.lines.length > 0 && (
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Td colSpan={6} ta="right" fw={600}>
                    {t('deals.lines.total')}
                  </Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {money(deal.amount.amount)}
                  </Table.Td>
                  {editable && <Table.Td />}
                </Table.Tr>
              </Table.Tfoot>
            )}
          </Table>
        </Table.ScrollContainer>
      )}
      {save.error && !(isApiError(save.error) && save.error.fieldErrors.length > 0) && (
        <Text size="sm" c="red" mt="xs">
          {problemMessage(t, save.error)}
        </Text>
      )}
      {editable && (
        <Group mt="sm">
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setDraft([...lines, emptyLine()])}
          >
            {t('deals.lines.add')}
          </Button>
          {draft !== null && (
            <>
              <Button size="xs" loading={save.isPending} onClick={() => save.mutate()}>
                {t('deals.lines.save')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setDraft(null)}>
                {t('common.cancel')}
              </Button>
            </>
          )}
        </Group>
      )}
    </Card>
  );
}
