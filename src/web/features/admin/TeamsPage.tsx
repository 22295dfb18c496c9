import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { SettingsCard } from '../../components/SettingsCard.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { useMemberName } from '../../lib/queries.js';
import { can, useSession } from '../../lib/session.js';
import { AdminErrorAlert } from './admin-errors.js';
import { MEMBERS_KEY, TEAMS_KEY, useTeams } from './admin-queries.js';
import type { Team } from './admin-types.js';
import { ConfirmModal } from './ConfirmModal.js';
import { TeamModal } from './TeamModal.js';

/** Teams decide what `team` scope reaches: records owned by anyone sharing a team with you. */
export function TeamsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const teams = useTeams();
  const memberName = useMemberName();
  // `undefined`: closed; `null`: creating; a team: editing it.
  const [editing, setEditing] = useState<Team | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<Team | null>(null);
  const canCreate = can(session, 'admin', 'create');
  const canUpdate = can(session, 'admin', 'update');
  const canDelete = can(session, 'admin', 'delete');

  const remove = useMutation({
    mutationFn: (team: Team) => api(`/teams/${team.id}`, { method: 'DELETE' }),
    onSuccess: async (_, team) => {
      setDeleting(null);
      notifications.show({ color: 'green', message: t('admin.teams.deleted', { name: team.name }) });
      await queryClient.invalidateQueries({ queryKey: TEAMS_KEY });
      await queryClient.invalidateQueries({ queryKey: MEMBERS_KEY });
    },
  });

  const newButton = canCreate && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)}>
      {t('admin.teams.new')}
    </Button>
  );
  const sorted = [...(teams.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <SettingsCard title={t('admin.teams.title')} intro={t('admin.teams.intro')} action={newButton}>
      {teams.isPending && <TableSkeleton rows={3} columns={3} />}
      <AdminErrorAlert error={teams.error} />
      {teams.data?.length === 0 && (
        <EmptyState
          icon={IconUsersGroup}
          title={t('admin.teams.empty')}
          body={t('admin.teams.emptyBody')}
          action={newButton}
        />
      )}
      {sorted.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="28%">{t('admin.teams.name')}</Table.Th>
                <Table.Th>{t('admin.teams.members')}</Table.Th>
                {(canUpdate || canDelete) && <Table.Th w={180}>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((team) => (
                <Table.Tr key={team.id}>
                  <Table.Td fw={500}>{team.name}</Table.Td>
                  <Table.Td>
                    {team.memberIds.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('admin.teams.noMembers')}
                      </Text>
                    ) : (
                      <Group gap={4}>
                        {team.memberIds.map((id) => (
                          <Badge key={id} variant="light" color="gray" tt="none">
                            {memberName(id) ?? '—'}
                          </Badge>
                        ))}
                      </Group>
                    )}
                  </Table.Td>
                  {(canUpdate || canDelete) && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {canUpdate && (
                          <Button size="compact-sm" variant="subtle" onClick={() => setEditing(team)}>
                            {t('admin.common.edit')}
                          </Button>
                        )}
                        {canDelete && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            onClick={() => {
                              remove.reset();
                              setDeleting(team);
                            }}
                          >
                            {t('admin.common.delete')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing !== undefined && (
        <TeamModal key={editing?.id ?? 'new'} team={editing} onClose={() => setEditing(undefined)} />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={t('admin.teams.deleteTitle')}
        body={t('admin.teams.deleteBody', { name: deleting?.name ?? '' })}
        confirmLabel={t('admin.common.delete')}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </SettingsCard>
  );
}
