import { Badge, Group, Skeleton, Stack, Table, Text, Timeline } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { api } from '../../lib/api.js';
import { useFormatters, type Formatters } from '../../lib/format.js';
import type { AuditEntry, Money } from '../../lib/types.js';

const isMoney = (value: unknown): value is Money =>
  typeof value === 'object' && value !== null && 'amount' in value && 'currency' in value;

/** Before/after values in words: money in the user's format, lists joined, emails by address. */
export function describeValue(value: unknown, fmt: Formatters, t: TFunction): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return fmt.number(value);
  if (isMoney(value)) return fmt.money(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value
      .map((item) => {
        if (typeof item !== 'object' || item === null) return String(item);
        const record = item as Record<string, unknown>;
        const name = record.email ?? record.number ?? record.name;
        return typeof name === 'string' ? name : JSON.stringify(item);
      })
      .join(', ');
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return fmt.dateTime(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const ACTION_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  restore: 'teal',
};

export function HistoryPanel({
  apiPath,
  id,
  labelFor,
}: {
  apiPath: string;
  id: string;
  labelFor: (field: string) => string;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const history = useQuery({
    queryKey: ['history', id],
    queryFn: async () => (await api<{ data: AuditEntry[] }>(`${apiPath}/${id}/history`)).data,
  });
  if (history.isPending) return <Skeleton height={120} />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (history.data.length === 0) return <EmptyState icon={IconHistory} title={t('history.empty')} />;

  return (
    <Timeline bulletSize={14} lineWidth={2}>
      {history.data.map((entry) => {
        const changes = Object.entries(entry.changes).filter(
          ([field]) => entry.action === 'update' || field !== 'deletedAt',
        );
        return (
          <Timeline.Item
            key={entry.id}
            color={ACTION_COLORS[entry.action] ?? 'gray'}
            title={
              <Group gap="xs">
                <Badge size="sm" variant="light" color={ACTION_COLORS[entry.action] ?? 'gray'}>
                  {t(`history.actions.${entry.action}`, { defaultValue: entry.action })}
                </Badge>
                <Text size="sm" fw={500}>
                  {entry.actorName ?? t('history.system')}
                </Text>
                <Text size="xs" c="dimmed">
                  {fmt.dateTime(entry.createdAt)}
                </Text>
              </Group>
            }
          >
            {entry.action === 'update' && changes.length > 0 && (
              <Table
                mt={6}
                fz="sm"
                withRowBorders={false}
                verticalSpacing={2}
                horizontalSpacing="xs"
                layout="fixed"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="30%">{t('history.field')}</Table.Th>
                    <Table.Th>{t('history.before')}</Table.Th>
                    <Table.Th>{t('history.after')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {changes.map(([field, change]) => (
                    <Table.Tr key={field}>
                      <Table.Td fw={500}>{labelFor(field)}</Table.Td>
                      <Table.Td
                        c="dimmed"
                        style={{ textDecoration: 'line-through', overflowWrap: 'anywhere' }}
                      >
                        {describeValue(change.before, fmt, t)}
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        {describeValue(change.after, fmt, t)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {entry.action === 'create' && (
              <Stack gap={0} mt={4}>
                <Text size="xs" c="dimmed">
                  {t('history.createdWith', { count: changes.length })}
                </Text>
              </Stack>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
