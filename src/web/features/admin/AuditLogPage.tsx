import { Button, Card, Center, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { AnchorLink } from '../../components/links.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { customFieldsQuery, recordQuery } from '../../lib/queries.js';
import { can, useSession } from '../../lib/session.js';
import type { AuditEntry, Page, RecordEntity } from '../../lib/types.js';
import { findRecordType, RECORD_TYPES, recordType } from '../../records/registry.js';
import { AdminErrorAlert } from './admin-errors.js';
import { roleLabel, useAdminMembers, useApiKeys, useRoles, useTeams } from './admin-queries.js';
import { changeRows, recordsIn, type AuditNames, type LabelKeysOf, type RefsOf } from './audit-values.js';

/** What else the server writes to the audit log besides records (see recordAudit calls). */
const OTHER_ENTITY_TYPES = [
  'note',
  'view',
  'member',
  'invitation',
  'role',
  'team',
  'api_key',
  'workspace',
  'custom_field',
  'job',
] as const;

const isRecord = (entityType: string): entityType is RecordEntity => findRecordType(entityType) !== undefined;
const refsOf: RefsOf = (entityType) => findRecordType(entityType)?.refs ?? {};
const labelKeysOf: LabelKeysOf = (entityType, field) => findRecordType(entityType)?.fieldLabel(field) ?? [];

const ACTION_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  restore: 'teal',
};
const PAGE_SIZE = 50;

/** Who changed what and when across the workspace, newest first, with before → after per field. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const [entityType, setEntityType] = useState<string | null>(null);
  const members = useAdminMembers();
  const roles = useRoles();
  const teams = useTeams();
  const apiKeys = useApiKeys(can(session, 'admin', 'read'));

  const log = useInfiniteQuery({
    queryKey: ['audit-log', entityType],
    queryFn: ({ pageParam, signal }) =>
      api<Page<AuditEntry>>('/audit-log', {
        query: { entityType, cursor: pageParam, limit: PAGE_SIZE },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  const entries = log.data?.pages.flatMap((page) => page.data) ?? [];
  // Records point at others by id (a person at its company); names read better (one cached request
  // per record).
  const records = useQueries({
    queries: recordsIn(entries, isRecord, refsOf)
      .slice(0, 50)
      .map(({ entity, id }) => ({ ...recordQuery(recordType(entity), id), retry: false })),
  });
  const recordName = (entity: RecordEntity, id: string) => {
    const record = records.find((q) => q.data?.id === id)?.data;
    return record ? recordType(entity).displayName(record) || null : null;
  };
  const customFields = useQueries({ queries: RECORD_TYPES.map((type) => customFieldsQuery(type.entity)) });
  const memberName = (id: string) => members.data?.find((m) => m.userId === id)?.name ?? null;
  const names: AuditNames = {
    member: memberName,
    role: (id) => {
      const role = roles.data?.find((r) => r.id === id);
      return role ? roleLabel(t, role) : null;
    },
    record: recordName,
    customField: (entityType, key) => {
      const index = RECORD_TYPES.findIndex((type) => type.entity === entityType);
      return customFields[index]?.data?.find((field) => field.key === key);
    },
    recordType: (entity) => {
      const type = findRecordType(entity);
      return type ? t(type.text('singular')) : null;
    },
  };
  const exists = (key: string) => i18n.exists(key);

  const actor = (entry: AuditEntry) => {
    if (entry.actorName) return entry.actorName;
    if (entry.actorType === 'api_key') {
      const key = apiKeys.data?.find((k) => k.id === entry.actorId);
      return t('admin.audit.byApiKey', { name: key?.name ?? entry.actorId ?? '' });
    }
    return t('admin.audit.system');
  };

  const entryName = (entry: AuditEntry, after: (field: string) => string | null): string | null => {
    const type = findRecordType(entry.entityType);
    if (type) {
      const values = Object.fromEntries(Object.keys(entry.changes).map((field) => [field, after(field)]));
      return type.displayName(values) || recordName(type.entity, entry.entityId);
    }
    switch (entry.entityType) {
      case 'member':
        return memberName(entry.entityId);
      case 'role':
        return names.role(entry.entityId) ?? after('name');
      case 'team':
        return teams.data?.find((x) => x.id === entry.entityId)?.name ?? after('name');
      case 'api_key':
        return apiKeys.data?.find((x) => x.id === entry.entityId)?.name ?? after('name');
      case 'invitation':
        return after('email');
      case 'custom_field':
        return after('label');
      case 'workspace':
        return session.workspace.name;
      default:
        return after('name');
    }
  };

  /** The record in words, linked when it has a page of its own. */
  const record = (entry: AuditEntry) => {
    // The record's type when it is a record (person, product…), which also gives it a page to link to.
    const ofType = findRecordType(entry.entityType);
    const kind = ofType
      ? t(ofType.text('singular'))
      : t(`admin.audit.entities.${entry.entityType}`, { defaultValue: entry.entityType });
    const after = (field: string) => {
      const change = entry.changes[field];
      const value = change?.after ?? change?.before;
      return typeof value === 'string' ? value : null;
    };
    const name = entryName(entry, after);
    const link = ofType ? (
      <AnchorLink size="sm" style={{ overflowWrap: 'anywhere' }} {...ofType.link(entry.entityId)}>
        {name ?? t('admin.audit.open')}
      </AnchorLink>
    ) : null;
    return (
      <Stack gap={0}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {kind}
        </Text>
        {!link && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {name ?? entry.entityId.slice(0, 8)}
          </Text>
        )}
        {link}
      </Stack>
    );
  };

  return (
    <Card withBorder p="lg">
      <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
        <div>
          <Title order={2} size="h4" mb={4}>
            {t('admin.audit.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('admin.audit.intro')}
          </Text>
        </div>
        <Select
          label={t('admin.audit.filter')}
          placeholder={t('admin.audit.allRecords')}
          clearable
          w={240}
          data={[
            ...RECORD_TYPES.map((type) => ({ value: type.entity, label: t(type.text('singular')) })),
            ...OTHER_ENTITY_TYPES.map((value) => ({ value, label: t(`admin.audit.entities.${value}`) })),
          ]}
          value={entityType}
          onChange={setEntityType}
        />
      </Group>
      {log.isPending && <TableSkeleton rows={6} columns={4} />}
      <AdminErrorAlert error={log.error} />
      {log.data && entries.length === 0 && (
        <EmptyState
          icon={IconHistory}
          title={entityType ? t('admin.audit.emptyFiltered') : t('admin.audit.empty')}
        />
      )}
      {entries.length > 0 && (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="sm" layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>{t('admin.audit.when')}</Table.Th>
                <Table.Th w={150}>{t('admin.audit.who')}</Table.Th>
                <Table.Th w={110}>{t('admin.audit.action')}</Table.Th>
                <Table.Th w={160}>{t('admin.audit.record')}</Table.Th>
                <Table.Th>{t('admin.audit.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => {
                const rows = changeRows(entry, fmt, t, exists, names, refsOf, labelKeysOf);
                return (
                  <Table.Tr key={entry.id} style={{ verticalAlign: 'top' }}>
                    <Table.Td>
                      <Text size="sm">{fmt.dateTime(entry.createdAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {actor(entry)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600} c={`${ACTION_COLORS[entry.action] ?? 'gray'}.8`}>
                        {t(`admin.audit.actions.${entry.action}`, { defaultValue: entry.action })}
                      </Text>
                    </Table.Td>
                    <Table.Td>{record(entry)}</Table.Td>
                    <Table.Td>
                      {rows.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      ) : (
                        <Stack gap={4}>
                          {rows.map((row) => (
                            <Text key={row.key} size="sm" style={{ overflowWrap: 'anywhere' }}>
                              <Text span fw={500} size="sm">
                                {row.label}:
                              </Text>{' '}
                              <Text
                                span
                                c="dimmed"
                                size="sm"
                                td={row.before === '—' ? undefined : 'line-through'}
                              >
                                {row.before}
                              </Text>
                              {' → '}
                              <Text span size="sm">
                                {row.after}
                              </Text>
                            </Text>
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {log.hasNextPage && (
        <Center mt="md">
          <Button variant="default" loading={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
            {t('admin.audit.loadMore')}
          </Button>
        </Center>
      )}
    </Card>
  );
}
