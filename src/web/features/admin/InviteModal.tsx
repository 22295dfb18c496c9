import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { useSession } from '../../lib/session.js';
import { adminFieldError, AdminErrorAlert } from './admin-errors.js';
import { INVITATIONS_KEY, limitedRolesHint, roleOptions, useRoles } from './admin-queries.js';
import type { CreatedInvitation } from './admin-types.js';
import { CopyField } from './CopyField.js';
import { holderOf } from './grants.js';

/** Invites someone by email with a role; the link is shown once, to be sent by the admin. */
export function InviteModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const queryClient = useQueryClient();
  const roles = useRoles();
  const [email, setEmail] = useState('');
  const [roleId, setRoleId] = useState<string | null>(null);
  const options = roleOptions(t, roles.data, holderOf(session));
  // Member when the inviter may give it, else the first role they may give.
  const grantable = options.filter((option) => !option.disabled);
  const memberRole = roles.data?.find((role) => role.key === 'member')?.id;
  const defaultRole = grantable.find((option) => option.value === memberRole) ?? grantable[0];
  const chosenRole = roleId ?? defaultRole?.value ?? null;

  const invite = useMutation({
    mutationFn: () =>
      api<CreatedInvitation>('/invitations', { method: 'POST', body: { email, roleId: chosenRole } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY }),
  });
  const err = (field: string) => adminFieldError(t, invite.error, field);
  const created = invite.data;

  return (
    <Modal opened onClose={onClose} title={t('admin.invite.title')} size="lg">
      {created ? (
        <Stack>
          <Alert color="green" icon={<IconLink size={18} />} title={t('admin.invite.createdTitle')}>
            {t('admin.invite.createdBody', { email: created.email, date: fmt.dateTime(created.expiresAt) })}
          </Alert>
          <CopyField label={t('admin.invite.link')} value={`${window.location.origin}${created.path}`} />
          <Text size="sm" c="dimmed">
            {t('admin.invite.onceNote')}
          </Text>
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                invite.reset();
                setEmail('');
              }}
            >
              {t('admin.invite.another')}
            </Button>
            <Button onClick={onClose}>{t('admin.common.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            invite.mutate();
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              {t('admin.invite.intro')}
            </Text>
            <TextInput
              label={t('admin.invite.email')}
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={err('email')}
              data-autofocus
            />
            <Select
              label={t('admin.invite.role')}
              description={limitedRolesHint(t, options)}
              data={options}
              value={chosenRole}
              allowDeselect={false}
              onChange={setRoleId}
              error={err('roleId')}
            />
            <AdminErrorAlert error={invite.error} shownFields={['email', 'roleId']} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={invite.isPending} leftSection={<IconLink size={16} />}>
                {t('admin.invite.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
