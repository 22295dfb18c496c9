import { ActionIcon, Button, Group, Menu, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconInbox, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { SettingsCard } from '../../components/SettingsCard.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { can, useSession } from '../../lib/session.js';
import type { Page } from '../../lib/types.js';
import { AdminErrorAlert, adminProblem } from '../admin/admin-errors.js';
import { ConfirmModal } from '../admin/ConfirmModal.js';
import { StatusBadge } from '../admin/StatusBadge.js';
import { MAILBOX_COLORS, MAILBOXES_KEY, type Mailbox, type MailboxConnectionTest } from './email-api.js';
import { MailboxFormModal } from './MailboxFormModal.js';

type Dialog = { kind: 'new' } | { kind: 'edit' | 'delete'; mailbox: Mailbox };

/** Settings → Mailboxes: the IMAP folders polled for incoming email, their status and last error. */
export function MailboxesPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const mayChange = can(session, 'admin', 'update');
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const mailboxes = useQuery({ queryKey: MAILBOXES_KEY, queryFn: () => api<Page<Mailbox>>('/mailboxes') });
  const refresh = () => queryClient.invalidateQueries({ queryKey: MAILBOXES_KEY });
  const failed = (error: unknown) => notifications.show({ color: 'red', message: adminProblem(t, error) });

  const test = useMutation({
    mutationFn: (mailbox: Mailbox) =>
      api<MailboxConnectionTest>(`/mailboxes/${mailbox.id}/test`, { method: 'POST' }),
    onSuccess: (result, mailbox) =>
      notifications.show(
        result.ok
          ? {
              color: 'green',
              message: t('email.mailboxes.testOk', { name: mailbox.name, count: result.messages ?? 0 }),
            }
          : {
              color: 'red',
              title: t('email.mailboxes.testFailed', { name: mailbox.name }),
              message: result.error,
            },
      ),
    onError: failed,
  });
  const poll = useMutation({
    mutationFn: (mailbox: Mailbox) => api(`/mailboxes/${mailbox.id}/poll`, { method: 'POST' }),
    onSuccess: async (_, mailbox) => {
      notifications.show({
        color: 'green',
        message: t('email.mailboxes.pollQueued', { name: mailbox.name }),
      });
      await refresh();
    },
    onError: failed,
  });
  const toggle = useMutation({
    mutationFn: (mailbox: Mailbox) =>
      api(`/mailboxes/${mailbox.id}`, { method: 'PATCH', body: { enabled: !mailbox.enabled } }),
    onSuccess: refresh,
    onError: failed,
  });
  const remove = useMutation({
    mutationFn: (mailbox: Mailbox) => api(`/mailboxes/${mailbox.id}`, { method: 'DELETE' }),
    onSuccess: async () => {
      close();
      await refresh();
    },
  });

  const addButton = mayChange && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'new' })}>
      {t('email.mailboxes.new')}
    </Button>
  );
  const rows = mailboxes.data?.data ?? [];
  return (
    <SettingsCard title={t('email.mailboxes.title')} intro={t('email.mailboxes.intro')} action={addButton}>
      {mailboxes.isPending && <TableSkeleton rows={2} columns={4} />}
      <AdminErrorAlert error={mailboxes.error} />
      {mailboxes.isSuccess && rows.length === 0 && (
        <EmptyState
          icon={IconInbox}
          title={t('email.mailboxes.empty')}
          body={t('email.mailboxes.emptyBody')}
          action={addButton}
        />
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={680}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('email.mailboxes.name')}</Table.Th>
                <Table.Th>{t('email.mailboxes.server')}</Table.Th>
                <Table.Th>{t('email.mailboxes.status')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((mailbox) => (
                <Table.Tr key={mailbox.id} style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {mailbox.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('email.mailboxes.imported', { count: mailbox.importedCount })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                      {mailbox.username}@{mailbox.host}:{mailbox.port}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {mailbox.folder}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={300}>
                    <StatusBadge color={MAILBOX_COLORS[mailbox.status]}>
                      {t(`email.mailboxes.statuses.${mailbox.status}`)}
                    </StatusBadge>
                    {mailbox.lastPolledAt && (
                      <Text size="xs" c="dimmed">
                        {t('email.mailboxes.lastPolled', { when: fmt.dateTime(mailbox.lastPolledAt) })}
                      </Text>
                    )}
                    {mailbox.lastError && (
                      <Text size="xs" c="red" style={{ overflowWrap: 'anywhere' }}>
                        {mailbox.lastError}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {mayChange && (
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="light"
                          onClick={() => poll.mutate(mailbox)}
                          disabled={!mailbox.enabled}
                        >
                          {t('email.mailboxes.pollNow')}
                        </Button>
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={t('email.mailboxes.more', { name: mailbox.name })}
                            >
                              <IconDots size={18} />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item onClick={() => test.mutate(mailbox)}>
                              {t('email.mailboxes.test')}
                            </Menu.Item>
                            <Menu.Item onClick={() => setDialog({ kind: 'edit', mailbox })}>
                              {t('admin.common.edit')}
                            </Menu.Item>
                            <Menu.Item onClick={() => toggle.mutate(mailbox)}>
                              {mailbox.enabled ? t('email.mailboxes.pause') : t('email.mailboxes.resume')}
                            </Menu.Item>
                            <Menu.Item
                              color="red"
                              onClick={() => {
                                remove.reset();
                                setDialog({ kind: 'delete', mailbox });
                              }}
                            >
                              {t('admin.common.delete')}
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog?.kind === 'new' && <MailboxFormModal onClose={close} />}
      {dialog?.kind === 'edit' && <MailboxFormModal mailbox={dialog.mailbox} onClose={close} />}
      <ConfirmModal
        opened={dialog?.kind === 'delete'}
        title={t('email.mailboxes.deleteTitle')}
        body={dialog?.kind === 'delete' ? t('email.mailboxes.deleteBody', { name: dialog.mailbox.name }) : ''}
        confirmLabel={t('admin.common.delete')}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => dialog?.kind === 'delete' && remove.mutate(dialog.mailbox)}
        onClose={close}
      />
    </SettingsCard>
  );
}
