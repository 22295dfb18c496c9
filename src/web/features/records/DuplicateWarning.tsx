import { Alert, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCopy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links.js';
import { api } from '../../lib/api.js';
import type { RecordEntity } from '../../lib/types.js';
import { recordType } from '../../records/registry.js';

interface Duplicate {
  id: string;
  name: string;
  matches: string[];
}

/**
 * Records that already have an email address, phone number or domain the form holds, each linked to
 * its page (where "Merge with…" joins the two); nothing while the values are unique or half typed.
 */
export function DuplicateWarning({
  object,
  input,
  recordId,
}: {
  object: RecordEntity;
  input: unknown;
  recordId?: string | undefined;
}) {
  const { t } = useTranslation();
  const type = recordType(object);
  const body = type.duplicatesBody?.(input);
  const [values] = useDebouncedValue(body ? JSON.stringify(body) : null, 500);
  const found = useQuery({
    queryKey: ['duplicates', object, values, recordId],
    queryFn: ({ signal }) =>
      api<{ data: Duplicate[] }>(`${type.apiPath}/duplicates`, {
        method: 'POST',
        body: { values: JSON.parse(values!) as object, ...(recordId ? { excludeId: recordId } : {}) },
        signal,
      }),
    enabled: values !== null,
    // Values the server refuses (an address half typed) simply find nothing yet.
    retry: false,
    staleTime: 30_000,
  });
  const duplicates = found.data?.data ?? [];
  if (duplicates.length === 0) return null;
  return (
    <Alert
      color="yellow"
      icon={<IconCopy size={18} />}
      title={t('duplicates.title', { count: duplicates.length })}
    >
      <List size="sm" spacing={4}>
        {duplicates.map((duplicate) => (
          <List.Item key={duplicate.id}>
            <AnchorLink size="sm" fw={600} {...type.link(duplicate.id)} target="_blank">
              {duplicate.name || t(type.text('unnamed'))}
            </AnchorLink>{' '}
            <Text span size="sm">
              {duplicate.matches
                .map((key) => {
                  const kind = key.slice(0, key.indexOf(':'));
                  return t(`duplicates.same.${kind}`, { value: key.slice(kind.length + 1) });
                })
                .join(', ')}
            </Text>
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        {t(recordId ? 'duplicates.mergeHint' : 'duplicates.openHint')}
      </Text>
    </Alert>
  );
}
