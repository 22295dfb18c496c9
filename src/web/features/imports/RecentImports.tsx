import {
  Badge,
  Button,
  Card,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
  type MantineColor,
} from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useFormatters } from '../../lib/format.js';
import type { RecordType } from '../../records/record-type.js';
import { useRecentImports, type Import } from './import-queries.js';

export const STATUS_COLORS: Record<Import['status'], MantineColor> = {
  draft: 'gray',
  queued: 'blue',
  running: 'blue',
  done: 'green',
  failed: 'red',
  cancelled: 'orange',
};

export function ImportStatus({ status }: { status: Import['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(`imports.status.${status}`)}
    </Badge>
  );
}

/** The latest imports of the type, each opening where it stands: a draft's mapping, or its progress. */
export function RecentImports({ type, onOpen }: { type: RecordType; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const imports = useRecentImports(type.entity);
  const rows = imports.data?.data ?? [];
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('imports.recent')}
      </Title>
      <Card withBorder p={0} radius="md">
        {imports.isPending ? (
          <Stack p="sm" gap="xs" aria-busy="true" aria-label={t('common.loading')}>
            <Skeleton height={16} />
            <Skeleton height={16} />
          </Stack>
        ) : imports.isError ? (
          <div style={{ padding: 16 }}>
            <ErrorAlert error={imports.error} />
          </div>
        ) : rows.length === 0 ? (
          <EmptyState icon={IconHistory} title={t('imports.noneYet')} body={t('imports.noneYetBody')} />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('imports.file')}</Table.Th>
                  <Table.Th>{t('imports.statusLabel')}</Table.Th>
                  <Table.Th>{t('imports.result')}</Table.Th>
                  <Table.Th>{t('fields.createdAt')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('imports.open')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{item.fileName}</Table.Td>
                    <Table.Td>
                      <ImportStatus status={item.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {item.status === 'draft'
                          ? t('imports.rowsPending')
                          : t('imports.countsShort', {
                              created: fmt.number(item.created),
                              updated: fmt.number(item.updated),
                              failed: fmt.number(item.failed),
                            })}
                      </Text>
                    </Table.Td>
                    <Table.Td>{fmt.dateTime(item.createdAt)}</Table.Td>
                    <Table.Td ta="right">
                      <Button size="compact-sm" variant="light" onClick={() => onOpen(item.id)}>
                        {t(item.status === 'draft' ? 'imports.continue' : 'imports.open')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </Stack>
  );
}
