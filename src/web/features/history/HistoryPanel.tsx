import { Badge, Group, Skeleton, Stack, Table, Text, Timeline } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { recordQuery, useCustomFields, useMemberName } from '../../lib/queries.js';
import type { AuditEntry, RecordEntity } from '../../lib/types.js';
import { findRecordType, RECORD_TYPES, recordType } from '../../records/registry.js';
import type { RecordType } from '../../records/record-type.js';
import { changeRows, recordsIn, type AuditNames, type RefsOf } from '../admin/audit-values.js';

export { describeValue } from './describe-value.js';

const ACTION_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  restore: 'teal',
};

const isRecord = (entityType: string): entityType is RecordEntity => findRecordType(entityType) !== undefined;
const refsOf: RefsOf = (entityType) => findRecordType(entityType)?.refs ?? {};

/**
 * Names for what a record's history holds: its custom fields' labels and choices, the members and
 * records its ids point at, record types in the user's language.
 */
function useHistoryNames(type: RecordType, entries: AuditEntry[]): AuditNames {
  const { t } = useTranslation();
  const memberName = useMemberName();
  const customFields = useCustomFields(type.entity);
  const records = useQueries({
    queries: recordsIn(entries, isRecord, refsOf)
      .slice(0, 50)
      .map(({ entity, id }) => ({ ...recordQuery(recordType(entity), id), retry: false })),
  });
  return {
    member: memberName,
    role: () => null,
    record: (entity, id) => {
      const record = records.find((q) => q.data?.id === id)?.data;
      return record ? recordType(entity).displayName(record) || null : null;
    },
    customField: (_entity, key) => customFields.data?.find((f) => f.key === key),
    recordType: (entity) => {
      const named = findRecordType(entity);
      return named ? t(named.text('singular')) : null;
    },
  };
}

/** A record's changes, newest first: who, when, and each field before and after in words. */
export function HistoryPanel({
  apiPath,
  id,
  labelFor,
}: {
  apiPath: string;
  id: string;
  labelFor: (field: string) => string;
}) {
  const type = RECORD_TYPES.find((candidate) => candidate.apiPath === apiPath);
  if (!type) throw new Error(`No record type is served at ${apiPath}`);
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const history = useQuery({
    queryKey: ['history', id],
    queryFn: async () => (await api<{ data: AuditEntry[] }>(`${apiPath}/${id}/history`)).data,
  });
  const names = useHistoryNames(type, history.data ?? []);
  const exists = (key: string) => i18n.exists(key);
  if (history.isPending) return <Skeleton height={120} />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (history.data.length === 0) return <EmptyState icon={IconHistory} title={t('history.empty')} />;

  return (
    <Timeline bulletSize={14} lineWidth={2}>
      {history.data.map((entry) => {
        const created = Object.keys(entry.changes).filter((field) => field !== 'deletedAt').length;
        const changes =
          entry.action === 'update'
            ? changeRows(entry, fmt, t, exists, names, refsOf).map((row) =>
                row.key.startsWith('permissions.') ? row : { ...row, label: labelFor(row.key) },
              )
            : [];
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
                  {changes.map((change) => (
                    <Table.Tr key={change.key}>
                      <Table.Td fw={500}>{change.label}</Table.Td>
                      <Table.Td
                        c="dimmed"
                        style={{ textDecoration: 'line-through', overflowWrap: 'anywhere' }}
                      >
                        {change.before}
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{change.after}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {entry.action === 'create' && (
              <Stack gap={0} mt={4}>
                <Text size="xs" c="dimmed">
                  {t('history.createdWith', { count: created })}
                </Text>
              </Stack>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
