import { Button, Card, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import { useSession } from '../../lib/session.js';
import { SESSIONS_KEY } from './SessionsCard.js';

const EMPTY = { currentPassword: '', newPassword: '', code: '' };

/** A new password for the current one (and a code when two-factor sign-in is on); other sessions end. */
export function ChangePasswordCard() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const needsCode = session.user.totpEnabled;
  const [form, setForm] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setForm((f) => ({ ...f, [key]: value }));
  };
  const change = useMutation({
    mutationFn: () =>
      api('/auth/password', {
        method: 'POST',
        body: {
          currentPassword: form.currentPassword,
          newPassword: form.newPassword,
          ...(needsCode && { code: form.code.trim() }),
        },
      }),
    onSuccess: async () => {
      setForm(EMPTY);
      notifications.show({ color: 'green', message: t('security.passwordChanged') });
      await queryClient.invalidateQueries({ queryKey: SESSIONS_KEY });
    },
  });

  return (
    <Card withBorder p="lg">
      <Title order={2} size="h4" mb="xs">
        {t('security.passwordTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('security.passwordIntro')}
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          change.mutate();
        }}
      >
        <Stack gap="md" maw={480}>
          <PasswordInput
            label={t('security.currentPassword')}
            autoComplete="current-password"
            value={form.currentPassword}
            onChange={set('currentPassword')}
            error={fieldError(t, change.error, 'currentPassword')}
            required
          />
          <PasswordInput
            label={t('auth.newPassword')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            value={form.newPassword}
            onChange={set('newPassword')}
            error={fieldError(t, change.error, 'newPassword')}
            required
          />
          {needsCode && (
            <TextInput
              label={t('twoFactor.currentCode')}
              autoComplete="one-time-code"
              maxLength={12}
              value={form.code}
              onChange={set('code')}
              error={fieldError(t, change.error, 'code')}
              required
            />
          )}
          <ErrorAlert error={change.error} shownFields={['currentPassword', 'newPassword', 'code']} />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('security.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
