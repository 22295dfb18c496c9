import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconShieldLock } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { SettingsCard } from '../../components/SettingsCard.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { can, useSession } from '../../lib/session.js';
import { AdminErrorAlert } from './admin-errors.js';
import { ROLES_KEY, roleLabel, useOwnRoleId, useRoles } from './admin-queries.js';
import type { Role } from './admin-types.js';
import { ConfirmModal } from './ConfirmModal.js';
import { holderOf, roleWithin } from './grants.js';
import { RoleModal, type RoleModalMode, type ViewReason } from './RoleModal.js';

/** Built-in roles (read-only) and the workspace's custom roles with their permission matrices. */
export function RolesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const roles = useRoles();
  const [modal, setModal] = useState<RoleModalMode | null>(null);
  const [deleting, setDeleting] = useState<Role | null>(null);
  const canCreate = can(session, 'admin', 'create');
  const canUpdate = can(session, 'admin', 'update');
  const canDelete = can(session, 'admin', 'delete');
  const holder = holderOf(session);
  const ownRoleId = useOwnRoleId(session.user.id);
  const builtIn = roles.data?.filter((role) => role.builtIn) ?? [];
  const custom = roles.data?.filter((role) => !role.builtIn) ?? [];

  const remove = useMutation({
    mutationFn: (role: Role) => api(`/roles/${role.id}`, { method: 'DELETE' }),
    onSuccess: async (_, role) => {
      setDeleting(null);
      notifications.show({ color: 'green', message: t('admin.roles.deleted', { name: role.name }) });
      await queryClient.invalidateQueries({ queryKey: ROLES_KEY });
    },
  });

  /** Nobody changes the role they act under or a role above them (the server refuses it too). */
  const untouchable = (role: Role) => role.id === ownRoleId || !roleWithin(role, holder);
  function viewReason(role: Role): ViewReason | null {
    if (role.builtIn) return 'builtIn';
    if (!canUpdate) return 'readOnly';
    if (role.id === ownRoleId) return 'ownRole';
    return untouchable(role) ? 'roleAbove' : null;
  }

  const newButton = canCreate && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setModal({ kind: 'create', from: null })}>
      {t('admin.roles.new')}
    </Button>
  );

  const table = (list: Role[]) => (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.roles.name')}</Table.Th>
            <Table.Th w={140}>{t('admin.roles.members')}</Table.Th>
            <Table.Th w="45%">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((role) => (
            <Table.Tr key={role.id}>
              <Table.Td fw={500}>
                {roleLabel(t, role)}
                {role.builtIn && (
                  <Badge size="xs" ml={8} variant="light" color="gray">
                    {t('admin.roles.builtInBadge')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{role.memberCount}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="wrap">
                  {viewReason(role) ? (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => setModal({ kind: 'view', role, reason: viewReason(role)! })}
                    >
                      {t('admin.roles.view')}
                    </Button>
                  ) : (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => setModal({ kind: 'edit', role })}
                    >
                      {t('admin.common.edit')}
                    </Button>
                  )}
                  {canCreate && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => setModal({ kind: 'create', from: role })}
                    >
                      {t('admin.roles.duplicate')}
                    </Button>
                  )}
                  {!role.builtIn && canDelete && !untouchable(role) && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => {
                        remove.reset();
                        setDeleting(role);
                      }}
                    >
                      {t('admin.common.delete')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );

  return (
    <Stack gap="lg">
      <SettingsCard title={t('admin.roles.title')} intro={t('admin.roles.intro')} action={newButton}>
        {roles.isPending && <TableSkeleton rows={5} columns={3} />}
        <AdminErrorAlert error={roles.error} />
        {roles.data && (
          <>
            <Title order={3} size="h6" mb={4}>
              {t('admin.roles.customTitle')}
            </Title>
            {custom.length === 0 ? (
              <EmptyState
                icon={IconShieldLock}
                title={t('admin.roles.empty')}
                body={t('admin.roles.emptyBody')}
                action={newButton}
              />
            ) : (
              table(custom)
            )}
            <Title order={3} size="h6" mt="lg" mb={4}>
              {t('admin.roles.builtInTitle')}
            </Title>
            {table(builtIn)}
          </>
        )}
      </SettingsCard>
      {modal && (
        <RoleModal
          key={modal.kind === 'create' ? `new-${modal.from?.id ?? ''}` : modal.role.id}
          mode={modal}
          onClose={() => setModal(null)}
        />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={t('admin.roles.deleteTitle')}
        body={
          <Stack gap="sm">
            <Text size="sm">{t('admin.roles.deleteBody', { name: deleting?.name ?? '' })}</Text>
            {deleting && deleting.memberCount > 0 && (
              <Alert color="yellow">{t('admin.roles.deleteInUse', { count: deleting.memberCount })}</Alert>
            )}
          </Stack>
        }
        confirmLabel={t('admin.common.delete')}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
