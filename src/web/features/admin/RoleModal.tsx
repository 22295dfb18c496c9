import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { sessionQuery, useSession } from '../../lib/session.js';
import { adminFieldError, AdminErrorAlert } from './admin-errors.js';
import { ROLES_KEY, roleLabel } from './admin-queries.js';
import { ACTIONS, MODULES, type Permissions, type Role } from './admin-types.js';
import { capToHolder, holderOf, type Holder } from './grants.js';
import { completePermissions, emptyPermissions, permissionChanges } from './permissions.js';
import { PermissionMatrix } from './PermissionMatrix.js';

/** Why a role is only shown: built in, the viewer may not update roles, it is their own, or above them. */
export type ViewReason = 'builtIn' | 'readOnly' | 'ownRole' | 'roleAbove';

export type RoleModalMode =
  | { kind: 'view'; role: Role; reason: ViewReason }
  | { kind: 'edit'; role: Role }
  | { kind: 'create'; from: Role | null };

const VIEW_NOTES: Record<ViewReason, string> = {
  builtIn: 'admin.roles.builtInNote',
  readOnly: 'admin.grants.readOnlyNote',
  ownRole: 'admin.grants.ownRoleNote',
  roleAbove: 'admin.grants.roleAboveNote',
};

/** The matrix a new role starts from: a copy of another role, lowered to what the creator holds. */
function startingPermissions(mode: RoleModalMode, holder: Holder): Permissions {
  if (mode.kind !== 'create') return completePermissions(mode.role.permissions);
  return mode.from ? capToHolder(mode.from.permissions, holder) : emptyPermissions();
}

/** Whether the holder lacks some right, so that some choices in the matrix are disabled. */
const holdsLess = (holder: Holder) =>
  MODULES.some((module) => ACTIONS.some((action) => holder.permissions[module][action] !== 'all'));

/** Shows a role's matrix, or creates/edits a custom role with its name and matrix. */
export function RoleModal({ mode, onClose }: { mode: RoleModalMode; onClose: () => void }) {
  const { t } = useTranslation();
  const holder = holderOf(useSession());
  const queryClient = useQueryClient();
  // The matrix needs the whole width of a phone.
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  const source = mode.kind === 'create' ? mode.from : mode.role;
  const [name, setName] = useState(() => {
    if (mode.kind !== 'create') return mode.role.name;
    return mode.from ? t('admin.roles.copyName', { name: roleLabel(t, mode.from) }) : '';
  });
  const [permissions, setPermissions] = useState<Permissions>(() => startingPermissions(mode, holder));
  const lowered =
    mode.kind === 'create' &&
    mode.from !== null &&
    permissionChanges(mode.from.permissions, permissions).length > 0;

  const save = useMutation({
    mutationFn: () =>
      mode.kind === 'edit'
        ? api<Role>(`/roles/${mode.role.id}`, { method: 'PATCH', body: { name, permissions } })
        : api<Role>('/roles', { method: 'POST', body: { name, permissions } }),
    onSuccess: async (role) => {
      notifications.show({
        color: 'green',
        message: t(mode.kind === 'edit' ? 'admin.roles.updated' : 'admin.roles.created', { name: role.name }),
      });
      await queryClient.invalidateQueries({ queryKey: ROLES_KEY });
      // The signed-in person's own permissions change if they hold this role.
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
      onClose();
    },
  });
  const err = (field: string) => adminFieldError(t, save.error, field);

  if (mode.kind === 'view') {
    return (
      <Modal opened onClose={onClose} title={roleLabel(t, mode.role)} size="xl" fullScreen={fullScreen}>
        <Stack>
          <Alert color="gray" icon={<IconLock size={18} />}>
            {t(VIEW_NOTES[mode.reason])}
          </Alert>
          <PermissionMatrix value={permissions} />
          <ScopeLegend />
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('admin.common.close')}</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={mode.kind === 'edit' ? t('admin.roles.editTitle') : t('admin.roles.newTitle')}
      size="xl"
      fullScreen={fullScreen}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <TextInput
            label={t('admin.roles.name')}
            required
            maw={360}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={err('name')}
            data-autofocus
          />
          {lowered && source && (
            <Alert color="yellow" icon={<IconLock size={18} />}>
              {t('admin.grants.copyLowered', { name: roleLabel(t, source) })}
            </Alert>
          )}
          <PermissionMatrix value={permissions} onChange={setPermissions} errorFor={err} limit={holder} />
          <ScopeLegend />
          {holdsLess(holder) && (
            <Text size="xs" c="dimmed">
              {t('admin.grants.scopesLimited')}
            </Text>
          )}
          <AdminErrorAlert error={save.error} shownFields={['name', 'permissions']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {mode.kind === 'edit' ? t('admin.common.save') : t('admin.roles.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ScopeLegend() {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed">
      {t('admin.roles.legend')}
    </Text>
  );
}
