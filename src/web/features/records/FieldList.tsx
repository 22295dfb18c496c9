import { Box, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldItem {
  label: string;
  value: ReactNode;
  /** Shown only to roles that see the type's sensitive fields (see `seesSensitive`). */
  sensitive?: true;
}

const isEmpty = (value: ReactNode) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** Label/value pairs of a record, two columns wide; empty values show a dash. */
export function FieldList({ items }: { items: FieldItem[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="md" component="dl" m={0}>
      {items.map((item) => (
        <Box key={item.label} style={{ minWidth: 0 }}>
          <Text component="dt" size="xs" c="dimmed" fw={500} mb={2}>
            {item.label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {isEmpty(item.value) ? (
              <Text span c="dimmed" size="sm" aria-label={t('common.empty')}>
                —
              </Text>
            ) : (
              item.value
            )}
          </Text>
        </Box>
      ))}
    </SimpleGrid>
  );
}
