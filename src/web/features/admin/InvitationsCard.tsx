import { Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMailOpened } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { SettingsCard } from '../../components/SettingsCard.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { useMemberName } from '../../lib/queries.js';
import { can, useSession } from '../../lib/session.js';
import { AdminErrorAlert } from './admin-errors.js';
import { INVITATIONS_KEY, useInvitations, useRoleLabels } from './admin-queries.js';
import type { Invitation } from './admin-types.js';
import { ConfirmModal } from './ConfirmModal.js';
import { StatusBadge } from './StatusBadge.js';

/** Invitations nobody has accepted yet (expired ones too, so they can be cleared away). */
export function InvitationsCard({ onInvite }: { onInvite: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const queryClient = useQueryClient();
  const invitations = useInvitations();
  const roleName = useRoleLabels(t);
  const memberName = useMemberName();
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const canRevoke = can(session, 'admin', 'delete');
  const open = (invitations.data ?? []).filter((invitation) => invitation.acceptedAt === null);
  const now = Date.now();

  const revoke = useMutation({
    mutationFn: (invitation: Invitation) => api(`/invitations/${invitation.id}`, { method: 'DELETE' }),
    onSuccess: async (_, invitation) => {
      setRevoking(null);
      notifications.show({
        color: 'green',
        message: t('admin.invitations.revoked', { email: invitation.email }),
      });
      await queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY });
    },
  });

  return (
    <SettingsCard title={t('admin.invitations.title')} intro={t('admin.invitations.intro')}>
      {invitations.isPending && <TableSkeleton rows={2} columns={4} />}
      <AdminErrorAlert error={invitations.error} />
      {invitations.data && open.length === 0 && (
        <EmptyState
          icon={IconMailOpened}
          title={t('admin.invitations.empty')}
          action={
            <Button variant="light" onClick={onInvite}>
              {t('admin.members.invite')}
            </Button>
          }
        />
      )}
      {open.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.invitations.email')}</Table.Th>
                <Table.Th>{t('admin.invitations.role')}</Table.Th>
                <Table.Th>{t('admin.invitations.invitedBy')}</Table.Th>
                <Table.Th>{t('admin.invitations.expires')}</Table.Th>
                {canRevoke && <Table.Th>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {open.map((invitation) => {
                const expired = Date.parse(invitation.expiresAt) <= now;
                return (
                  <Table.Tr key={invitation.id}>
                    <Table.Td fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {invitation.email}
                    </Table.Td>
                    <Table.Td>{roleName(invitation.roleId)}</Table.Td>
                    <Table.Td>{memberName(invitation.invitedBy) ?? '—'}</Table.Td>
                    <Table.Td>
                      {expired ? (
                        <StatusBadge color="gray">{t('admin.invitations.expired')}</StatusBadge>
                      ) : (
                        <Text size="sm">{fmt.dateTime(invitation.expiresAt)}</Text>
                      )}
                    </Table.Td>
                    {canRevoke && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            onClick={() => {
                              revoke.reset();
                              setRevoking(invitation);
                            }}
                          >
                            {expired ? t('admin.invitations.remove') : t('admin.invitations.revoke')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={revoking !== null}
        title={t('admin.invitations.revokeTitle')}
        body={t('admin.invitations.revokeBody', { email: revoking?.email ?? '' })}
        confirmLabel={t('admin.invitations.revoke')}
        loading={revoke.isPending}
        error={revoke.error}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onClose={() => setRevoking(null)}
      />
    </SettingsCard>
  );
}
