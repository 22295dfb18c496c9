import { Alert, Button, Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileImport, IconPlayerStop } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ButtonLink } from '../../components/links.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import type { RecordType } from '../../records/record-type.js';
import { errorsCsvUrl, importKey, isActive, type Import } from './import-queries.js';
import { ImportStatus } from './RecentImports.js';

/**
 * The last step: a started import's progress (its page polls it), its counts, the rows that failed as
 * a CSV to download, and cancelling it. What an import wrote stays when it is cancelled.
 */
export function ImportProgress({
  type,
  item,
  onRestart,
}: {
  type: RecordType;
  item: Import;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const active = isActive(item);
  const cancel = useMutation({
    mutationFn: () => api<Import>(`/imports/${item.id}/cancel`, { method: 'POST' }),
    onSuccess: (cancelled) => queryClient.setQueryData(importKey(item.id), cancelled),
  });
  // The list shows what the import wrote once it has finished (its records send no events to this tab's list).
  useEffect(() => {
    if (!active) void queryClient.invalidateQueries({ queryKey: ['records', type.entity] });
  }, [active, queryClient, type.entity]);

  const percent = Math.round(item.progress * 100);
  const counts = [
    ['processed', item.processed],
    ['created', item.created],
    ['updated', item.updated],
    ['skipped', item.skipped],
    ['failed', item.failed],
  ] as const;

  return (
    <Stack gap="lg">
      <Card withBorder radius="md">
        <Stack gap="md">
          <Group justify="space-between">
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {item.fileName}
            </Text>
            <ImportStatus status={item.status} />
          </Group>
          <Progress
            value={percent}
            size="lg"
            animated={active}
            striped={active}
            color={item.status === 'failed' ? 'red' : item.status === 'cancelled' ? 'orange' : undefined}
            aria-label={t('imports.progress', { percent: fmt.number(percent) })}
          />
          <Text size="sm" c="dimmed" aria-live="polite">
            {active
              ? t('imports.progress', { percent: fmt.number(percent) })
              : t(`imports.finished.${item.status}`)}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 5 }}>
            {counts.map(([key, value]) => (
              <Stack key={key} gap={0}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t(`imports.counts.${key}`)}
                </Text>
                <Text size="xl" fw={700} c={key === 'failed' && value > 0 ? 'red.7' : undefined}>
                  {fmt.number(value)}
                </Text>
              </Stack>
            ))}
          </SimpleGrid>
        </Stack>
      </Card>
      {item.error && (
        <Alert color="red" role="alert" title={t('imports.stopped')}>
          {item.error}
        </Alert>
      )}
      <ErrorAlert error={cancel.error} />
      <Group justify="space-between">
        <Group gap="sm">
          {item.failed > 0 && (
            <Button
              component="a"
              href={errorsCsvUrl(item.id)}
              download
              variant="light"
              color="red"
              leftSection={<IconDownload size={16} />}
            >
              {t('imports.downloadErrors', { count: item.failed })}
            </Button>
          )}
        </Group>
        <Group gap="sm">
          {active ? (
            <Button
              color="red"
              variant="light"
              leftSection={<IconPlayerStop size={16} />}
              loading={cancel.isPending}
              onClick={() => cancel.mutate()}
            >
              {t('imports.cancel')}
            </Button>
          ) : (
            <>
              <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={onRestart}>
                {t('imports.another')}
              </Button>
              <ButtonLink to={type.routePath}>
                {t('imports.toList', { list: t(type.text('title')) })}
              </ButtonLink>
            </>
          )}
        </Group>
      </Group>
    </Stack>
  );
}
