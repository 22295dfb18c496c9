import { Button, Group, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconMail, IconUsers } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { SettingsCard } from '../../components/SettingsCard.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { can, useSession } from '../../lib/session.js';
import { adminProblem, AdminErrorAlert } from './admin-errors.js';
import {
  MEMBERS_KEY,
  ROLES_KEY,
  roleLabel,
  roleOptions,
  useAdminMembers,
  useRoles,
} from './admin-queries.js';
import type { AdminMember } from './admin-types.js';
import { ConfirmModal } from './ConfirmModal.js';
import { holderOf, roleWithin } from './grants.js';
import { InvitationsCard } from './InvitationsCard.js';
import { InviteModal } from './InviteModal.js';
import { StatusBadge } from './StatusBadge.js';

interface MemberPatch {
  member: AdminMember;
  roleId?: string;
  active?: boolean;
}

/** Who works in the workspace: their role, teams and whether they may sign in; invitations below. */
export function MembersPage() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const members = useAdminMembers();
  const roles = useRoles();
  const [inviting, setInviting] = useState(false);
  const [deactivating, setDeactivating] = useState<AdminMember | null>(null);
  const canUpdate = can(session, 'admin', 'update');
  const canInvite = can(session, 'admin', 'create');
  const holder = holderOf(session);
  const roleById = new Map((roles.data ?? []).map((role) => [role.id, role]));

  const update = useMutation({
    mutationFn: ({ member, ...patch }: MemberPatch) =>
      api<AdminMember>(`/members/${member.userId}`, { method: 'PATCH', body: patch }),
    onSuccess: async (member, patch) => {
      setDeactivating(null);
      const message =
        patch.active === false
          ? t('admin.members.deactivated', { name: member.name })
          : patch.active === true
            ? t('admin.members.reactivated', { name: member.name })
            : t('admin.members.roleChanged', {
                name: member.name,
                role: roleLabel(t, { key: member.roleKey, name: member.roleName }),
              });
      notifications.show({ color: 'green', message });
      await queryClient.invalidateQueries({ queryKey: MEMBERS_KEY });
      await queryClient.invalidateQueries({ queryKey: ROLES_KEY });
    },
    onError: (error, patch) => {
      // A refusal often means the list is out of date (someone's role changed meanwhile): reload it.
      void queryClient.invalidateQueries({ queryKey: MEMBERS_KEY });
      if (patch.active === false) return; // shown inside the confirmation dialog
      notifications.show({ color: 'red', message: adminProblem(t, error) });
    },
  });

  const inviteButton = canInvite && (
    <Button leftSection={<IconMail size={16} />} onClick={() => setInviting(true)}>
      {t('admin.members.invite')}
    </Button>
  );
  const options = roleOptions(t, roles.data, holder);

  /** Why this person may not change a member, as the server would say it; null when they may. */
  function lockReason(member: AdminMember): string | null {
    if (member.userId === session.user.id) return t('admin.grants.selfLocked');
    const role = roleById.get(member.roleId);
    if (role && !roleWithin(role, holder)) return t('admin.grants.memberLocked');
    return null;
  }
  const sorted = [...(members.data ?? [])].sort(
    (a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name),
  );

  return (
    <Stack gap="lg">
      <SettingsCard title={t('admin.members.title')} intro={t('admin.members.intro')} action={inviteButton}>
        {members.isPending && <TableSkeleton rows={4} columns={4} />}
        <AdminErrorAlert error={members.error} />
        {members.data?.length === 0 && <EmptyState icon={IconUsers} title={t('admin.members.empty')} />}
        {sorted.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.members.member')}</Table.Th>
                  <Table.Th w={200}>{t('admin.members.role')}</Table.Th>
                  <Table.Th>{t('admin.members.teams')}</Table.Th>
                  <Table.Th>{t('admin.members.status')}</Table.Th>
                  {canUpdate && <Table.Th>{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((member) => {
                  const isSelf = member.userId === session.user.id;
                  const reason = canUpdate ? lockReason(member) : null;
                  const locked = !canUpdate || reason !== null || !roleById.has(member.roleId);
                  const pending = update.isPending && update.variables.member.userId === member.userId;
                  return (
                    <Table.Tr key={member.userId} c={member.active ? undefined : 'dimmed'}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {member.name}
                          {isSelf && (
                            <Text span size="xs" c="dimmed" ml={6}>
                              {t('admin.members.you')}
                            </Text>
                          )}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {member.email}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {locked ? (
                          <Group gap={6} wrap="nowrap">
                            <Text size="sm">
                              {roleLabel(t, { key: member.roleKey, name: member.roleName })}
                            </Text>
                            {reason && (
                              <Tooltip label={reason} multiline maw={260} withArrow>
                                <IconLock
                                  size={14}
                                  role="img"
                                  aria-label={reason}
                                  color="var(--mantine-color-dimmed)"
                                />
                              </Tooltip>
                            )}
                          </Group>
                        ) : (
                          <Select
                            size="xs"
                            aria-label={t('admin.members.roleOf', { name: member.name })}
                            data={options}
                            value={member.roleId}
                            allowDeselect={false}
                            disabled={pending}
                            onChange={(roleId) =>
                              roleId && roleId !== member.roleId && update.mutate({ member, roleId })
                            }
                          />
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={member.teams.length === 0 ? 'dimmed' : undefined}>
                          {member.teams.length === 0 ? '—' : member.teams.map((team) => team.name).join(', ')}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <StatusBadge color={member.active ? 'green' : 'gray'}>
                          {member.active ? t('admin.members.active') : t('admin.members.inactive')}
                        </StatusBadge>
                      </Table.Td>
                      {canUpdate && (
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {!locked &&
                            (member.active ? (
                              <Button
                                size="compact-sm"
                                variant="subtle"
                                color="red"
                                onClick={() => {
                                  update.reset();
                                  setDeactivating(member);
                                }}
                              >
                                {t('admin.members.deactivate')}
                              </Button>
                            ) : (
                              <Button
                                size="compact-sm"
                                variant="subtle"
                                loading={pending}
                                onClick={() => update.mutate({ member, active: true })}
                              >
                                {t('admin.members.reactivate')}
                              </Button>
                            ))}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </SettingsCard>
      {canInvite && <InvitationsCard onInvite={() => setInviting(true)} />}
      {inviting && <InviteModal onClose={() => setInviting(false)} />}
      <ConfirmModal
        opened={deactivating !== null}
        title={t('admin.members.deactivateTitle')}
        body={t('admin.members.deactivateBody', { name: deactivating?.name ?? '' })}
        confirmLabel={t('admin.members.deactivate')}
        loading={update.isPending}
        error={update.error}
        onConfirm={() => deactivating && update.mutate({ member: deactivating, active: false })}
        onClose={() => setDeactivating(null)}
      />
    </Stack>
  );
}
