import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { sessionQuery } from '../../lib/session.js';
import { adminFieldError, AdminErrorAlert } from './admin-errors.js';
import { ROLES_KEY, roleLabel } from './admin-queries.js';
import type { Permissions, Role } from './admin-types.js';
import { completePermissions, emptyPermissions } from './permissions.js';
import { PermissionMatrix } from './PermissionMatrix.js';

export type RoleModalMode =
  { kind: 'view'; role: Role } | { kind: 'edit'; role: Role } | { kind: 'create'; from: Role | null };

/** Shows a built-in role's matrix, or creates/edits a custom role with its name and matrix. */
export function RoleModal({ mode, onClose }: { mode: RoleModalMode; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The matrix needs the whole width of a phone.
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  const source = mode.kind === 'create' ? mode.from : mode.role;
  const [name, setName] = useState(() => {
    if (mode.kind !== 'create') return mode.role.name;
    return mode.from ? t('admin.roles.copyName', { name: roleLabel(t, mode.from) }) : '';
  });
  const [permissions, setPermissions] = useState<Permissions>(() =>
    source ? completePermissions(source.permissions) : emptyPermissions(),
  );

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
            {t('admin.roles.builtInNote')}
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
          <PermissionMatrix value={permissions} onChange={setPermissions} errorFor={err} />
          <ScopeLegend />
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
