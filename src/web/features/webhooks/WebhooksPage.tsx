import { ActionIcon, Button, Group, Menu, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconPlus, IconWebhook } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { SettingsCard } from '../../components/SettingsCard.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import type { Page } from '../../lib/types.js';
import { can, useSession } from '../../lib/session.js';
import { AdminErrorAlert } from '../admin/admin-errors.js';
import { ConfirmModal } from '../admin/ConfirmModal.js';
import { StatusBadge } from '../admin/StatusBadge.js';
import { DeliveryLog } from './DeliveryLog.js';
import { SecretReveal } from './SecretReveal.js';
import { WEBHOOKS_KEY, webhookProblem, type Webhook, type WebhookWithSecret } from './webhook-api.js';
import { WebhookFormModal } from './WebhookFormModal.js';

/** Shown at most; a workspace has a handful of endpoints. */
const LIMIT = 200;

type Dialog =
  | { kind: 'new' }
  | { kind: 'edit' | 'log' | 'rotate' | 'delete'; endpoint: Webhook }
  | { kind: 'secret'; secret: string };

/** Webhook endpoints: where record changes are sent, their secrets and delivery logs (admins). */
export function WebhooksPage() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const mayCreate = can(session, 'admin', 'create');
  const mayChange = can(session, 'admin', 'update');
  const mayDelete = can(session, 'admin', 'delete');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const endpoints = useQuery({
    queryKey: WEBHOOKS_KEY,
    queryFn: () => api<Page<Webhook>>('/webhooks', { query: { limit: LIMIT } }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: WEBHOOKS_KEY });
  const failed = (error: unknown) => notifications.show({ color: 'red', message: webhookProblem(t, error) });

  const toggle = useMutation({
    mutationFn: (endpoint: Webhook) =>
      api<Webhook>(`/webhooks/${endpoint.id}`, { method: 'PATCH', body: { enabled: !endpoint.enabled } }),
    onSuccess: async (endpoint) => {
      const key = endpoint.enabled ? 'webhooks.enabledNotice' : 'webhooks.disabledNotice';
      notifications.show({ color: 'green', message: t(key, { url: endpoint.url }) });
      await refresh();
    },
    onError: failed,
  });
  const rotate = useMutation({
    mutationFn: (endpoint: Webhook) =>
      api<WebhookWithSecret>(`/webhooks/${endpoint.id}/rotate-secret`, { method: 'POST' }),
    onSuccess: async (endpoint) => {
      setDialog({ kind: 'secret', secret: endpoint.secret });
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (endpoint: Webhook) => api(`/webhooks/${endpoint.id}`, { method: 'DELETE' }),
    onSuccess: async (_, endpoint) => {
      close();
      notifications.show({ color: 'green', message: t('webhooks.deleted', { url: endpoint.url }) });
      await refresh();
    },
  });

  const newButton = mayCreate && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'new' })}>
      {t('webhooks.new')}
    </Button>
  );
  const rows = endpoints.data?.data ?? [];
  const target = dialog && 'endpoint' in dialog ? dialog.endpoint : null;

  return (
    <SettingsCard title={t('webhooks.title')} intro={t('webhooks.intro')} action={newButton}>
      {endpoints.isPending && <TableSkeleton rows={3} columns={4} />}
      <AdminErrorAlert error={endpoints.error} />
      {endpoints.data && rows.length === 0 && (
        <EmptyState
          icon={IconWebhook}
          title={t('webhooks.empty')}
          body={t('webhooks.emptyBody')}
          action={newButton}
        />
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={680}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('webhooks.endpoint')}</Table.Th>
                <Table.Th>{t('webhooks.events')}</Table.Th>
                <Table.Th>{t('webhooks.status')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((endpoint) => (
                <Table.Tr key={endpoint.id} style={{ verticalAlign: 'top' }}>
                  <Table.Td miw={220} maw={360}>
                    <Text size="sm" fw={500} ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                      {endpoint.url}
                    </Text>
                    {endpoint.description && (
                      <Text size="xs" c="dimmed">
                        {endpoint.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {endpoint.events.includes('*')
                        ? t('webhooks.allEvents')
                        : t('webhooks.eventCount', { count: endpoint.events.length })}
                    </Text>
                    {!endpoint.events.includes('*') && (
                      <Text size="xs" c="dimmed" ff="monospace" lineClamp={2}>
                        {endpoint.events.join(', ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <EndpointStatus endpoint={endpoint} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => setDialog({ kind: 'log', endpoint })}
                      >
                        {t('webhooks.deliveries')}
                      </Button>
                      {(mayChange || mayDelete) && (
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={t('webhooks.more', { url: endpoint.url })}
                            >
                              <IconDots size={18} />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            {mayChange && (
                              <>
                                <Menu.Item onClick={() => setDialog({ kind: 'edit', endpoint })}>
                                  {t('admin.common.edit')}
                                </Menu.Item>
                                <Menu.Item onClick={() => toggle.mutate(endpoint)}>
                                  {endpoint.enabled ? t('webhooks.disable') : t('webhooks.enable')}
                                </Menu.Item>
                                <Menu.Item
                                  onClick={() => {
                                    rotate.reset();
                                    setDialog({ kind: 'rotate', endpoint });
                                  }}
                                >
                                  {t('webhooks.rotate')}
                                </Menu.Item>
                              </>
                            )}
                            {mayDelete && (
                              <Menu.Item
                                color="red"
                                onClick={() => {
                                  remove.reset();
                                  setDialog({ kind: 'delete', endpoint });
                                }}
                              >
                                {t('admin.common.delete')}
                              </Menu.Item>
                            )}
                          </Menu.Dropdown>
                        </Menu>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog?.kind === 'new' && <WebhookFormModal onClose={close} />}
      {dialog?.kind === 'edit' && <WebhookFormModal endpoint={dialog.endpoint} onClose={close} />}
      {dialog?.kind === 'log' && (
        <DeliveryLog endpoint={dialog.endpoint} mayChange={mayChange} onClose={close} />
      )}
      <ConfirmModal
        opened={dialog?.kind === 'rotate'}
        title={t('webhooks.rotateTitle')}
        body={t('webhooks.rotateBody', { url: target?.url ?? '' })}
        confirmLabel={t('webhooks.rotate')}
        color="blue"
        loading={rotate.isPending}
        error={rotate.error}
        onConfirm={() => target && rotate.mutate(target)}
        onClose={close}
      />
      <ConfirmModal
        opened={dialog?.kind === 'delete'}
        title={t('webhooks.deleteTitle')}
        body={t('webhooks.deleteBody', { url: target?.url ?? '' })}
        confirmLabel={t('admin.common.delete')}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => target && remove.mutate(target)}
        onClose={close}
      />
      <Modal
        opened={dialog?.kind === 'secret'}
        onClose={close}
        closeOnClickOutside={false}
        title={t('webhooks.rotatedTitle')}
        size="lg"
      >
        {dialog?.kind === 'secret' && <SecretReveal secret={dialog.secret} onDone={close} />}
      </Modal>
    </SettingsCard>
  );
}

/** Enabled, disabled by an admin, or disabled because the receiver answered 410 Gone; and a rotation. */
function EndpointStatus({ endpoint }: { endpoint: Webhook }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align="flex-start">
      {endpoint.enabled ? (
        <StatusBadge color="green">{t('webhooks.enabled')}</StatusBadge>
      ) : (
        <StatusBadge color={endpoint.disabledReason === 'gone' ? 'red' : 'gray'}>
          {t('webhooks.disabled')}
        </StatusBadge>
      )}
      {endpoint.disabledReason === 'gone' && (
        <Text size="xs" c="dimmed">
          {t('webhooks.goneReason')}
        </Text>
      )}
      {endpoint.previousSecretExpiresAt && (
        <Text size="xs" c="dimmed">
          {t('webhooks.rotating')}
        </Text>
      )}
    </Stack>
  );
}
