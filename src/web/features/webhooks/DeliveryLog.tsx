import { Button, Center, Drawer, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend, IconTruckDelivery } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import type { Page } from '../../lib/types.js';
import { AdminErrorAlert } from '../admin/admin-errors.js';
import { StatusBadge } from '../admin/StatusBadge.js';
import {
  DELIVERY_COLORS,
  deliveriesKey,
  webhookProblem,
  type Webhook,
  type WebhookDelivery,
} from './webhook-api.js';

const PAGE_SIZE = 50;
/** Deliveries change by themselves (retries); the log refreshes while open. */
const LIVE_MS = 5000;

/** An endpoint's deliveries, newest first, with their outcome, a replay button and a test message. */
export function DeliveryLog(props: { endpoint: Webhook; mayChange: boolean; onClose: () => void }) {
  const { endpoint, mayChange } = props;
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const deliveries = useInfiniteQuery({
    queryKey: deliveriesKey(endpoint.id),
    queryFn: ({ pageParam, signal }) =>
      api<Page<WebhookDelivery>>(`/webhooks/${endpoint.id}/deliveries`, {
        query: { cursor: pageParam, limit: PAGE_SIZE },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: LIVE_MS,
  });
  const queued = (message: string) => async () => {
    notifications.show({ color: 'green', message });
    await queryClient.invalidateQueries({ queryKey: deliveriesKey(endpoint.id) });
  };
  const failed = (error: unknown) => notifications.show({ color: 'red', message: webhookProblem(t, error) });
  const replay = useMutation({
    mutationFn: (delivery: WebhookDelivery) =>
      api(`/webhooks/${endpoint.id}/deliveries/${delivery.id}/replay`, { method: 'POST' }),
    onSuccess: queued(t('webhooks.log.replayed')),
    onError: failed,
  });
  const test = useMutation({
    mutationFn: () => api(`/webhooks/${endpoint.id}/test`, { method: 'POST' }),
    onSuccess: queued(t('webhooks.log.testSent')),
    onError: failed,
  });
  const rows = deliveries.data?.pages.flatMap((page) => page.data) ?? [];
  const canSend = mayChange && endpoint.enabled;
  const testButton = canSend && (
    <Button
      variant="light"
      leftSection={<IconSend size={16} />}
      loading={test.isPending}
      onClick={() => test.mutate()}
    >
      {t('webhooks.sendTest')}
    </Button>
  );

  return (
    <Drawer opened onClose={props.onClose} position="right" size="xl" title={t('webhooks.log.title')}>
      <Stack>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {endpoint.url}
          </Text>
          {rows.length > 0 && testButton}
        </Group>
        {deliveries.isPending && <TableSkeleton rows={4} columns={4} />}
        <AdminErrorAlert error={deliveries.error} />
        {deliveries.data && rows.length === 0 && (
          <EmptyState
            icon={IconTruckDelivery}
            title={t('webhooks.log.empty')}
            body={t('webhooks.log.emptyBody')}
            action={testButton}
          />
        )}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170}>{t('webhooks.log.event')}</Table.Th>
                  <Table.Th w={110}>{t('webhooks.log.status')}</Table.Th>
                  <Table.Th>{t('webhooks.log.outcome')}</Table.Th>
                  {canSend && <Table.Th w={110}>{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((delivery) => (
                  <Table.Tr key={delivery.id} style={{ verticalAlign: 'top' }}>
                    <Table.Td>
                      <Text size="sm" fw={500} ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                        {delivery.eventType}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {fmt.dateTime(delivery.createdAt)}
                      </Text>
                      {delivery.replayOf && (
                        <Text size="xs" c="dimmed">
                          {t('webhooks.log.replay')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge color={DELIVERY_COLORS[delivery.status]}>
                        {t(`webhooks.log.statuses.${delivery.status}`)}
                      </StatusBadge>
                    </Table.Td>
                    <Table.Td>
                      <Outcome delivery={delivery} />
                    </Table.Td>
                    {canSend && (
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          loading={replay.isPending && replay.variables.id === delivery.id}
                          onClick={() => replay.mutate(delivery)}
                        >
                          {t('webhooks.log.replayAction')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {deliveries.hasNextPage && (
          <Center>
            <Button
              variant="default"
              loading={deliveries.isFetchingNextPage}
              onClick={() => void deliveries.fetchNextPage()}
            >
              {t('webhooks.log.loadMore')}
            </Button>
          </Center>
        )}
      </Stack>
    </Drawer>
  );
}

/** What the last attempt got: status code, time taken, attempts, the next try, and why it failed. */
function Outcome({ delivery }: { delivery: WebhookDelivery }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const facts = [
    delivery.responseStatus !== null && t('webhooks.log.http', { status: delivery.responseStatus }),
    delivery.durationMs !== null && t('webhooks.log.duration', { ms: fmt.number(delivery.durationMs) }),
    t('webhooks.log.attempts', { count: delivery.attempts }),
  ].filter(Boolean);
  const clip = { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' } as const;
  return (
    <Stack gap={2}>
      <Text size="sm">{facts.join(' · ')}</Text>
      {delivery.nextAttemptAt && (
        <Text size="xs" c="dimmed">
          {t('webhooks.log.nextAttempt', { when: fmt.dateTime(delivery.nextAttemptAt) })}
        </Text>
      )}
      {delivery.error && (
        <Text size="xs" ff="monospace" c="red.8" lineClamp={3} style={clip}>
          {delivery.error}
        </Text>
      )}
      {delivery.responseExcerpt && (
        <Text size="xs" ff="monospace" c="dimmed" lineClamp={3} style={clip}>
          {delivery.responseExcerpt}
        </Text>
      )}
    </Stack>
  );
}
