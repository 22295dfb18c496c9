import { Badge, Button, Card, Group, Stack, Table, Text, type MantineColor } from '@mantine/core';
import { IconArrowLeft, IconPlayerPlay } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import type { RecordType } from '../../records/record-type.js';
import {
  importKey,
  rowProblem,
  skipReason,
  usePreview,
  type Import,
  type PreviewRow,
} from './import-queries.js';

const PREVIEW_ROWS = 20;

const ACTION_COLORS: Record<PreviewRow['action'], MantineColor> = {
  created: 'green',
  updated: 'blue',
  skipped: 'gray',
  failed: 'red',
};

/**
 * The third step: the first rows as the import would write them (run and rolled back on the server),
 * each with what would happen to it and why a row would fail; then the start.
 */
export function PreviewStep({ type, item, onBack }: { type: RecordType; item: Import; onBack: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const preview = usePreview(item, PREVIEW_ROWS);
  const start = useMutation({
    mutationFn: () => api<Import>(`/imports/${item.id}/start`, { method: 'POST', body: {} }),
    onSuccess: async (started) => {
      queryClient.setQueryData(importKey(item.id), started);
      await queryClient.invalidateQueries({ queryKey: ['imports', type.entity] });
    },
  });
  const rows = preview.data?.rows ?? [];
  const failed = rows.filter((row) => row.action === 'failed').length;
  const name = (row: PreviewRow) =>
    (row.record && type.displayName(row.record)) ||
    row.cells
      .filter((cell) => cell.trim() !== '')
      .slice(0, 3)
      .join(' · ');

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t('imports.previewIntro', { count: rows.length, file: item.fileName })}
        {failed > 0 && ` ${t('imports.previewFailed', { count: failed })}`}
      </Text>
      <Card withBorder p={0} radius="md">
        {preview.isPending ? (
          <TableSkeleton rows={5} columns={4} />
        ) : preview.isError ? (
          <div style={{ padding: 16 }}>
            <ErrorAlert error={preview.error} />
          </div>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>{t('imports.row')}</Table.Th>
                  <Table.Th w={130}>{t('imports.outcome')}</Table.Th>
                  <Table.Th>{t('imports.record')}</Table.Th>
                  <Table.Th>{t('imports.problems')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.row}>
                    <Table.Td>{fmt.number(row.row)}</Table.Td>
                    <Table.Td>
                      <Badge color={ACTION_COLORS[row.action]} variant="light">
                        {t(`imports.actions.${row.action}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{name(row)}</Table.Td>
                    <Table.Td>
                      {row.errors.map((problem, i) => (
                        <Text key={i} size="sm" c="red.8">
                          {rowProblem(t, problem)}
                        </Text>
                      ))}
                      {row.reason && (
                        <Text size="sm" c="dimmed">
                          {skipReason(t, row.reason)}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <ErrorAlert error={start.error} />
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
          {t('imports.backToMapping')}
        </Button>
        <Button
          leftSection={<IconPlayerPlay size={16} />}
          loading={start.isPending}
          disabled={!preview.isSuccess}
          onClick={() => start.mutate()}
        >
          {t('imports.start')}
        </Button>
      </Group>
    </Stack>
  );
}
