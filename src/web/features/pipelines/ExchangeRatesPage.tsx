import { ActionIcon, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError, problemMessage } from '../../components/problem-message.js';
import { SettingsCard } from '../../components/SettingsCard.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api, isApiError } from '../../lib/api.js';
import type { paths } from '../../lib/api-types.generated.js';
import { can, useSession } from '../../lib/session.js';
import { DEAL_QUERIES } from '../deals/board-data.js';

type Rates = paths['/exchange-rates']['get']['responses'][200]['content']['application/json'];
interface RateRow {
  key: number;
  currency: string;
  rate: string;
}

const RATES_KEY = ['exchange-rates'];
let counter = 0;
const row = (currency = '', rate = ''): RateRow => ({ key: ++counter, currency, rate });

/** The rates as rows to edit, or to read for members who may not change them. */
function RateRows(props: {
  rows: RateRow[];
  editable: boolean;
  error: unknown;
  onChange: (rows: RateRow[]) => void;
}) {
  const { t } = useTranslation();
  const { rows, onChange } = props;
  const set = (index: number, patch: Partial<RateRow>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <Table verticalSpacing={6} maw={560}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={140}>{t('exchangeRates.currency')}</Table.Th>
          <Table.Th>{t('exchangeRates.rate')}</Table.Th>
          {props.editable && <Table.Th w={50} />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r, i) => (
          <Table.Tr key={r.key}>
            <Table.Td>
              <TextInput
                aria-label={t('exchangeRates.currencyOf', { n: i + 1 })}
                value={r.currency}
                maxLength={3}
                readOnly={!props.editable}
                placeholder="USD"
                onChange={(e) => set(i, { currency: e.currentTarget.value.toUpperCase() })}
                error={fieldError(t, props.error, `rates.${i}.currency`)}
              />
            </Table.Td>
            <Table.Td>
              <TextInput
                aria-label={t('exchangeRates.rateOf', { n: i + 1 })}
                value={r.rate}
                readOnly={!props.editable}
                inputMode="decimal"
                placeholder="1.0"
                onChange={(e) => set(i, { rate: e.currentTarget.value.replace(',', '.').trim() })}
                error={fieldError(t, props.error, `rates.${i}.rate`)}
              />
            </Table.Td>
            {props.editable && (
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('exchangeRates.remove', { n: i + 1 })}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Settings → Exchange rates: what one unit of another currency is worth in the workspace currency. */
export function ExchangeRatesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const editable = can(session, 'admin', 'update');
  const rates = useQuery({ queryKey: RATES_KEY, queryFn: () => api<Rates>('/exchange-rates') });
  const [rows, setRows] = useState<RateRow[] | null>(null);
  const shown = rows ?? rates.data?.data.map((r) => row(r.currency, r.rate)) ?? [];
  const save = useMutation({
    mutationFn: () =>
      api<Rates>('/exchange-rates', {
        method: 'PUT',
        body: { rates: shown.map(({ currency, rate }) => ({ currency: currency.trim(), rate })) },
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(RATES_KEY, saved);
      setRows(null);
      notifications.show({ color: 'green', message: t('exchangeRates.saved') });
      await queryClient.invalidateQueries({ queryKey: DEAL_QUERIES });
    },
  });
  const generalError = isApiError(save.error) && save.error.fieldErrors.length > 0 ? null : save.error;
  return (
    <SettingsCard
      title={t('exchangeRates.title')}
      intro={t('exchangeRates.intro', {
        currency: rates.data?.currency ?? session.workspace.defaultCurrency,
      })}
    >
      {rates.isPending && <TableSkeleton rows={3} columns={2} />}
      {rates.error && <ErrorAlert error={rates.error} />}
      {rates.data && (
        <Stack>
          {shown.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('exchangeRates.empty')}
            </Text>
          )}
          {shown.length > 0 && (
            <RateRows rows={shown} editable={editable} error={save.error} onChange={setRows} />
          )}
          {generalError && (
            <Text size="sm" c="red">
              {problemMessage(t, generalError)}
            </Text>
          )}
          {editable && (
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} />}
                onClick={() => setRows([...shown, row()])}
              >
                {t('exchangeRates.add')}
              </Button>
              <Button onClick={() => save.mutate()} loading={save.isPending} disabled={rows === null}>
                {t('exchangeRates.save')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </SettingsCard>
  );
}
