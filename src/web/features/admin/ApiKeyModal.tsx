import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { useSession } from '../../lib/session.js';
import { adminFieldError, AdminErrorAlert } from './admin-errors.js';
import { API_KEYS_KEY, limitedRolesHint, roleOptions, useRoles } from './admin-queries.js';
import type { CreatedApiKey } from './admin-types.js';
import { CopyField } from './CopyField.js';
import { holderOf } from './grants.js';

/** Creates a key acting with a role, then shows the secret once. */
export function ApiKeyModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const roles = useRoles();
  const [name, setName] = useState('');
  const [roleId, setRoleId] = useState<string | null>(null);
  const options = roleOptions(t, roles.data, holderOf(session));
  const limited = limitedRolesHint(t, options);

  const create = useMutation({
    mutationFn: () => api<CreatedApiKey>('/api-keys', { method: 'POST', body: { name, roleId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: API_KEYS_KEY }),
  });
  const err = (field: string) => adminFieldError(t, create.error, field);
  const created = create.data;

  return (
    <Modal
      opened
      onClose={onClose}
      // The secret must not vanish by a stray click outside the dialog.
      closeOnClickOutside={!created}
      title={created ? t('admin.apiKeys.createdTitle') : t('admin.apiKeys.newTitle')}
      size="lg"
    >
      {created ? (
        <Stack>
          <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t('admin.apiKeys.onceTitle')}>
            {t('admin.apiKeys.onceBody')}
          </Alert>
          <CopyField label={t('admin.apiKeys.secret', { name: created.name })} value={created.key} />
          <Text size="sm" c="dimmed">
            {t('admin.apiKeys.usage')}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('admin.apiKeys.copiedDone')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <Stack>
            <TextInput
              label={t('admin.apiKeys.name')}
              description={t('admin.apiKeys.nameHint')}
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={err('name')}
              data-autofocus
            />
            <Select
              label={t('admin.apiKeys.role')}
              description={
                limited ? `${t('admin.apiKeys.roleHint')} ${limited}` : t('admin.apiKeys.roleHint')
              }
              required
              data={options}
              value={roleId}
              allowDeselect={false}
              onChange={setRoleId}
              error={err('roleId')}
            />
            <AdminErrorAlert error={create.error} shownFields={['name', 'roleId']} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('admin.apiKeys.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
