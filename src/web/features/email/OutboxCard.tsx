import { Button, Chip, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { SettingsCard } from '../../components/SettingsCard.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import type { Page } from '../../lib/types.js';
import { AdminErrorAlert } from '../admin/admin-errors.js';
import { StatusBadge } from '../admin/StatusBadge.js';
import { OUTBOX_COLORS, OUTBOX_KEY, type OutboundEmail, type OutboundEmailDetail } from './email-api.js';

const FILTERS = ['dev', 'all', 'queued', 'sent', 'failed', 'bounced'] as const;
type Filter = (typeof FILTERS)[number];

/** The workspace's outgoing email; "Development outbox" holds what no SMTP server took. */
export function OutboxCard() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [filter, setFilter] = useState<Filter>('dev');
  const [open, setOpen] = useState<string | null>(null);
  const emails = useInfiniteQuery({
    queryKey: [...OUTBOX_KEY, filter],
    queryFn: ({ pageParam, signal }) =>
      api<Page<OutboundEmail>>('/email/outbox', {
        query: { status: filter === 'all' ? undefined : filter, cursor: pageParam, limit: 25 },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = emails.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <SettingsCard title={t('email.outbox.title')} intro={t('email.outbox.intro')}>
      <Chip.Group multiple={false} value={filter} onChange={(value) => setFilter(value as Filter)}>
        <Group gap="xs" mb="md" role="group" aria-label={t('email.outbox.filter')}>
          {FILTERS.map((key) => (
            <Chip key={key} value={key} size="xs" variant="light">
              {t(`email.outbox.filters.${key}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {emails.isPending && <TableSkeleton rows={3} columns={4} />}
      <AdminErrorAlert error={emails.error} />
      {emails.isSuccess && rows.length === 0 && (
        <EmptyState
          icon={IconMailOff}
          title={t(`email.outbox.empty.${filter === 'dev' ? 'dev' : 'other'}`)}
        />
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('email.outbox.subject')}</Table.Th>
                <Table.Th>{t('email.outbox.to')}</Table.Th>
                <Table.Th>{t('email.outbox.status')}</Table.Th>
                <Table.Th>{t('email.outbox.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((email) => (
                <Table.Tr key={email.id}>
                  <Table.Td maw={320}>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => setOpen(email.id)}
                      styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                    >
                      {email.subject}
                    </Button>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {email.to}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge color={OUTBOX_COLORS[email.status]}>
                      {t(`email.outbox.statuses.${email.status}`)}
                    </StatusBadge>
                    {email.lastError && (
                      <Text size="xs" c="red" lineClamp={2} title={email.lastError}>
                        {email.lastError}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{fmt.dateTime(email.createdAt)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {emails.hasNextPage && (
        <Button
          variant="subtle"
          mt="sm"
          onClick={() => void emails.fetchNextPage()}
          loading={emails.isFetchingNextPage}
        >
          {t('email.outbox.more')}
        </Button>
      )}
      {open && <OutboxEmailModal id={open} onClose={() => setOpen(null)} />}
    </SettingsCard>
  );
}

function OutboxEmailModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const email = useQuery({
    queryKey: [...OUTBOX_KEY, 'one', id],
    queryFn: () => api<OutboundEmailDetail>(`/email/outbox/${id}`),
  });
  return (
    <Modal opened onClose={onClose} size="lg" title={email.data?.subject ?? t('email.outbox.title')}>
      <AdminErrorAlert error={email.error} />
      {email.data && (
        <Stack gap="xs">
          <Text size="sm">
            {t('email.outbox.to')}: {email.data.to}
          </Text>
          <Group gap="xs">
            <StatusBadge color={OUTBOX_COLORS[email.data.status]}>
              {t(`email.outbox.statuses.${email.data.status}`)}
            </StatusBadge>
            <Text size="xs" c="dimmed">
              {fmt.dateTime(email.data.createdAt)}
            </Text>
          </Group>
          {email.data.lastError && (
            <Text size="sm" c="red">
              {email.data.lastError}
            </Text>
          )}
          <Text
            component="pre"
            size="sm"
            p="sm"
            bg="var(--mantine-color-gray-0)"
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', borderRadius: 4 }}
          >
            {email.data.text}
          </Text>
        </Stack>
      )}
    </Modal>
  );
}
