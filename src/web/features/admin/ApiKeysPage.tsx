import { Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconLock, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { SettingsCard } from '../../components/SettingsCard.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { can, useSession } from '../../lib/session.js';
import { AdminErrorAlert } from './admin-errors.js';
import { API_KEYS_KEY, useAdminMembers, useApiKeys, useRoleLabels, useRoles } from './admin-queries.js';
import type { ApiKey } from './admin-types.js';
import { ApiKeyModal } from './ApiKeyModal.js';
import { ConfirmModal } from './ConfirmModal.js';
import { StatusBadge } from './StatusBadge.js';

/** Keys for integrations: each acts with a role; revoked keys stay listed for the record. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const queryClient = useQueryClient();
  const keys = useApiKeys();
  const roleName = useRoleLabels(t);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const canCreate = can(session, 'admin', 'create');
  const canRevoke = can(session, 'admin', 'delete');
  const ownersKey = useOwnersKeyTest();
  const revocable = (key: ApiKey) => session.role.key === 'owner' || !ownersKey(key);

  const revoke = useMutation({
    mutationFn: (key: ApiKey) => api(`/api-keys/${key.id}`, { method: 'DELETE' }),
    onSuccess: async (_, key) => {
      setRevoking(null);
      notifications.show({ color: 'green', message: t('admin.apiKeys.revoked', { name: key.name }) });
      await queryClient.invalidateQueries({ queryKey: API_KEYS_KEY });
    },
  });

  const newButton = canCreate && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
      {t('admin.apiKeys.new')}
    </Button>
  );
  // Working keys first, newest first within each group.
  const sorted = [...(keys.data ?? [])].sort(
    (a, b) =>
      Number(a.revokedAt !== null) - Number(b.revokedAt !== null) || b.createdAt.localeCompare(a.createdAt),
  );

  return (
    <SettingsCard title={t('admin.apiKeys.title')} intro={t('admin.apiKeys.intro')} action={newButton}>
      {keys.isPending && <TableSkeleton rows={3} columns={5} />}
      <AdminErrorAlert error={keys.error} />
      {keys.data?.length === 0 && (
        <EmptyState
          icon={IconKey}
          title={t('admin.apiKeys.empty')}
          body={t('admin.apiKeys.emptyBody')}
          action={newButton}
        />
      )}
      {sorted.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.apiKeys.name')}</Table.Th>
                <Table.Th>{t('admin.apiKeys.prefix')}</Table.Th>
                <Table.Th>{t('admin.apiKeys.role')}</Table.Th>
                <Table.Th>{t('admin.apiKeys.created')}</Table.Th>
                <Table.Th>{t('admin.apiKeys.lastUsed')}</Table.Th>
                <Table.Th>{t('admin.apiKeys.status')}</Table.Th>
                {canRevoke && <Table.Th>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((key) => (
                <Table.Tr key={key.id} c={key.revokedAt ? 'dimmed' : undefined}>
                  <Table.Td fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {key.name}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {key.prefix}…
                    </Text>
                  </Table.Td>
                  <Table.Td>{roleName(key.roleId)}</Table.Td>
                  <Table.Td>{fmt.dateTime(key.createdAt)}</Table.Td>
                  <Table.Td>
                    {key.lastUsedAt ? fmt.dateTime(key.lastUsedAt) : t('admin.apiKeys.never')}
                  </Table.Td>
                  <Table.Td>
                    {key.revokedAt ? (
                      <>
                        <StatusBadge color="gray">{t('admin.apiKeys.revokedBadge')}</StatusBadge>
                        <Text size="xs" c="dimmed" mt={2}>
                          {fmt.dateTime(key.revokedAt)}
                        </Text>
                      </>
                    ) : (
                      <StatusBadge color="green">{t('admin.apiKeys.active')}</StatusBadge>
                    )}
                  </Table.Td>
                  {canRevoke && (
                    <Table.Td>
                      {!key.revokedAt && !revocable(key) && <OwnerOnly />}
                      {!key.revokedAt && revocable(key) && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => {
                            revoke.reset();
                            setRevoking(key);
                          }}
                        >
                          {t('admin.apiKeys.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && <ApiKeyModal onClose={() => setCreating(false)} />}
      <ConfirmModal
        opened={revoking !== null}
        title={t('admin.apiKeys.revokeTitle')}
        body={t('admin.apiKeys.revokeBody', { name: revoking?.name ?? '' })}
        confirmLabel={t('admin.apiKeys.revoke')}
        loading={revoke.isPending}
        error={revoke.error}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onClose={() => setRevoking(null)}
      />
    </SettingsCard>
  );
}

/** Keys that act as owner or were made by an owner are an owner's to revoke (the server says so too). */
function useOwnersKeyTest() {
  const roles = useRoles();
  const members = useAdminMembers();
  const ownerRoleId = roles.data?.find((role) => role.key === 'owner')?.id;
  const ownerIds = new Set(
    (members.data ?? []).filter((member) => member.roleKey === 'owner').map((member) => member.userId),
  );
  return (key: ApiKey) =>
    key.roleId === ownerRoleId || (key.createdBy !== null && ownerIds.has(key.createdBy));
}

function OwnerOnly() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('admin.grants.ownerKeyLocked')} multiline maw={260} withArrow>
      <Group gap={4} wrap="nowrap" c="dimmed" tabIndex={0} aria-label={t('admin.grants.ownerKeyLocked')}>
        <IconLock size={14} />
        <Text size="xs">{t('admin.grants.ownerOnly')}</Text>
      </Group>
    </Tooltip>
  );
}
