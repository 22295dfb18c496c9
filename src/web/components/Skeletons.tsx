import { Card, Group, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function TableSkeleton({ rows = 8, columns = 4 }: { rows?: number; columns?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap={10} p="sm" aria-busy="true" aria-label={t('common.loading')}>
      {Array.from({ length: rows }, (_, row) => (
        <Group key={row} gap="md" wrap="nowrap">
          {Array.from({ length: columns }, (_, column) => (
            <Skeleton key={column} height={14} width={column === 0 ? 180 : 120} radius="sm" />
          ))}
        </Group>
      ))}
    </Stack>
  );
}

export function RecordSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton height={32} width={280} />
      <Group align="flex-start" grow>
        <Card withBorder>
          <Stack gap="sm">
            {Array.from({ length: 6 }, (_, i) => (
              <Skeleton key={i} height={14} width={`${60 + ((i * 13) % 40)}%`} />
            ))}
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="sm">
            {Array.from({ length: 4 }, (_, i) => (
              <Skeleton key={i} height={14} />
            ))}
          </Stack>
        </Card>
      </Group>
    </Stack>
  );
}
