import { Button, Group, Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { adminFieldError, AdminErrorAlert } from './admin-errors.js';
import { MEMBERS_KEY, TEAMS_KEY, useAdminMembers } from './admin-queries.js';
import type { Team } from './admin-types.js';

const sameMembers = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Creates a team, or renames one and sets its members (two requests, only those needed). */
export function TeamModal({ team, onClose }: { team: Team | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const members = useAdminMembers();
  const [name, setName] = useState(team?.name ?? '');
  const [memberIds, setMemberIds] = useState<string[]>(team?.memberIds ?? []);

  const save = useMutation({
    mutationFn: async () => {
      if (!team) return api<Team>('/teams', { method: 'POST', body: { name, memberIds } });
      let saved = team;
      if (name !== team.name)
        saved = await api<Team>(`/teams/${team.id}`, { method: 'PATCH', body: { name } });
      if (!sameMembers(memberIds, team.memberIds))
        saved = await api<Team>(`/teams/${team.id}/members`, { method: 'PUT', body: { userIds: memberIds } });
      return saved;
    },
    onSuccess: async (saved) => {
      notifications.show({
        color: 'green',
        message: t(team ? 'admin.teams.updated' : 'admin.teams.created', { name: saved.name }),
      });
      await queryClient.invalidateQueries({ queryKey: TEAMS_KEY });
      // Members show their teams.
      await queryClient.invalidateQueries({ queryKey: MEMBERS_KEY });
      onClose();
    },
  });
  const err = (field: string) => adminFieldError(t, save.error, field);
  const options = (members.data ?? [])
    .filter((member) => member.active || memberIds.includes(member.userId))
    .map((member) => ({ value: member.userId, label: `${member.name} (${member.email})` }));

  return (
    <Modal
      opened
      onClose={onClose}
      title={team ? t('admin.teams.editTitle') : t('admin.teams.newTitle')}
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <TextInput
            label={t('admin.teams.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={err('name')}
            data-autofocus
          />
          <MultiSelect
            label={t('admin.teams.members')}
            description={t('admin.teams.membersHint')}
            placeholder={memberIds.length === 0 ? t('admin.teams.membersPlaceholder') : undefined}
            data={options}
            value={memberIds}
            onChange={setMemberIds}
            searchable
            clearable
            hidePickedOptions
            nothingFoundMessage={t('admin.common.noMatch')}
            error={err('memberIds') ?? err('userIds')}
          />
          <AdminErrorAlert error={save.error} shownFields={['name', 'memberIds', 'userIds']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {team ? t('admin.common.save') : t('admin.teams.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
